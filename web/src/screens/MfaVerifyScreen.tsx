// Second step of sign-in: a 6-digit code from the authenticator app, or a one-time recovery code.
import { api } from '../api.ts';
import { Page } from '../components/Page.tsx';
import { SingleFieldForm } from '../components/SingleFieldForm.tsx';
import { useAction } from '../hooks.ts';
import { useT } from '../i18n.ts';
import { useSession } from '../session.tsx';
import '../messages/auth.ts';

export function MfaVerifyScreen() {
  const t = useT();
  const { refresh, signOut } = useSession();
  const verify = useAction(api.verifyMfa);

  const submit = async (typed: string) => {
    if (await verify.run(typed.trim())) await refresh();
  };

  return (
    <Page title={t('mfa.verifyTitle')} lead={t('mfa.verifyLead')}>
      <SingleFieldForm
        action={verify}
        label={t('field.code')}
        name="code"
        autoComplete="one-time-code"
        autoCapitalize="off"
        spellCheck={false}
        className="field-code"
        hint={t('mfa.codeHint')}
        submitLabel={t('mfa.verifySubmit')}
        onValue={submit}
      />
      <p>
        <button type="button" className="button-link" onClick={() => void signOut()}>
          {t('mfa.startOver')}
        </button>
      </p>
    </Page>
  );
}
