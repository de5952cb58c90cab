// Turning two-factor authentication off needs the password again.
import type { FormEvent } from 'react';
import { api } from '../api.ts';
import { useAction } from '../hooks.ts';
import { useT } from '../i18n.ts';
import { TextField } from './Field.tsx';
import { FormError } from './FormError.tsx';

export function DisableMfaForm({ onDone }: { onDone: () => void }) {
  const t = useT();
  const disable = useAction(api.disableMfa);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const password = String(new FormData(e.currentTarget).get('password') ?? '');
    if (await disable.run(password)) onDone();
  };
  return (
    <form onSubmit={submit} noValidate className="stack">
      <FormError error={disable.error} />
      <TextField
        label={t('mfa.disablePassword')}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        hint={t('mfa.disableHint')}
        error={disable.error?.field('password')}
      />
      <button type="submit" className="button-danger" disabled={disable.pending}>
        {disable.pending ? t('common.working') : t('mfa.disableSubmit')}
      </button>
    </form>
  );
}
