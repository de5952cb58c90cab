// 「台帳の点検」: record the day the whole 機器台帳 was checked against reality (checklist 2(1) asks for a
// ledger kept current), and how many days without a patch still count as patched (2(7) and successors).
import { type FormEvent, useState } from 'react';
import { todayJst } from '../../../../domain/dates/fiscal-year.ts';
import { api } from '../../api.ts';
import type { LedgerSettings, OrgSummary } from '../../api-answers.ts';
import { TextField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { formatDateLong } from '../../dates.ts';
import { useAction, useLoad } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import { invalidate, keys } from '../../query.ts';
import '../../messages/devices.ts';

export function LedgerReview({ org, canWrite }: { org: OrgSummary; canWrite: boolean }) {
  const settings = useLoad(keys.ledgerSettings(org.id), () => api.ledgerSettings(org.id));
  if (!settings.data) return null;
  return (
    <ReviewForm
      key={settings.data.devicesReviewedOn ?? ''}
      org={org}
      canWrite={canWrite}
      settings={settings.data}
      onSaved={() => void invalidate(keys.org(org.id))}
    />
  );
}

function ReviewForm({
  org,
  canWrite,
  settings,
  onSaved,
}: {
  org: OrgSummary;
  canWrite: boolean;
  settings: LedgerSettings;
  onSaved: () => void;
}) {
  const t = useT();
  const lang = useLang();
  const { notify } = useNotice();
  const [reviewedOn, setReviewedOn] = useState(todayJst(new Date()));
  const [days, setDays] = useState(String(settings.patchMaxDays));
  const save = useAction(() =>
    api.updateLedgerSettings(org.id, { devicesReviewedOn: reviewedOn, patchMaxDays: Number(days.normalize('NFKC')) }),
  );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await save.run()) {
      notify(t('ledgerReview.saved'));
      onSaved();
    }
  };
  const last = settings.devicesReviewedOn
    ? t('ledgerReview.last', { date: formatDateLong(settings.devicesReviewedOn, lang), who: settings.devicesReviewedBy ?? '' })
    : t('ledgerReview.never');
  return (
    <details className="ledger-review no-print">
      <summary>
        {t('ledgerReview.title')}: {last}
      </summary>
      <p className="field-hint">{t('ledgerReview.lead')}</p>
      {canWrite && (
        <form onSubmit={submit} className="ledger-bulk">
          <FormError error={save.error} />
          <TextField
            label={t('ledgerReview.date')}
            value={reviewedOn}
            error={save.error?.field('devicesReviewedOn')}
            onChange={(e) => setReviewedOn(e.target.value)}
          />
          <TextField
            label={t('ledgerReview.days')}
            inputMode="numeric"
            value={days}
            error={save.error?.field('patchMaxDays')}
            onChange={(e) => setDays(e.target.value)}
          />
          <SubmitButton pending={save.pending} label={t('ledgerReview.submit')} />
        </form>
      )}
    </details>
  );
}
