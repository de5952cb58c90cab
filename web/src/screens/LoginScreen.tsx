// Sign-in with login ID and password. The next step (second factor, enrolment, password change) is
// decided by the session the server returns, so we read the session again afterwards.
import type { FormEvent } from 'react';
import { api } from '../api.ts';
import { TextField } from '../components/Field.tsx';
import { FormError } from '../components/FormError.tsx';
import { Page } from '../components/Page.tsx';
import { SubmitButton } from '../components/SubmitButton.tsx';
import { useAction } from '../hooks.ts';
import { useT } from '../i18n.ts';
import { useSession } from '../session.tsx';
import '../messages/auth.ts';

export function LoginScreen() {
  const t = useT();
  const { refresh } = useSession();
  const login = useAction(api.login);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const done = await login.run({ loginId: String(form.get('loginId') ?? ''), password: String(form.get('password') ?? '') });
    if (done) await refresh(); // the CSRF token changes with the new session
  };

  return (
    <Page title={t('login.title')}>
      <form onSubmit={submit} noValidate className="stack">
        <FormError error={login.error} />
        <TextField label={t('field.loginId')} name="loginId" autoComplete="username" required error={login.error?.field('loginId')} />
        <TextField
          label={t('field.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          error={login.error?.field('password')}
        />
        <SubmitButton pending={login.pending} label={t('login.submit')} />
      </form>
      <p className="muted">{t('login.help')}</p>
    </Page>
  );
}
