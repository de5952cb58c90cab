// The signed-in state, read from GET /api/auth/session (the query keys.session, asked for as the page
// starts: main.tsx). Any API error that means "the session is not what you think" makes us read it
// again; the app then shows the screen the user needs next. When the user changes (sign-out, another
// sign-in in this tab) nothing loaded for the previous one stays in memory.

import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo } from 'react';
import { ApiError, api, getSession, setSessionErrorHandler } from './api.ts';
import type { OrgSummary, Session } from './api-answers.ts';
import { t } from './i18n.ts';
import { useNotice } from './notice.tsx';
import { keys, queryClient } from './query.ts';
import './messages/auth.ts';

interface SessionContextValue {
  session: Session | null;
  loadError: ApiError | null;
  refresh: () => Promise<Session | null>;
  /** Ends this session (or all of the user's sessions) and shows the login screen. */
  signOut: (everywhere?: boolean) => Promise<void>;
}

const ANONYMOUS: Session = { user: null, stage: null, needsSetup: false };

const SessionContext = createContext<SessionContextValue | null>(null);

/** Drops every loaded resource but the session itself, and any save still waiting (it was the other user's). */
const forgetLoaded = () => {
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== keys.session[0] });
  queryClient.getMutationCache().clear();
};

let sessionUser: string | null | undefined;

/** Reads the session; a different user than before (or none) means the previous one's data goes. */
async function readSession(): Promise<Session> {
  const next = await getSession();
  const user = next.user?.id ?? null;
  if (sessionUser !== undefined && user !== sessionUser) forgetLoaded();
  sessionUser = user;
  return next;
}

export const sessionQuery = { queryKey: keys.session, queryFn: readSession, staleTime: Number.POSITIVE_INFINITY };

export function SessionProvider({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  const query = useQuery(sessionQuery);
  const { notify } = useNotice();
  const session = query.data ?? null;
  const loadError = query.error ? (query.error instanceof ApiError ? query.error : new ApiError('CLIENT', t('error.unknown'), 0)) : null;

  const refresh = useCallback(async () => {
    try {
      return await queryClient.fetchQuery({ ...sessionQuery, staleTime: 0 });
    } catch {
      return null;
    }
  }, []);

  const signOut = useCallback(
    async (everywhere = false) => {
      // signed out unless the request failed on the way (an expired session is signed out already)
      const ended = await (everywhere ? api.logoutAll() : api.logout()).then(
        () => true,
        (err: unknown) => err instanceof ApiError && err.status === 401,
      );
      if (!ended) {
        notify(t('session.signOutFailed'), window.location.pathname, 'info');
        return;
      }
      // forget the user and what was loaded before the URL changes, so no screen of the old session loads in between
      sessionUser = null;
      queryClient.setQueryData(keys.session, ANONYMOUS);
      forgetLoaded();
      notify(t(everywhere ? 'session.signedOutEverywhere' : 'session.signedOut'), '/login', 'info');
      void navigate({ to: '/login', replace: true });
      await refresh();
    },
    [refresh, notify, navigate],
  );

  useEffect(() => {
    setSessionErrorHandler((code) => {
      // e.g. 30 minutes idle: say why the login screen is back
      if (code === 'UNAUTHENTICATED') notify(t('session.expired'), '/login', 'info');
      void refresh();
    });
  }, [refresh, notify]);

  const value = useMemo(() => ({ session, loadError, refresh, signOut }), [session, loadError, refresh, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** Whether the signed-in user is a system administrator (false when there is no session to ask). */
export function useIsSystemAdmin(): boolean {
  return useContext(SessionContext)?.session?.user?.isSystemAdmin ?? false;
}

/** The fully signed-in session; only used inside the app shell, where it always exists. */
export function useSignedIn() {
  const { session, refresh, signOut } = useSession();
  const organizations = useMemo(() => (session ? withLiveAccess(session) : []), [session]);
  if (!session?.user) throw new Error('useSignedIn without a signed-in user');
  return {
    user: session.user,
    organizations,
    recoveryCodesLeft: session.recoveryCodesLeft ?? null,
    refresh,
    signOut,
  };
}

/** The user's organisations, then the institutions open to him under a grant now (read-only, until its end). */
function withLiveAccess(session: Session): OrgSummary[] {
  const own = (session.organizations ?? []).filter((o) => o.role || !session.liveAccess?.some((l) => l.id === o.id));
  const live = (session.liveAccess ?? [])
    .filter((l) => !own.some((o) => o.id === l.id))
    .map((l) => ({ id: l.id, slug: l.slug, name: l.name, kind: l.kind, role: l.role, liveUntil: l.endsAt }));
  return [...own, ...live];
}

export const findOrg = (orgs: OrgSummary[], slug: string | undefined): OrgSummary | undefined => orgs.find((o) => o.slug === slug);
