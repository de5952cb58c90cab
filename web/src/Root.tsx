// Decides what the person sees from the session: first start, login, the second factor, forced MFA
// enrolment or password change, or the app itself (the page of the address, in the signed-in frame).
// The root of the route tree (routes.tsx); the notices and the session live here, inside the router.
import { Outlet, useLocation, useNavigate } from '@tanstack/react-router';
import { type ReactNode, useEffect } from 'react';
import { AuthLayout } from './components/AuthLayout.tsx';
import { Shell } from './components/Shell.tsx';
import { VendorShell } from './components/VendorShell.tsx';
import { useT } from './i18n.ts';
import { NoticeProvider } from './notice.tsx';
import { ChangePasswordScreen } from './screens/ChangePasswordScreen.tsx';
import { LoginScreen } from './screens/LoginScreen.tsx';
import { MfaEnrolScreen } from './screens/MfaEnrolScreen.tsx';
import { MfaVerifyScreen } from './screens/MfaVerifyScreen.tsx';
import { SetupScreen } from './screens/SetupScreen.tsx';
import { AcceptScreen } from './screens/vendor-portal/AcceptScreen.tsx';
import { SessionProvider, useSession } from './session.tsx';

/** Only same-site paths may be a redirect target after login ('//host' or a backslash could leave the site). */
const VENDOR_ACCEPT = '/vendor/accept';
const VENDOR_PATHS = ['/vendor', '/account', '/account/mfa'];

const safeNext = (next: string | null) => (next && /^\/(?![/\\])/.test(next) && !next.includes('\\') ? next : '/');

function useAuthRedirects() {
  const { session } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const path = location.pathname;
  const signedIn = session?.stage === 'full';
  const needsSetup = session?.needsSetup === true;
  const anonymous = session !== null && !session.user && !needsSetup;
  const next = path === '/login' ? new URLSearchParams(location.searchStr).get('next') : null;
  const vendor = signedIn && session?.user?.kind === 'vendor';
  useEffect(() => {
    if (needsSetup && path !== '/setup') void navigate({ to: '/setup', replace: true });
    // an invitation link is opened whoever is (or is not) signed in: its page decides
    else if (path === VENDOR_ACCEPT) return;
    // a person at a vendor reaches the portal and their own account only
    else if (vendor && !VENDOR_PATHS.some((p) => path === p || path.startsWith(`${p}/`)) && path !== '/login')
      void navigate({ to: '/vendor', replace: true });
    else if (anonymous && path !== '/login') {
      const back = path === '/' || path === '/setup' ? undefined : path + window.location.search;
      void navigate({ to: '/login', search: { next: back }, replace: true });
    } else if (signedIn && (path === '/login' || path === '/setup')) void navigate({ href: safeNext(next), replace: true });
  }, [needsSetup, anonymous, signedIn, vendor, path, next, navigate]);
}

function Gate() {
  const { session, loadError, refresh } = useSession();
  const location = useLocation();
  const t = useT();
  useAuthRedirects();
  if (!session) {
    return (
      <AuthLayout>
        {loadError ? (
          <div className="form-error" role="alert">
            <p>{loadError.message}</p>
            <button type="button" onClick={() => void refresh()}>
              {t('common.retry')}
            </button>
          </div>
        ) : (
          <p role="status">{t('common.loading')}</p>
        )}
      </AuthLayout>
    );
  }
  if (session.needsSetup) return wrap(<SetupScreen />);
  if (location.pathname === VENDOR_ACCEPT && session.stage !== 'mfa' && session.stage !== 'enrol') return wrap(<AcceptScreen />);
  if (!session.user) return wrap(<LoginScreen />);
  if (session.stage === 'mfa') return wrap(<MfaVerifyScreen />);
  if (session.stage === 'enrol') return wrap(<MfaEnrolScreen forced />);
  if (session.user.mustChangePassword) return wrap(<ChangePasswordScreen forced />);
  if (session.user.kind === 'vendor') {
    return (
      <VendorShell>
        <Outlet />
      </VendorShell>
    );
  }
  return (
    <Shell>
      <Outlet />
    </Shell>
  );
}

const wrap = (screen: ReactNode) => <AuthLayout>{screen}</AuthLayout>;

export function Root() {
  return (
    <NoticeProvider>
      <SessionProvider>
        <Gate />
      </SessionProvider>
    </NoticeProvider>
  );
}
