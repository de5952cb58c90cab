// Records that the chart was checked and is current: a date (today in Japan by default; 和暦 accepted,
// the server refuses a future or impossible one) and 「確認しました」.
import type { FormEvent } from 'react';
import { todayJst } from '../../../../domain/dates/fiscal-year.ts';
import { api } from '../../api.ts';
import type { ContactChart } from '../../api-answers.ts';
import { TextField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { formatDateLong } from '../../dates.ts';
import { useAction } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import '../../messages/contacts.ts';

export function ConfirmForm({ orgId, onChart }: { orgId: string; onChart: (chart: ContactChart) => void }) {
  const t = useT();
  const lang = useLang();
  const { notify } = useNotice();
  const confirm = useAction((date: string) => api.confirmContacts(orgId, date));
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const date = String(new FormData(e.currentTarget).get('confirmedOn') ?? '').trim();
    const chart = await confirm.run(date);
    if (!chart) return;
    onChart(chart);
    notify(t('contacts.confirmed', { date: chart.confirmedOn ? formatDateLong(chart.confirmedOn, lang) : date }));
  };
  return (
    <form onSubmit={submit} noValidate className="confirm-form">
      <FormError error={confirm.error} />
      <div className="confirm-row">
        <TextField
          label={t('contacts.confirm.date')}
          name="confirmedOn"
          required
          autoComplete="off"
          defaultValue={todayJst(new Date())}
          hint={t('contacts.confirm.hint')}
          error={confirm.error?.field('confirmedOn')}
        />
        <SubmitButton pending={confirm.pending} label={t('contacts.confirm.submit')} />
      </div>
    </form>
  );
}
