// Change one's own password (current + new + confirmation). The server ends the user's other sessions.
import type { FormEvent } from 'react';
import { api } from '../api.ts';
import { useAction } from '../hooks.ts';
import { useT } from '../i18n.ts';
import { TextField } from './Field.tsx';
import { FormError } from './FormError.tsx';
import { NewPasswordFields, useConfirmedPassword } from './NewPasswordFields.tsx';
import { SubmitButton } from './SubmitButton.tsx';
import '../messages/auth.ts';

export function ChangePasswordForm({ mfaEnabled, onDone }: { mfaEnabled: boolean; onDone: (otherSessionsEnded: number) => void }) {
  const t = useT();
  const confirmed = useConfirmedPassword('newPassword');
  const change = useAction(api.changePassword);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    const newPassword = confirmed.read(form);
    if (newPassword === null) return;
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
      <NewPasswordFields
        name="newPassword"
        mfaEnabled={mfaEnabled}
        mismatch={confirmed.mismatch}
        error={change.error?.field('newPassword')}
      />
      <SubmitButton pending={change.pending} label={t('password.submit')} />
    </form>
  );
}
