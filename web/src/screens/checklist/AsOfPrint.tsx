// 「過去の日付の状態を印刷」: the form's print view as it stood at the end of a past day (JST), replayed
// by the server from the audit trail. The date may be typed in 和暦; it is checked here before the
// new tab opens with the day it reads as (the server checks again).
import { type FormEvent, useState } from 'react';
import { todayJst } from '../../../../domain/dates/fiscal-year.ts';
import { api } from '../../api.ts';
import { TextField } from '../../components/Field.tsx';
import { useT } from '../../i18n.ts';
import { previewDate } from './answer-draft.ts';
import '../../messages/contacts.ts';
import '../../messages/item-scope.ts';

export function AsOfPrint({ orgId, assessmentId }: { orgId: string; assessmentId: string }) {
  const t = useT();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const url = api.assessmentOutputUrl(orgId, assessmentId, 'print');
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const parsed = previewDate(value);
    const problem = !parsed ? t('asOf.date') : !parsed.ok ? parsed.message : parsed.iso > todayJst(new Date()) ? t('asOf.future') : null;
    setError(problem);
    if (!problem && parsed?.ok) window.open(`${url}?asOf=${parsed.iso}`, '_blank', 'noopener');
  };
  return (
    <details className="as-of no-print">
      <summary>{t('asOf.title')}</summary>
      <form onSubmit={submit} noValidate>
        <TextField
          label={t('asOf.date')}
          name="asOf"
          hint={t('asOf.hint')}
          error={error ?? undefined}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          placeholder="令和7年6月30日"
        />
        <button type="submit" className="button-secondary">
          {t('asOf.open')}
          <span className="visually-hidden"> {t('common.newTab')}</span>
        </button>
      </form>
    </details>
  );
}
