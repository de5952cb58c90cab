// Who may do what inside an organisation: decided here, and nowhere else. Someone who is not a
// member gets NOT_FOUND (404), exactly as for an organisation that does not exist, so ids of other
// organisations reveal nothing. A system administrator manages organisations and their members but
// does not read their records unless also a member. The one exception to membership: an office (保健所)
// whose institution grants it live read access for the inspection reads, as a viewer, while it lasts.
import { can, type OrgAction, type Role } from '../../../domain/roles.ts';
import { loginKey } from '../../../domain/user.ts';
import type { Db, Tx } from '../../db/client.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import type { Caller } from '../caller.ts';
import type { UserRow } from '../users/users.repo.ts';
import { findInvitation, type InvitationRow } from './invitations.repo.ts';
import { findOrgWithRole, type OrgRow } from './orgs.repo.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (id: string): boolean => UUID.test(id);

export interface OrgAccess {
  org: OrgRow;
  role: Role | null;
  /** the 立入検査の閲覧許可 the caller reads under (an office's inspector, not a member): role is then viewer */
  grant?: string;
}

/** `who`: the caller; the organisation read with its session is used when it is this one. */
export async function authorizeOrg(
  db: Db | Tx,
  who: Pick<Caller, 'user' | 'orgLookup'>,
  orgId: string,
  action: OrgAction,
): Promise<OrgAccess> {
  if (!isUuid(orgId)) throw notFound('組織');
  const { user, orgLookup } = who;
  const fromSession = orgLookup?.orgId === orgId ? orgLookup : undefined;
  const found = fromSession ? fromSession.found : await findOrgWithRole(db, orgId, user.id);
  if (!found) throw notFound('組織');
  const { org } = found;
  const grant = fromSession?.found?.grant;
  const role = (found.role as Role | null) ?? null;
  if (can(role, action, user.isSystemAdmin)) return { org, role };
  // an office's inspector reads an institution while it grants live access (the lookup found the grant
  // for a GET only); the request is then audited in the institution's trail (live-access/record-view.ts)
  if (!role && grant && fromSession && action === 'org.read') {
    fromSession.readUnderGrant = grant;
    return { org, role: 'viewer', grant };
  }
  if (!role) throw notFound('組織');
  throw new AppError('FORBIDDEN', 'この操作を行う権限がありません。');
}

export function requireSystemAdmin(user: UserRow): void {
  if (!user.isSystemAdmin) throw new AppError('FORBIDDEN', 'システム管理者だけが行える操作です。');
}

/**
 * An invitation is seen and answered only by the person whose login ID it names; for anyone else it
 * does not exist (NOT_FOUND), like an invitation of another organisation.
 */
export async function invitationOf(db: Db | Tx, user: UserRow, orgId: string, invitationId: string): Promise<InvitationRow> {
  const found = isUuid(orgId) && isUuid(invitationId) ? await findInvitation(db, orgId, invitationId, loginKey(user.loginId)) : undefined;
  if (!found) throw notFound('招待');
  return found;
}

/** Adding an existing account without its consent is for the system administrator only; others invite. */
export function requireDirectAdd(user: UserRow): void {
  if (!user.isSystemAdmin) {
    throw new AppError(
      'FORBIDDEN',
      '既存の利用者を直接追加できるのはシステム管理者だけです。ログインIDで招待してください (相手が承諾するとメンバーになります)。',
    );
  }
}
