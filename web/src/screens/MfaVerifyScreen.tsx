// Second step of sign-in: a 6-digit code from the authenticator app, or a one-time recovery code.
import type { FormEvent } from 'react';
import { api } from '../api.ts';
import { TextField } from '../components/Field.tsx';
import { FormError } from '../components/FormError.tsx';
import { Page } from '../components/Page.tsx';
import { useAction } from '../hooks.ts';
import { useT } from '../i18n.ts';
import { useSession } from '../session.tsx';

export function MfaVerifyScreen() {
  const t = useT();
  const { refresh, signOut } = useSession();
  const verify = useAction(api.verifyMfa);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const code = String(new FormData(e.currentTarget).get('code') ?? '').trim();
    if (await verify.run(code)) await refresh();
  };

  return (
    <Page title={t('mfa.verifyTitle')} lead={t('mfa.verifyLead')}>
      <form onSubmit={submit} noValidate className="stack">
        <FormError error={verify.error} />
        <TextField
          label={t('field.code')}
          name="code"
          autoComplete="one-time-code"
          autoCapitalize="off"
          spellCheck={false}
          required
          className="field-code"
          hint={t('mfa.codeHint')}
          error={verify.error?.field('code')}
        />
        <button type="submit" disabled={verify.pending}>
          {verify.pending ? t('common.working') : t('mfa.verifySubmit')}
        </button>
      </form>
      <p>
        <button type="button" className="button-link" onClick={() => void signOut()}>
          {t('mfa.startOver')}
        </button>
      </p>
    </Page>
  );
}
