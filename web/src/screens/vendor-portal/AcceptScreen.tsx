// /vendor/accept#TOKEN: a person at a vendor opens the link an institution sent. The token is taken
// from the fragment (never sent to the server by the browser), kept in this tab for a sign-in on the
// way, and removed from the address. Signed out: what the link is for and the set-up of a vendor
// account; signed in as a vendor: the invitation joins the account; signed in as an institution's
// user: told to sign out first.
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { fiscalYear } from '../../../../domain/dates/fiscal-year.ts';
import type { VendorLinkInfo } from '../../api/vendor-portal.ts';
import { api } from '../../api.ts';
import { FormError } from '../../components/FormError.tsx';
import { NewAccountFields, useConfirmedPassword } from '../../components/NewPasswordFields.tsx';
import { Page } from '../../components/Page.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { formatDateTimeLong } from '../../dates.ts';
import { useAction, useLoad } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import { useSession } from '../../session.tsx';
import '../../messages/auth.ts';
import '../../messages/vendor-portal.ts';

const TOKEN_KEY = 'mamori.vendorToken';

/** The link's token: from the fragment (then kept for this tab and taken off the address), else kept earlier. */
function useLinkToken(): string | null {
  const [token] = useState(() => {
    const fromHash = window.location.hash.slice(1);
    if (fromHash) {
      sessionStorage.setItem(TOKEN_KEY, fromHash);
      window.history.replaceState(window.history.state, '', window.location.pathname);
    }
    return fromHash || sessionStorage.getItem(TOKEN_KEY);
  });
  return token;
}

export const forgetLinkToken = () => sessionStorage.removeItem(TOKEN_KEY);

export function AcceptScreen() {
  const t = useT();
  const token = useLinkToken();
  const { session, signOut } = useSession();
  if (!token) {
    return (
      <Page title={t('accept.title')}>
        <p role="alert">{t('accept.noToken')}</p>
      </Page>
    );
  }
  if (session?.user && session.user.kind !== 'vendor') {
    return (
      <Page title={t('accept.title')}>
        <p role="alert">{t('accept.staff')}</p>
        <button type="button" className="button-secondary" onClick={() => void signOut()}>
          {t('auth.logout')}
        </button>
      </Page>
    );
  }
  return <LinkDetails token={token} signedIn={session?.stage === 'full' ? (session.user?.displayName ?? null) : null} />;
}

function LinkDetails({ token, signedIn }: { token: string; signedIn: string | null }) {
  const t = useT();
  const lang = useLang();
  const info = useLoad(['vendor-link', token], () => api.vendorLink(token));
  if (info.error) {
    return (
      <Page title={t('accept.title')}>
        <p role="alert" lang="ja">
          {info.error.message}
        </p>
      </Page>
    );
  }
  if (!info.data) {
    return (
      <Page title={t('accept.title')}>
        <p role="status">{t('accept.checking')}</p>
      </Page>
    );
  }
  const d = info.data;
  const systems = d.systems.map((s) => s.name).join('、') || t('portal.allSystems');
  return (
    <Page title={t('accept.title')}>
      <p>{t('accept.lead', { institution: d.institution, vendor: d.vendorName, year: fiscalYear(d.fiscalYear).label })}</p>
      <p>{t('accept.systems', { systems })}</p>
      <p className="muted">{t('accept.expires', { date: formatDateTimeLong(d.expiresAt, lang) })}</p>
      {signedIn ? <JoinForm token={token} name={signedIn} /> : <NewAccountForm token={token} info={d} />}
    </Page>
  );
}

function NewAccountForm({ token, info }: { token: string; info: VendorLinkInfo }) {
  const t = useT();
  const navigate = useNavigate();
  const { refresh } = useSession();
  const { notify } = useNotice();
  const confirmed = useConfirmedPassword('password');
  const create = useAction(api.vendorAccept);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const password = confirmed.read(form);
    if (password === null) return;
    const done = await create.run({
      token,
      loginId: String(form.get('loginId') ?? ''),
      displayName: String(form.get('displayName') ?? ''),
      password,
    });
    if (!done) return;
    forgetLinkToken();
    notify(t('accept.done'), '/vendor');
    await refresh();
    void navigate({ to: '/vendor', replace: true });
  };
  return (
    <>
      <h2>{t('accept.newAccount')}</h2>
      <p>{t('accept.newAccountLead')}</p>
      {info.requireMfa && <p className="notice notice-info">{t('accept.mfa')}</p>}
      <form onSubmit={submit} noValidate className="stack">
        <FormError error={create.error} />
        <NewAccountFields error={create.error} mismatch={confirmed.mismatch} name={info.personName} />
        <SubmitButton pending={create.pending} label={t('accept.submit')} />
      </form>
      <p>{t('accept.haveAccount')}</p>
      <p>
        <button
          type="button"
          className="button-secondary"
          onClick={() => void navigate({ to: '/login', search: { next: '/vendor/accept' } })}
        >
          {t('accept.signIn')}
        </button>
      </p>
    </>
  );
}

function JoinForm({ token, name }: { token: string; name: string }) {
  const t = useT();
  const navigate = useNavigate();
  const { notify } = useNotice();
  const join = useAction(() => api.vendorAcceptSignedIn(token));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!(await join.run())) return;
    forgetLinkToken();
    notify(t('accept.done'), '/vendor');
    void navigate({ to: '/vendor', replace: true });
  };
  return (
    <form onSubmit={submit} className="stack">
      <p>{t('accept.joinLead', { name })}</p>
      <FormError error={join.error} />
      <SubmitButton pending={join.pending} label={t('accept.join')} />
    </form>
  );
}
