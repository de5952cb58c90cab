// 事業者台帳 from a file: choose a CSV (UTF-8 or Shift_JIS) or .xlsx, check it — the counts, the first
// changes, each problem by row and column, the columns not read — then import, all or nothing.
import { type FormEvent, useState } from 'react';
import type { VendorImportEncoding, VendorImportReport } from '../../api/vendor-import.ts';
import { ApiError, api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
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
  const [file, setFile] = useState<File | null>(null);
  const [encoding, setEncoding] = useState<VendorImportEncoding>('auto');
  const [report, setReport] = useState<VendorImportReport | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [pending, setPending] = useState(false);
  const isCsv = !file || !/\.xlsx$/i.test(file.name);

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setPending(true);
    setError(null);
    try {
      const result = await api.importVendors(org.id, file, encoding, dryRun);
      if (dryRun) return setReport(result);
      const { vendors, systems } = result.summary;
      notify(
        t('vendorImport.done', {
          vendors: vendors.create,
          vendorsChanged: vendors.update,
          systems: systems.create,
          systemsChanged: systems.update,
        }),
      );
      setReport(null);
      void invalidate(keys.org(org.id)); // the ledger, readiness and advice are read afresh
    } catch (err) {
      const apiError = err instanceof ApiError ? err : new ApiError('NETWORK', String(err), 0);
      // rows refused at the import itself (the ledger changed since the check): show them as the check does
      const refused = apiError.details?.report as VendorImportReport | undefined;
      if (refused) setReport(refused);
      setError(apiError);
    } finally {
      setPending(false);
    }
  };
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
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setReport(null);
              setError(null);
            }}
          />
        </div>
        {isCsv && (
          <SelectField
            label={t('vendorImport.encoding')}
            value={encoding}
            onChange={(e) => {
              setEncoding(e.target.value as VendorImportEncoding);
              setReport(null);
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
      {report.problems.length > 0 && (
        <div role="alert">
          <p>{t('vendorImport.problems')}</p>
          <ul className="warnings" lang="ja">
            {report.problems.map((p) => (
              <li key={`${p.row}:${p.column}:${p.message}`}>
                {t('vendorImport.problem', { row: p.row, column: p.column ?? '-', message: p.message })}
              </li>
            ))}
          </ul>
        </div>
      )}
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
