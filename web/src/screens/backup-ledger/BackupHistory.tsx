// A system's backup's history from the audit trail, newest first: when, who, which change, and what
// changed (the fields before → after; a restore test's date, result and target).
import {
  type BackupPlanValues,
  backupPlanLabels,
  frequencyLabels,
  isolationLabels,
  placeLabels,
  restoreResultLabels,
  scopeLabels,
} from '../../../../domain/backups/ledger.ts';
import { ledgerStatusLabels } from '../../../../domain/devices/status.ts';
import type { BackupHistoryEntry } from '../../api/backup-ledger.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { Section } from '../../components/Page.tsx';
import { formatDateTimeLong } from '../../dates.ts';
import { type Lang, type Translate, useLang, useT } from '../../i18n.ts';
import { actionLabel } from '../../labels.ts';
import { flagKey } from './backup-text.ts';
import '../../messages/backup-ledger.ts';

type Labels = Record<string, { ja: string; en: string }>;

const record = (v: unknown): Record<string, unknown> | null =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

const labelled = (labels: Labels, v: unknown, lang: Lang) =>
  typeof v === 'string' && labels[v] ? (labels[v] as { ja: string; en: string })[lang] : String(v);

/** One field's value in words (codes as their labels). */
function valueText(field: keyof BackupPlanValues, v: unknown, lang: Lang, t: Translate): string {
  if (field === 'separateNetwork' || field === 'encrypted') return t(flagKey(typeof v === 'boolean' ? v : null));
  if (v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) return '—';
  if (Array.isArray(v)) return v.map((x) => labelled(field === 'scope' ? scopeLabels : placeLabels, x, lang)).join('、');
  if (field === 'frequency') return labelled(frequencyLabels, v, lang);
  if (field === 'isolation') return labelled(isolationLabels, v, lang);
  if (field === 'status') return labelled(ledgerStatusLabels, v, lang);
  if (field === 'procedureEvidenceId') return t('backupLedger.history.file');
  return String(v);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function changes(e: BackupHistoryEntry, lang: Lang, t: Translate): string {
  const before = record(e.before);
  const after = record(e.after);
  if (e.action === 'restore_test.recorded' && after) {
    const result = labelled(restoreResultLabels, after.result, lang);
    return [after.testedOn, result, after.target].filter(Boolean).join(' / ');
  }
  if (e.action !== 'backup_plan.updated' || !before || !after) return '';
  return (Object.keys(backupPlanLabels) as (keyof BackupPlanValues)[])
    .filter((k) => !same(before[k], after[k]))
    .map((k) => `${backupPlanLabels[k]}: ${valueText(k, before[k], lang, t)} → ${valueText(k, after[k], lang, t)}`)
    .join(' / ');
}

export function BackupHistory({ history }: { history: BackupHistoryEntry[] }) {
  const t = useT();
  const lang = useLang();
  return (
    <Section title={t('backupLedger.history')} id="backup-history">
      <DataTable
        columns={[
          t('backupLedger.history.when'),
          t('backupLedger.history.who'),
          t('backupLedger.history.what'),
          t('backupLedger.history.changes'),
        ]}
        rows={history}
        empty={t('backupLedger.historyEmpty')}
      >
        {(e) => (
          <tr key={`${e.at}:${e.action}`}>
            <td>{formatDateTimeLong(e.at, lang)}</td>
            <td>{e.actor}</td>
            <td>{actionLabel(e.action, lang)}</td>
            <td lang="ja">{changes(e, lang, t)}</td>
          </tr>
        )}
      </DataTable>
    </Section>
  );
}
