// A Windows domain's accounts from an Active Directory export (Get-ADUser … | Export-Csv): checked —
// counts, kinds, the MemberOf notice, problems by row and column — then imported all at once.
import type { AccountImportReport, AccountSystem } from '../../api/accounts.ts';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { ImportProblems, useCheckedImport } from '../../components/CheckedImport.tsx';
import { FormError } from '../../components/FormError.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import '../../messages/accounts.ts';

export function AdImport({ org, system, onDone }: { org: OrgSummary; system: AccountSystem; onDone: () => void }) {
  const t = useT();
  const { notify } = useNotice();
  const { choose, report, error, pending, run } = useCheckedImport<AccountImportReport>(
    (file, dryRun) => api.importAccounts(org.id, system.id, file, dryRun),
    (result) => {
      notify(t('accounts.done', result.summary));
      onDone();
    },
  );
  const changes = report ? report.summary.create + report.summary.update : 0;
  return (
    <details className="no-print account-import">
      <summary>{t('accounts.import')}</summary>
      <p className="field-hint">{t('accounts.importLead')}</p>
      <form
        className="import-form"
        onSubmit={(e) => {
          e.preventDefault();
          void run(true);
        }}
      >
        <div className="field">
          <label htmlFor="account-import-file">{t('accounts.file')}</label>
          <input id="account-import-file" type="file" accept=".csv,.txt,text/csv" onChange={(e) => choose(e.target.files?.[0] ?? null)} />
        </div>
        <SubmitButton pending={pending} label={t('accounts.check')} />
      </form>
      <FormError error={error} />
      {report && (
        <div className="import-summary">
          <p role="status">
            {t('accounts.summary', report.summary)}
            <br />
            {t('accounts.kinds', {
              person: report.kinds.person ?? 0,
              computer: report.kinds.computer ?? 0,
              service: report.kinds.service ?? 0,
              builtin: report.kinds.builtin ?? 0,
            })}
          </p>
          {report.notices.length > 0 && (
            <ul className="warnings" lang="ja">
              {report.notices.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
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
