// The organisation's days after which an enabled account counts as unused (Mamori's default 90; the
// findings and the suggestion for 不要なアカウント read it). 担当者・管理者 change it.
import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { TextField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { useAction, useLoad } from '../../hooks.ts';
import { useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import '../../messages/accounts.ts';

export function DormantSetting({ org, onSaved }: { org: OrgSummary; onSaved: () => void }) {
  const t = useT();
  const { notify } = useNotice();
  const settings = useLoad(['org', org.id, 'ledger-settings'], () => api.ledgerSettings(org.id));
  const stored = settings.data?.dormantDays;
  const [days, setDays] = useState('');
  useEffect(() => {
    if (stored !== undefined) setDays(String(stored));
  }, [stored]);
  const save = useAction(() => api.updateLedgerSettings(org.id, { dormantDays: Number(days.normalize('NFKC')) }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const saved = await save.run();
    if (!saved) return;
    notify(t('accounts.dormantSaved', { days: saved.dormantDays }));
    onSaved();
  };
  return (
    <details className="no-print">
      <summary>{t('accounts.dormantTitle', { days: stored ?? '…' })}</summary>
      <p className="field-hint">{t('accounts.dormantLead')}</p>
      <form onSubmit={submit} className="stack" aria-label={t('accounts.dormantTitle', { days: stored ?? '…' })}>
        <FormError error={save.error} />
        <TextField
          label={t('accounts.dormantDays')}
          inputMode="numeric"
          value={days}
          error={save.error?.field('dormantDays')}
          onChange={(e) => setDays(e.target.value)}
        />
        <SubmitButton pending={save.pending} label={t('accounts.dormantSave')} />
      </form>
    </details>
  );
}
