// The バックアップ台帳: per system, what is backed up, how often and where, whether one copy is offline or
// immutable, the last restore test and when the next is due, and what is wrong (each problem with whose
// rule it is); register a system here, open one for its restore tests and history; CSV / Excel.
import { useState } from 'react';
import { frequencyLabels, isolationLabels, placeLabels, restoreResultLabels, scopeLabels } from '../../../../domain/backups/ledger.ts';
import { todayJst } from '../../../../domain/dates/fiscal-year.ts';
import { ledgerStatusLabels } from '../../../../domain/devices/status.ts';
import { severityLabels } from '../../../../domain/findings/finding.ts';
import { can } from '../../../../domain/roles.ts';
import type { BackupPlan } from '../../api/backup-ledger.ts';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { FileLink } from '../../components/FileLink.tsx';
import { Link } from '../../components/Link.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { Page } from '../../components/Page.tsx';
import { formatDateLong } from '../../dates.ts';
import { useLoad } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { backupPlanLink } from '../../links.ts';
import { invalidate, keys } from '../../query.ts';
import { BackupImport } from './BackupImport.tsx';
import { BackupPlanForm } from './BackupPlanForm.tsx';
import { worstOf } from './backup-text.ts';
import { EmergencyCardLinks } from './EmergencyCardLinks.tsx';
import { ProblemList } from './ProblemList.tsx';
import '../../messages/backup-ledger.ts';

export function BackupLedgerScreen({ org }: { org: OrgSummary }) {
  const t = useT();
  const list = useLoad(keys.backupPlans(org.id), () => api.backupPlans(org.id));
  const [adding, setAdding] = useState(false);
  const canWrite = can(org.role, 'org.write');
  return (
    <Page title={t('backupLedger.title')} lead={t('backupLedger.lead')}>
      <p className="no-print output-links">
        {t('backupLedger.export')} <FileLink href={api.backupPlansExportUrl(org.id, 'csv')}>{t('backupLedger.exportCsv')}</FileLink>
        {' / '}
        <FileLink href={api.backupPlansExportUrl(org.id, 'csv-sjis')}>{t('backupLedger.exportSjis')}</FileLink>
        {' / '}
        <FileLink href={api.backupPlansExportUrl(org.id, 'xlsx')}>{t('backupLedger.exportXlsx')}</FileLink>
      </p>
      <EmergencyCardLinks orgId={org.id} />
      <Loadable state={list}>{({ plans }) => <BackupPlanTable org={org} plans={plans} />}</Loadable>
      {canWrite && <BackupImport org={org} />}
      {canWrite && !adding && (
        <div className="no-print editor-actions">
          <button type="button" onClick={() => setAdding(true)}>
            {t('backupLedger.add')}
          </button>
        </div>
      )}
      {canWrite && adding && (
        <BackupPlanForm
          org={org}
          plan={null}
          onClose={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            // the findings and the checklist's suggestion read the ledger too
            void invalidate(keys.org(org.id));
          }}
        />
      )}
    </Page>
  );
}

export function BackupPlanTable({ org, plans }: { org: OrgSummary; plans: BackupPlan[] }) {
  const t = useT();
  const lang = useLang();
  const today = todayJst(new Date());
  const columns = ['system', 'scope', 'frequency', 'places', 'isolation', 'lastTest', 'nextDue', 'problems'].map((c) =>
    t(`backupLedger.col.${c}` as 'backupLedger.col.system'),
  );
  const listed = <T extends string>(values: T[], labels: Record<T, { ja: string; en: string }>) =>
    values.length ? values.map((v) => labels[v][lang]).join('、') : <span className="muted">{t('backupLedger.notRecorded')}</span>;
  return (
    <DataTable columns={columns} rows={plans} empty={t('backupLedger.empty')} className="backup-plans-table">
      {(p) => {
        const worst = worstOf(p.problems);
        return (
          <tr key={p.id} className={p.status === 'retired' ? 'row-retired' : undefined}>
            <th scope="row">
              <Link {...backupPlanLink(org.slug, p.id)}>{p.systemName}</Link>
              {p.status !== 'active' && <span className="badge">{ledgerStatusLabels[p.status][lang]}</span>}
              {p.vendorName && (
                <div>
                  <small lang="ja">{p.vendorName}</small>
                </div>
              )}
            </th>
            <td>{listed(p.scope, scopeLabels)}</td>
            <td>
              {frequencyLabels[p.frequency][lang]}
              {p.generations !== null && (
                <div>
                  <small>{t('backupLedger.generations', { count: p.generations })}</small>
                </div>
              )}
            </td>
            <td>{listed(p.places, placeLabels)}</td>
            <td>{isolationLabels[p.isolation][lang]}</td>
            <td>
              {p.lastTest ? (
                <>
                  {formatDateLong(p.lastTest.testedOn, lang)}
                  <div>
                    <span className={`badge ${p.lastTest.result === 'success' ? 'badge-ok' : 'badge-warn'}`}>
                      {restoreResultLabels[p.lastTest.result][lang]}
                    </span>
                  </div>
                </>
              ) : (
                t('backupLedger.notTested')
              )}
            </td>
            <td>
              {p.nextTestDue ? (
                <>
                  {formatDateLong(p.nextTestDue, lang)}
                  {p.nextTestDue < today && p.status !== 'retired' && (
                    <>
                      {' '}
                      <span className="badge badge-warn">{t('backupLedger.overdue')}</span>
                    </>
                  )}
                </>
              ) : (
                '—'
              )}
            </td>
            <td>
              {worst === null ? (
                <span className="badge badge-ok">{t('backupLedger.noProblems')}</span>
              ) : (
                <>
                  <p className="backup-problem-count">
                    <span className={`badge severity-${worst}`}>{severityLabels[worst][lang]}</span>{' '}
                    {t('backupLedger.problemCount', { count: p.problems.length })}
                  </p>
                  <ProblemList problems={p.problems} />
                </>
              )}
            </td>
          </tr>
        );
      }}
    </DataTable>
  );
}
