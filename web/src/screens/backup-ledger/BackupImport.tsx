// バックアップ台帳 from a file: choose a CSV (UTF-8 or Shift_JIS) or .xlsx, check it — the counts, the
// first changes, each problem by row and column, the columns not read — then import, all or nothing.
import { type FormEvent, useState } from 'react';
import type { BackupImportEncoding, BackupImportReport } from '../../api/backup-import.ts';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { ImportProblems, tableAccept, useCheckedImport } from '../../components/CheckedImport.tsx';
import { SelectField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import { invalidate, keys } from '../../query.ts';
import '../../messages/backup-import.ts';

export function BackupImport({ org }: { org: OrgSummary }) {
  const t = useT();
  const { notify } = useNotice();
  const [encoding, setEncoding] = useState<BackupImportEncoding>('auto');
  const {
    file,
    choose,
    report,
    error,
    pending,
    run: send,
    forget,
  } = useCheckedImport(
    (f, dryRun) => api.importBackupPlans(org.id, f, encoding, dryRun),
    ({ summary }) => {
      notify(t('backupImport.done', { created: summary.create, updated: summary.update }));
      void invalidate(keys.org(org.id)); // the ledger, its findings and the backup item's suggestion are read afresh
    },
  );
  const isCsv = !file || !/\.xlsx$/i.test(file.name);
  const check = (e: FormEvent) => {
    e.preventDefault();
    void send(true);
  };
  const changes = report ? report.summary.create + report.summary.update : 0;

  return (
    <details className="no-print backup-import">
      <summary>{t('backupImport.title')}</summary>
      <p className="field-hint">{t('backupImport.lead')}</p>
      <form onSubmit={check} className="import-form">
        <div className="field">
          <label htmlFor="backup-import-file">{t('backupImport.file')}</label>
          <input id="backup-import-file" type="file" accept={tableAccept(true)} onChange={(e) => choose(e.target.files?.[0] ?? null)} />
        </div>
        {isCsv && (
          <SelectField
            label={t('backupImport.encoding')}
            value={encoding}
            onChange={(e) => {
              setEncoding(e.target.value as BackupImportEncoding);
              forget();
            }}
            options={(['auto', 'utf8', 'cp932'] as const).map((v) => ({ value: v, label: t(`backupImport.encoding.${v}`) }))}
          />
        )}
        <SubmitButton pending={pending} label={t('backupImport.check')} />
      </form>
      <FormError error={error} />
      {report && <ImportPreview report={report} />}
      {report && report.problems.length === 0 && changes === 0 && <p role="status">{t('backupImport.nothing')}</p>}
      {report && (
        <button type="button" disabled={pending || report.problems.length > 0 || changes === 0} onClick={() => void send(false)}>
          {t('backupImport.store')}
        </button>
      )}
    </details>
  );
}

function ImportPreview({ report }: { report: BackupImportReport }) {
  const t = useT();
  return (
    <div className="import-summary">
      <p role="status">{t('backupImport.summary', report.summary)}</p>
      <ImportProblems problems={report.problems} />
      {report.changes.length > 0 && (
        <>
          <h3>{t('backupImport.changes', { count: report.changes.length })}</h3>
          <ul className="plain-list" lang="ja">
            {report.changes.map((c) => (
              <li key={c.row}>
                {c.row}: <span className="badge">{t(`backupImport.${c.action}`)}</span> {c.system}
                {c.changes.map((f) => ` ・${f.column}: ${f.before || '-'} → ${f.after || '-'}`).join('')}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.ignored.length > 0 && (
        <>
          <h3>{t('backupImport.ignored')}</h3>
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
