// Personnel's leavers list (退職者一覧): who left when, and the accounts of the 利用者台帳 that are theirs
// (by 職員番号, or by name only: to confirm), those still enabled marked; the list imported from a CSV
// as Excel writes it or an .xlsx, checked first (the accounts it matches and those still enabled).
import { accountStatusLabels } from '../../../../domain/accounts/account.ts';
import type { LeaverImportReport } from '../../api/accounts.ts';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { FileCheckForm, ImportProblems, tableAccept, useCheckedImport } from '../../components/CheckedImport.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Link } from '../../components/Link.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { formatDateLong } from '../../dates.ts';
import { useLoad } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { accountSystemLink } from '../../links.ts';
import { useNotice } from '../../notice.tsx';
import '../../messages/accounts.ts';

export function LeaversPanel({ org, canWrite, onImported }: { org: OrgSummary; canWrite: boolean; onImported: () => void }) {
  const t = useT();
  const lang = useLang();
  const list = useLoad(['org', org.id, 'leavers'], () => api.leavers(org.id));
  return (
    <section aria-labelledby="leavers">
      <h2 id="leavers">{t('leavers.title')}</h2>
      <p className="field-hint">{t('leavers.lead')}</p>
      {canWrite && (
        <LeaversImport
          org={org}
          onDone={() => {
            list.reload();
            onImported();
          }}
        />
      )}
      <Loadable state={list}>
        {({ leavers }) => (
          <DataTable
            caption={t('leavers.title')}
            columns={[
              t('leavers.col.name'),
              t('leavers.col.employeeId'),
              t('leavers.col.department'),
              t('leavers.col.leftOn'),
              t('leavers.col.accounts'),
            ]}
            rows={leavers}
            empty={t('leavers.empty')}
          >
            {(l) => (
              <tr key={l.id}>
                <th scope="row" lang="ja">
                  {l.name}
                </th>
                <td>{l.employeeId}</td>
                <td lang="ja">{l.department}</td>
                <td>{formatDateLong(l.leftOn, lang)}</td>
                <td>
                  {l.accounts.length === 0 ? (
                    t('leavers.noAccount')
                  ) : (
                    <ul className="plain-list">
                      {l.accounts.map((a) => (
                        <li key={a.id}>
                          <Link {...accountSystemLink(org.slug, a.systemId)}>
                            <span lang="ja">{a.label}</span>
                          </Link>{' '}
                          <span className={a.status === 'active' ? 'badge badge-warn' : 'badge'}>
                            {accountStatusLabels[a.status][lang]}
                          </span>
                          {a.by === 'name' && <span className="badge">{t('leavers.byName')}</span>}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            )}
          </DataTable>
        )}
      </Loadable>
    </section>
  );
}

function LeaversImport({ org, onDone }: { org: OrgSummary; onDone: () => void }) {
  const t = useT();
  const lang = useLang();
  const { notify } = useNotice();
  const { choose, report, error, pending, run } = useCheckedImport<LeaverImportReport>(
    (file, dryRun) => api.importLeavers(org.id, file, dryRun),
    (result) => {
      notify(t('leavers.done', result.summary));
      onDone();
    },
  );
  const changes = report ? report.summary.create + report.summary.update : 0;
  return (
    <details className="no-print leavers-import">
      <summary>{t('leavers.import')}</summary>
      <p className="field-hint">{t('leavers.importLead')}</p>
      <FileCheckForm
        label={t('leavers.file')}
        accept={tableAccept(true)}
        checkLabel={t('accounts.check')}
        pending={pending}
        onChoose={choose}
        onCheck={() => void run(true)}
      />
      <FormError error={error} />
      {report && (
        <div className="import-summary">
          <p role="status">
            {t('leavers.summary', report.summary)}
            <br />
            {t('leavers.matches', { byEmployeeId: report.matches.byEmployeeId, byName: report.matches.byName })}
          </p>
          {report.matches.stillEnabled.length > 0 && (
            <>
              <h3>{t('leavers.stillEnabled', { count: report.matches.stillEnabledCount })}</h3>
              <ul className="warnings" lang="ja">
                {report.matches.stillEnabled.map((m) => (
                  <li key={`${m.system}:${m.accountId}`}>
                    {m.leaver} ({formatDateLong(m.leftOn, lang)}): {m.system} {m.accountId}
                    {m.by === 'name' ? ` — ${t('leavers.byName')}` : ''}
                  </li>
                ))}
              </ul>
            </>
          )}
          <ImportProblems problems={report.problems} />
          {report.problems.length === 0 && changes === 0 && <p role="status">{t('accounts.nothing')}</p>}
          <button type="button" disabled={pending || report.problems.length > 0 || changes === 0} onClick={() => void run(false)}>
            {t('accounts.store')}
          </button>
        </div>
      )}
    </details>
  );
}
