// Two-factor enrolment: QR code and secret for the authenticator app, a first code to confirm, then
// the recovery codes (shown once). Forced when an organisation requires MFA; else from /account.
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { api, getSession } from '../api.ts';
import type { Enrolment } from '../api-answers.ts';
import { FormError } from '../components/FormError.tsx';
import { Link } from '../components/Link.tsx';
import { Page } from '../components/Page.tsx';
import { RecoveryCodes } from '../components/RecoveryCodes.tsx';
import { SingleFieldForm } from '../components/SingleFieldForm.tsx';
import { useAction } from '../hooks.ts';
import { useT } from '../i18n.ts';
import { useNotice } from '../notice.tsx';
import { useSession } from '../session.tsx';

const qrSrc = (svg: string) => `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

export function MfaEnrolScreen({ forced = false }: { forced?: boolean }) {
  const navigate = useNavigate();
  const t = useT();
  const { session, refresh } = useSession();
  const { notify } = useNotice();
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const start = useAction(api.startEnrolment);
  const confirm = useAction(api.confirmEnrolment);
  const started = useRef(false);

  const begin = () => start.run().then((r) => r && setEnrolment(r));
  // biome-ignore lint/correctness/useExhaustiveDependencies: start once per visit (each start makes a new secret)
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void begin();
  }, []);

  const submit = async (typed: string) => {
    const result = await confirm.run(typed.replace(/\s+/g, ''));
    if (!result) return;
    setCodes(result.recoveryCodes);
    await getSession().catch(() => undefined); // a forced enrolment ends in a new session: take its CSRF token
  };

  const finish = async () => {
    if (!forced) {
      void navigate({ to: '/account' });
      notify(t('mfa.enabled'), '/account');
    }
    await refresh(); // a forced enrolment leaves the gate now
  };

  if (codes) return <RecoveryCodes codes={codes} loginId={session?.user?.loginId ?? ''} onContinue={finish} />;

  return (
    <Page title={t('mfa.enrolTitle')} lead={forced ? t('mfa.enrolForced') : t('mfa.enrolLead')}>
      <FormError error={start.error} />
      {start.error && (
        <button type="button" onClick={() => void begin()}>
          {t('common.retry')}
        </button>
      )}
      {!enrolment && !start.error && <p role="status">{t('common.loading')}</p>}
      {enrolment && (
        <ol className="steps">
          <li>
            <p>{t('mfa.step1')}</p>
            <img className="qr" src={qrSrc(enrolment.qrSvg)} alt={t('mfa.qrAlt')} width={200} height={200} />
          </li>
          <li>
            <p>{t('mfa.step2')}</p>
            <p>
              {t('mfa.secretLabel')}: <code className="secret">{grouped(enrolment.secret)}</code>
            </p>
          </li>
          <li>
            <p>{t('mfa.step3')}</p>
            <SingleFieldForm
              action={confirm}
              label={t('field.code')}
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              className="field-code"
              hint={t('mfa.code6Hint')}
              submitLabel={t('mfa.confirmSubmit')}
              onValue={submit}
            />
          </li>
        </ol>
      )}
      {!forced && (
        <p>
          <Link to="/account">{t('common.backToAccount')}</Link>
        </p>
      )}
    </Page>
  );
}
