// 「公式ワークブックを取り込む」: the ministry's workbook of one form is read by the server (nothing
// stored), shown row by row beside the version it replaces; misread rows are corrected here and read
// again; then 「この内容で版を追加」 stores it (and the answers on provisional text move onto it).
import { type FormEvent, useState } from 'react';
import { fiscalYear, fiscalYearOf, todayJst } from '../../../../domain/dates/fiscal-year.ts';
import { ApiError } from '../../api.ts';
import type { WorkbookCorrection, WorkbookImportResult } from '../../api-answers.ts';
import { SelectField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Section } from '../../components/Page.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { useT } from '../../i18n.ts';
import { importWorkbook } from '../../upload.ts';
import { WorkbookRows } from './WorkbookRows.tsx';
import '../../messages/catalog-admin.ts';

type Form = 'institution' | 'vendor';

export function WorkbookImport({ onStored }: { onStored: () => void }) {
  const t = useT();
  const current = fiscalYearOf(todayJst(new Date()));
  const [file, setFile] = useState<File | null>(null);
  const [year, setYear] = useState(current);
  const [form, setForm] = useState<Form>('institution');
  const [corrections, setCorrections] = useState<WorkbookCorrection[]>([]);
  const [result, setResult] = useState<WorkbookImportResult | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const send = async (dryRun: boolean, fixes = corrections) => {
    if (!file) return;
    setError(null);
    setDone(null);
    setProgress(0);
    try {
      const r = await importWorkbook(file, { fiscalYear: year, form, corrections: fixes }, dryRun, setProgress);
      if (dryRun) setResult(r);
      else {
        setResult(null);
        setCorrections([]);
        setDone(t('workbook.stored', { version: `${r.version.id} ${r.version.label}`, revision: r.version.revision, moved: r.moved }));
        onStored();
      }
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError('NETWORK', String(err), 0));
    } finally {
      setProgress(null);
    }
  };
  const read = (e: FormEvent) => {
    e.preventDefault();
    if (!file) {
      setError(new ApiError('VALIDATION', t('workbook.noFile'), 400));
      return;
    }
    setCorrections([]);
    void send(true, []);
  };
  const correct = (fixes: WorkbookCorrection[]) => {
    setCorrections(fixes);
    void send(true, fixes);
  };

  return (
    <Section title={t('workbook.title')} id="catalog-workbook">
      <p>{t('workbook.lead')}</p>
      <form onSubmit={read} className="form-grid" noValidate>
        <label className="field span-2">
          <span className="field-label">{t('workbook.file')}</span>
          <input
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setResult(null);
            }}
          />
        </label>
        <SelectField
          label={t('workbook.year')}
          value={String(year)}
          onChange={(e) => setYear(Number(e.target.value))}
          options={[current + 1, current, current - 1, current - 2, current - 3].map((y) => ({
            value: String(y),
            label: `${fiscalYear(y).label} (${y})`,
          }))}
          error={error?.field('fiscalYear')}
        />
        <SelectField
          label={t('workbook.form')}
          value={form}
          onChange={(e) => setForm(e.target.value as Form)}
          options={[
            { value: 'institution', label: t('workbook.form.institution') },
            { value: 'vendor', label: t('workbook.form.vendor') },
          ]}
          error={error?.field('form')}
        />
        <div className="span-2">
          <FormError error={error} />
          {progress !== null && <progress max={100} value={progress} aria-label={t('workbook.reading')} />}
          <SubmitButton pending={progress !== null} label={t('workbook.read')} />
        </div>
      </form>
      {done && (
        <p className="notice notice-success" role="status">
          {done}
        </p>
      )}
      {result && (
        <WorkbookRows
          result={result}
          corrections={corrections}
          onCorrect={correct}
          onStore={() => void send(false)}
          pending={progress !== null}
        />
      )}
    </Section>
  );
}
