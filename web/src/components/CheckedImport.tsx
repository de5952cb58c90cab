// An all-or-nothing import as every ledger offers it: a file chosen, checked (the server's preview),
// then imported; a refusal at the import itself shows its rows as the check does. The problems by row
// and column are one list everywhere.
import { useId, useState } from 'react';
import { ApiError } from '../api.ts';
import { useT } from '../i18n.ts';
import { SubmitButton } from './SubmitButton.tsx';
import '../messages/imports.ts';

type Report = { problems: { row: number; column: string | null; message: string }[] };

/** `send(file, dryRun)`: the server's answer; `onStored`: after a real import. */
export function useCheckedImport<R extends Report>(send: (file: File, dryRun: boolean) => Promise<R>, onStored: (report: R) => void) {
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<R | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [pending, setPending] = useState(false);
  const run = async (dryRun: boolean) => {
    if (!file) return;
    setPending(true);
    setError(null);
    try {
      const result = await send(file, dryRun);
      if (dryRun) return setReport(result);
      setReport(null);
      onStored(result);
    } catch (err) {
      const apiError = err instanceof ApiError ? err : new ApiError('NETWORK', String(err), 0);
      // rows refused at the import itself (the ledger changed since the check): shown as the check shows them
      const refused = apiError.details?.report as R | undefined;
      if (refused) setReport(refused);
      setError(apiError);
    } finally {
      setPending(false);
    }
  };
  /** a new file (or the same file read otherwise): the last check no longer holds */
  const choose = (next: File | null) => {
    setFile(next);
    setReport(null);
    setError(null);
  };
  return { file, choose, report, error, pending, run, forget: () => setReport(null) };
}

export function ImportProblems({ problems }: Report) {
  const t = useT();
  if (problems.length === 0) return null;
  return (
    <div role="alert">
      <p>{t('imports.problems')}</p>
      <ul className="warnings" lang="ja">
        {problems.map((p) => (
          <li key={`${p.row}:${p.column}:${p.message}`}>
            {t('imports.problem', { row: p.row, column: p.column ?? '-', message: p.message })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The first step of every import: choose a file (of the kinds `accept` names), then check it. */
export function FileCheckForm({
  label,
  accept,
  checkLabel,
  pending,
  onChoose,
  onCheck,
}: {
  label: string;
  accept: string;
  checkLabel: string;
  pending: boolean;
  onChoose: (file: File | null) => void;
  onCheck: () => void;
}) {
  const id = useId();
  return (
    <form
      className="import-form"
      onSubmit={(e) => {
        e.preventDefault();
        onCheck();
      }}
    >
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input id={id} type="file" accept={accept} onChange={(e) => onChoose(e.target.files?.[0] ?? null)} />
      </div>
      <SubmitButton pending={pending} label={checkLabel} />
    </form>
  );
}

/** What a table import accepts: CSV, and with `xlsx` an Excel workbook. */
export const tableAccept = (xlsx: boolean) =>
  xlsx ? '.csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : '.csv,.txt,text/csv';
