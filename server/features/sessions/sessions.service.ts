// Session lifecycle: create (per sign-in stage), resolve a cookie with idle and absolute expiry, end.
import type { Deps } from '../../deps.ts';
import type { OrgLookup } from '../orgs/org-lookup.ts';
import type { UserRow } from '../users/users.repo.ts';
import { newToken, sha256 } from './session-tokens.ts';
import {
  deleteSession,
  deleteStaleSessions,
  findSessionWithUser,
  findSessionWithUserAndOrg,
  insertSession,
  type SessionRow,
  touchSession,
} from './sessions.repo.ts';

/** 'mfa': password ok, TOTP pending; 'enrol': must enrol MFA first; 'full': signed in. */
export type SessionStage = 'mfa' | 'enrol' | 'full';

export interface AuthState {
  session: SessionRow;
  user: UserRow;
  /** the organisation the request names, read with the session */
  orgLookup?: OrgLookup | undefined;
}

export interface ClientMeta {
  clientAddress: string | null;
  userAgent: string | null;
}

const PENDING_STAGE_MINUTES = 10;
const TOUCH_EVERY_MS = 60_000;

export async function createSession(deps: Deps, user: UserRow, stage: SessionStage, meta: ClientMeta): Promise<string> {
  const token = newToken();
  const now = deps.clock.now();
  await deleteStaleSessions(deps.db, user.id, now, new Date(now.getTime() - deps.config.sessionIdleMinutes * 60_000));
  const lifetimeMs = stage === 'full' ? deps.config.sessionAbsoluteHours * 3_600_000 : PENDING_STAGE_MINUTES * 60_000;
  await insertSession(deps.db, {
    id: sha256(token),
    userId: user.id,
    stage,
    csrfToken: newToken(),
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + lifetimeMs),
    clientAddress: meta.clientAddress,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
  });
  return token;
}

/** The signed-in state behind a cookie; `orgId`: the organisation the request names, looked up alongside. */
export async function resolveSession(
  deps: Deps,
  token: string | undefined,
  orgId?: string,
  /** a read (GET, HEAD): a live read access grant may let a non-member through */
  read = false,
): Promise<AuthState | undefined> {
  if (!token || token.length > 100) return undefined;
  const id = sha256(token);
  const now = deps.clock.now();
  const row: AuthState | undefined = orgId
    ? await findSessionWithUserAndOrg(deps.db, id, orgId, read ? now : null)
    : await findSessionWithUser(deps.db, id);
  if (!row) return undefined;
  const { session, user } = row;
  const idleLimit = session.lastSeenAt.getTime() + deps.config.sessionIdleMinutes * 60_000;
  if (now >= session.expiresAt || now.getTime() >= idleLimit) {
    await deleteSession(deps.db, id);
    return undefined;
  }
  if (user.disabledAt) return undefined;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) await touchSession(deps.db, id, now);
  return row;
}

/** Ends a session by its id (not the token). */
export const endSession = (deps: Deps, sessionId: string): Promise<void> => deleteSession(deps.db, sessionId);
