// The signed-in state, read from GET /api/auth/session. Any API error that means "the session is not
// what you think" makes us read it again; the app then shows the screen the user needs next.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { type ApiError, api, getSession, setSessionErrorHandler } from './api.ts';
import type { OrgSummary, Session } from './api-answers.ts';
import { t } from './i18n.ts';
import { useNotice } from './notice.tsx';
import { navigate } from './router.ts';

interface SessionContextValue {
  session: Session | null;
  loadError: ApiError | null;
  refresh: () => Promise<Session | null>;
  /** Ends this session (or all of the user's sessions) and shows the login screen. */
  signOut: (everywhere?: boolean) => Promise<void>;
}

const ANONYMOUS: Session = { user: null, stage: null, needsSetup: false };

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const { notify } = useNotice();

  const refresh = useCallback(async () => {
    try {
      const next = await getSession();
      setSession(next);
      setLoadError(null);
      return next;
    } catch (err) {
      setLoadError(err as ApiError);
      return null;
    }
  }, []);

  const signOut = useCallback(
    async (everywhere = false) => {
      await (everywhere ? api.logoutAll() : api.logout()).catch(() => undefined);
      // forget the user before the URL changes, so no screen of the old session loads in between
      setSession(ANONYMOUS);
      navigate('/login', { replace: true });
      await refresh();
    },
    [refresh],
  );

  useEffect(() => {
    setSessionErrorHandler((code) => {
      // e.g. 30 minutes idle: say why the login screen is back
      if (code === 'UNAUTHENTICATED') notify(t('session.expired'), '/login', 'info');
      void refresh();
    });
    void refresh();
  }, [refresh, notify]);

  const value = useMemo(() => ({ session, loadError, refresh, signOut }), [session, loadError, refresh, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The fully signed-in session; only used inside the app shell, where it always exists. */
export function useSignedIn() {
  const { session, refresh, signOut } = useSession();
  if (!session?.user) throw new Error('useSignedIn without a signed-in user');
  return {
    user: session.user,
    organizations: session.organizations ?? [],
    recoveryCodesLeft: session.recoveryCodesLeft ?? null,
    refresh,
    signOut,
  };
}

export const findOrg = (orgs: OrgSummary[], slug: string | undefined): OrgSummary | undefined => orgs.find((o) => o.slug === slug);
