// A ledger row's history from the audit trail: when, who, what (the fields before and after).
import { columnLabels } from '../../../../domain/devices/columns.ts';
import type { DeviceHistoryEntry } from '../../api-answers.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { Section } from '../../components/Page.tsx';
import { formatDateTimeLong } from '../../dates.ts';
import { useLang, useT } from '../../i18n.ts';
import '../../messages/devices.ts';
import '../../messages/item-scope.ts';

const show = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : Array.isArray(v) ? JSON.stringify(v) : String(v));

function changes(e: DeviceHistoryEntry): string {
  const keys = new Set([...Object.keys(e.before ?? {}), ...Object.keys(e.after ?? {})]);
  if (e.action === 'device.created') return '';
  return [...keys].map((k) => `${columnLabels[k] ?? k}: ${show(e.before?.[k])} → ${e.after ? show(e.after[k]) : '…'}`).join(' / ');
}

export function DeviceHistory({ history }: { history: DeviceHistoryEntry[] }) {
  const t = useT();
  const lang = useLang();
  return (
    <Section title={t('devices.history')} id="device-history">
      <DataTable
        columns={[t('history.when'), t('history.who'), t('history.what'), t('history.value')]}
        rows={history}
        empty={t('devices.historyNone')}
      >
        {(e) => (
          <tr key={`${e.at}:${e.action}`}>
            <td>{formatDateTimeLong(e.at, lang)}</td>
            <td>{e.actor}</td>
            <td lang="ja">{e.label}</td>
            <td lang="ja">{changes(e)}</td>
          </tr>
        )}
      </DataTable>
    </Section>
  );
}
