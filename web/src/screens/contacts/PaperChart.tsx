// 3(1) asks that the 連絡体制図 exists and is shown at the 立入検査: an institution that keeps it on paper
// says so here, with the date it was last confirmed and, if it likes, a scan from the evidence store.
// That meets 3(1); Mamori's chart is then optional.
import { type FormEvent, useState } from 'react';
import { todayJst } from '../../../../domain/dates/fiscal-year.ts';
import { api } from '../../api.ts';
import type { ContactChart } from '../../api-answers.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { formatDateLong } from '../../dates.ts';
import { useAction, useLoad } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import { keys } from '../../query.ts';
import '../../messages/contacts.ts';

interface Props {
  orgId: string;
  chart: ContactChart;
  canWrite: boolean;
  onChart: (chart: ContactChart) => void;
}

export function PaperChart({ orgId, chart, canWrite, onChart }: Props) {
  const t = useT();
  const lang = useLang();
  const { notify } = useNotice();
  const [open, setOpen] = useState(false);
  const record = useAction((v: { date: string | null; evidenceId: string | null }) => api.recordPaperChart(orgId, v.date, v.evidenceId));
  const files = useLoad(keys.evidence(orgId), () => api.listEvidence(orgId));
  const save = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const evidenceId = String(form.get('evidenceId') ?? '') || null;
    const next = await record.run({ date: String(form.get('paperConfirmedOn') ?? '').trim(), evidenceId });
    if (!next) return;
    onChart(next);
    setOpen(false);
    notify(t('contacts.paper.saved'));
  };
  const clear = async () => {
    const next = await record.run({ date: null, evidenceId: null });
    if (next) {
      onChart(next);
      notify(t('contacts.paper.cleared'));
    }
  };
  return (
    <div className="paper-chart">
      <h3>{t('contacts.paper.title')}</h3>
      {chart.paper ? (
        <p>
          {t('contacts.paper.kept', { date: formatDateLong(chart.paper.confirmedOn, lang) })}
          {chart.paper.evidence && <> {t('contacts.paper.scan', { file: chart.paper.evidence.fileName })}</>}
        </p>
      ) : (
        <p className="hint">{t('contacts.paper.lead')}</p>
      )}
      {canWrite && !open && (
        <p>
          <button type="button" className="button-secondary button-small" onClick={() => setOpen(true)}>
            {chart.paper ? t('contacts.paper.edit') : t('contacts.paper.record')}
          </button>{' '}
          {chart.paper && (
            <button type="button" className="button-secondary button-small" onClick={() => void clear()}>
              {t('contacts.paper.clear')}
            </button>
          )}
        </p>
      )}
      {canWrite && open && (
        <form onSubmit={save} noValidate className="form-grid">
          <FormError error={record.error} />
          <TextField
            label={t('contacts.paper.date')}
            name="paperConfirmedOn"
            required
            autoComplete="off"
            defaultValue={chart.paper?.confirmedOn ?? todayJst(new Date())}
            hint={t('contacts.confirm.hint')}
            error={record.error?.field('confirmedOn')}
          />
          <SelectField
            label={t('contacts.paper.evidence')}
            name="evidenceId"
            defaultValue={chart.paper?.evidence?.id ?? ''}
            options={[
              { value: '', label: t('contacts.paper.noScan') },
              ...(files.data?.files ?? []).map((f) => ({ value: f.id, label: f.fileName })),
            ]}
            hint={t('contacts.paper.evidenceHint')}
            error={record.error?.field('evidenceId')}
          />
          <div className="span-2">
            <SubmitButton pending={record.pending} label={t('contacts.paper.save')} />{' '}
            <button type="button" className="button-secondary" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
