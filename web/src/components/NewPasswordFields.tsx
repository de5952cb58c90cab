// A new password and its confirmation, with the password rule as the hint. The confirmation field is
// named `${name}Confirm`; useConfirmedPassword reads both and remembers a mismatch for the fields.
import { useState } from 'react';
import type { ApiError } from '../api.ts';
import { useT } from '../i18n.ts';
import { TextField } from './Field.tsx';
import { usePasswordRule } from './PasswordRule.tsx';
import '../messages/auth.ts';

type Name = 'password' | 'newPassword';

interface Props {
  name: Name;
  mfaEnabled: boolean;
  mismatch: boolean;
  /** the server's error for the password field */
  error: string | undefined;
}

export function NewPasswordFields({ name, mfaEnabled, mismatch, error }: Props) {
  const t = useT();
  const rule = usePasswordRule(mfaEnabled);
  return (
    <>
      <TextField label={t(`field.${name}`)} name={name} type="password" autoComplete="new-password" required hint={rule} error={error} />
      <TextField
        label={t(`field.${name}Confirm`)}
        name={`${name}Confirm`}
        type="password"
        autoComplete="new-password"
        required
        error={mismatch ? t('password.mismatch') : undefined}
      />
    </>
  );
}

/** read(form) answers the new password, or null when the confirmation differs (then shown as mismatch). */
export function useConfirmedPassword(name: Name) {
  const [mismatch, setMismatch] = useState(false);
  const read = (form: FormData): string | null => {
    const password = String(form.get(name) ?? '');
    const same = password === String(form.get(`${name}Confirm`) ?? '');
    setMismatch(!same);
    return same ? password : null;
  };
  return { mismatch, read };
}

/** A new account's login ID, name and password (first administrator, a vendor's account). */
export function NewAccountFields({ error, mismatch, name }: { error: ApiError | null; mismatch: boolean; name?: string }) {
  const t = useT();
  return (
    <>
      <TextField
        label={t('field.loginId')}
        name="loginId"
        autoComplete="username"
        required
        hint={t('field.loginIdHint')}
        error={error?.field('loginId')}
      />
      <TextField
        label={t('field.displayName')}
        name="displayName"
        autoComplete="name"
        required
        defaultValue={name}
        error={error?.field('displayName')}
      />
      <NewPasswordFields name="password" mfaEnabled={false} mismatch={mismatch} error={error?.field('password')} />
    </>
  );
}
