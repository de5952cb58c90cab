// Change one's own password (current + new + confirmation). The server ends the user's other sessions.
import { type FormEvent, useState } from 'react';
import { api } from '../api.ts';
import { useAction } from '../hooks.ts';
import { useT } from '../i18n.ts';
import { TextField } from './Field.tsx';
import { FormError } from './FormError.tsx';
import { usePasswordRule } from './PasswordRule.tsx';

export function ChangePasswordForm({ mfaEnabled, onDone }: { mfaEnabled: boolean; onDone: (otherSessionsEnded: number) => void }) {
  const t = useT();
  const rule = usePasswordRule(mfaEnabled);
  const [mismatch, setMismatch] = useState(false);
  const change = useAction(api.changePassword);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    const newPassword = String(form.get('newPassword') ?? '');
    const same = newPassword === String(form.get('newPasswordConfirm') ?? '');
    setMismatch(!same);
    if (!same) return;
    const result = await change.run({ currentPassword: String(form.get('currentPassword') ?? ''), newPassword });
    if (result) {
      formEl.reset();
      onDone(result.otherSessionsEnded);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="stack">
      <FormError error={change.error} />
      <TextField
        label={t('field.currentPassword')}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={change.error?.field('currentPassword')}
      />
      <TextField
        label={t('field.newPassword')}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        hint={rule}
        error={change.error?.field('newPassword')}
      />
      <TextField
        label={t('field.newPasswordConfirm')}
        name="newPasswordConfirm"
        type="password"
        autoComplete="new-password"
        required
        error={mismatch ? t('password.mismatch') : undefined}
      />
      <button type="submit" disabled={change.pending}>
        {change.pending ? t('common.working') : t('password.submit')}
      </button>
    </form>
  );
}
