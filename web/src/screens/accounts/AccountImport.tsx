// A system's accounts from a file, checked — counts, problems by row and column — then imported all at
// once: a Windows domain's from an Active Directory export (Get-ADUser … | Export-Csv: the kinds, the
// MemberOf notice), any other system's from its own user list (CSV or .xlsx), each heading shown with
// the field it goes to and changeable (the choice is remembered for the system's next file).
import { useState } from 'react';
import { headingKey, LIST_FIELDS, listFieldLabels } from '../../../../domain/accounts/user-list.ts';
import type { AccountImportReport, AccountSystem } from '../../api/accounts.ts';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { FileCheckForm, ImportProblems, tableAccept, useCheckedImport } from '../../components/CheckedImport.tsx';
import { FormError } from '../../components/FormError.tsx';
import { useLang, useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import '../../messages/accounts.ts';

export function AccountImport({ org, system, onDone }: { org: OrgSummary; system: AccountSystem; onDone: () => void }) {
  const t = useT();
  const { notify } = useNotice();
  const list = system.source === 'list';
  // a user list's headings as the person matched them (heading key → field, '' to leave one out)
  const [mapping, setMapping] = useState<Record<string, string> | null>(null);
  const { choose, report, error, pending, run } = useCheckedImport<AccountImportReport>(
    (file, dryRun) => api.importAccounts(org.id, system.id, file, dryRun, mapping),
    (result) => {
      notify(t('accounts.done', result.summary));
      onDone();
    },
  );
  const changes = report ? report.summary.create + report.summary.update : 0;
  return (
    <details className="no-print account-import">
      <summary>{list ? t('accounts.importList') : t('accounts.import')}</summary>
      <p className="field-hint">{list ? t('accounts.importListLead') : t('accounts.importLead')}</p>
      <FileCheckForm
        label={t('accounts.file')}
        accept={tableAccept(list)}
        checkLabel={t('accounts.check')}
        pending={pending}
        onChoose={(file) => {
          setMapping(null);
          choose(file);
        }}
        onCheck={() => void run(true)}
      />
      <FormError error={error} />
      {report && (
        <div className="import-summary">
          <p role="status">
            {t('accounts.summary', report.summary)}
            <br />
            {list
              ? t('accounts.listRows', { count: report.kinds.person ?? 0 })
              : t('accounts.kinds', {
                  person: report.kinds.person ?? 0,
                  computer: report.kinds.computer ?? 0,
                  service: report.kinds.service ?? 0,
                  builtin: report.kinds.builtin ?? 0,
                })}
          </p>
          {list && report.columns.length > 0 && (
            <ColumnMapping
              columns={report.columns}
              mapping={mapping}
              onChange={(heading, field) =>
                setMapping((had) => ({
                  ...(had ?? Object.fromEntries(report.columns.map((c) => [headingKey(c.heading), c.field ?? '']))),
                  [headingKey(heading)]: field,
                }))
              }
            />
          )}
          {list && mapping && (
            <button type="button" className="button-secondary" disabled={pending} onClick={() => void run(true)}>
              {t('accounts.recheck')}
            </button>
          )}
          {report.notices.length > 0 && (
            <ul className="warnings" lang="ja">
              {report.notices.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
          <ImportProblems problems={report.problems} />
          {report.problems.length === 0 && changes === 0 && <p role="status">{t('accounts.nothing')}</p>}
          <button
            type="button"
            disabled={
              pending || report.problems.length > 0 || changes === 0 || (list && mapping !== null && !mappingChecked(report, mapping))
            }
            onClick={() => void run(false)}
          >
            {t('accounts.store')}
          </button>
        </div>
      )}
    </details>
  );
}

/** The check shown is the one of the mapping chosen (a changed mapping is checked again before import). */
const mappingChecked = (report: AccountImportReport, mapping: Record<string, string>) =>
  report.columns.every((c) => (mapping[headingKey(c.heading)] ?? '') === (c.field ?? ''));

function ColumnMapping({
  columns,
  mapping,
  onChange,
}: {
  columns: AccountImportReport['columns'];
  /** the mapping being chosen (null: the one the check used) */
  mapping: Record<string, string> | null;
  onChange: (heading: string, field: string) => void;
}) {
  const t = useT();
  const lang = useLang();
  return (
    <table className="data-table">
      <caption>{t('accounts.mapping')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('accounts.mappingHeading')}</th>
          <th scope="col">{t('accounts.mappingField')}</th>
        </tr>
      </thead>
      <tbody>
        {columns.map((c) => (
          <tr key={c.heading}>
            <th scope="row" lang="ja">
              {c.heading}
            </th>
            <td>
              <select
                aria-label={t('accounts.mappingFor', { heading: c.heading })}
                value={mapping ? (mapping[headingKey(c.heading)] ?? '') : (c.field ?? '')}
                onChange={(e) => onChange(c.heading, e.target.value)}
              >
                <option value="">{t('accounts.mappingNone')}</option>
                {LIST_FIELDS.map((f) => (
                  <option key={f} value={f}>
                    {listFieldLabels[f][lang]}
                  </option>
                ))}
              </select>{' '}
              {c.field && c.guessed && <span className="field-hint">{t('accounts.mappingGuessed')}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
