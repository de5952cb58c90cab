// 事業者台帳 from a file: choose a CSV (UTF-8 or Shift_JIS) or .xlsx, check it — the counts, the first
// changes, each problem by row and column, the columns not read — then import, all or nothing.
import { type FormEvent, useState } from 'react';
import type { VendorImportEncoding, VendorImportReport } from '../../api/vendor-import.ts';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { ImportProblems, useCheckedImport } from '../../components/CheckedImport.tsx';
import { SelectField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import { invalidate, keys } from '../../query.ts';
import '../../messages/vendor-import.ts';

export function VendorImport({ org }: { org: OrgSummary }) {
  const t = useT();
  const { notify } = useNotice();
  const [encoding, setEncoding] = useState<VendorImportEncoding>('auto');
  const {
    file,
    choose,
    report,
    error,
    pending,
    run: send,
    forget,
  } = useCheckedImport(
    (f, dryRun) => api.importVendors(org.id, f, encoding, dryRun),
    ({ summary: { vendors, systems } }) => {
      notify(
        t('vendorImport.done', {
          vendors: vendors.create,
          vendorsChanged: vendors.update,
          systems: systems.create,
          systemsChanged: systems.update,
        }),
      );
      void invalidate(keys.org(org.id)); // the ledger, readiness and advice are read afresh
    },
  );
  const isCsv = !file || !/\.xlsx$/i.test(file.name);
  const check = (e: FormEvent) => {
    e.preventDefault();
    void send(true);
  };
  const changes = report
    ? report.summary.vendors.create + report.summary.vendors.update + report.summary.systems.create + report.summary.systems.update
    : 0;

  return (
    <details className="no-print vendor-import">
      <summary>{t('vendorImport.title')}</summary>
      <p className="field-hint">{t('vendorImport.lead')}</p>
      <form onSubmit={check} className="import-form">
        <div className="field">
          <label htmlFor="vendor-import-file">{t('vendorImport.file')}</label>
          <input
            id="vendor-import-file"
            type="file"
            accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => choose(e.target.files?.[0] ?? null)}
          />
        </div>
        {isCsv && (
          <SelectField
            label={t('vendorImport.encoding')}
            value={encoding}
            onChange={(e) => {
              setEncoding(e.target.value as VendorImportEncoding);
              forget();
            }}
            options={(['auto', 'utf8', 'cp932'] as const).map((v) => ({ value: v, label: t(`vendorImport.encoding.${v}`) }))}
          />
        )}
        <SubmitButton pending={pending} label={t('vendorImport.check')} />
      </form>
      <FormError error={error} />
      {report && <ImportPreview report={report} />}
      {report && report.problems.length === 0 && changes === 0 && <p role="status">{t('vendorImport.nothing')}</p>}
      {report && (
        <button type="button" disabled={pending || report.problems.length > 0 || changes === 0} onClick={() => void send(false)}>
          {t('vendorImport.store')}
        </button>
      )}
    </details>
  );
}

function ImportPreview({ report }: { report: VendorImportReport }) {
  const t = useT();
  return (
    <div className="import-summary">
      <p role="status">
        {t('vendorImport.vendors', report.summary.vendors)}
        <br />
        {t('vendorImport.systems', report.summary.systems)}
      </p>
      <ImportProblems problems={report.problems} />
      {report.changes.length > 0 && (
        <>
          <h3>{t('vendorImport.changes', { count: report.changes.length })}</h3>
          <ul className="plain-list" lang="ja">
            {report.changes.map((c) => (
              <li key={`${c.row}:${c.target}`}>
                {c.row}: <span className="badge">{t(`vendorImport.${c.action}`)}</span> {c.vendor}
                {c.system && ` / ${c.system}`}
                {c.changes.map((f) => ` ・${f.column}: ${f.before || '-'} → ${f.after || '-'}`).join('')}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.ignored.length > 0 && (
        <>
          <h3>{t('vendorImport.ignored')}</h3>
          <ul className="plain-list" lang="ja">
            {report.ignored.map((c) => (
              <li key={c.column}>
                {c.column} ({c.reason})
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
