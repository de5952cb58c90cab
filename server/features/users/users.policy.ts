// Who may reset whose password: a system administrator anyone's; an organisation's administrator
// only a user all of whose organisations they administer (so no one reaches into another
// organisation through a shared user). A user the actor cannot see at all is reported as not found;
// a member they can see but not reset gets a reason.
import type { Db } from '../../db/client.ts';
import { listMembershipsOfUser } from '../orgs/memberships.repo.ts';
import type { UserRow } from './users.repo.ts';

export type ResetDecision = 'allowed' | 'hidden' | 'system_admin' | 'other_organisation';

export async function mayResetPassword(db: Db, actor: UserRow, target: UserRow): Promise<ResetDecision> {
  if (actor.isSystemAdmin) return 'allowed';
  if (target.id === actor.id) return 'hidden'; // one's own password is changed, not reset
  const adminOf = new Set((await listMembershipsOfUser(db, actor.id)).filter((m) => m.role === 'admin').map((m) => m.organizationId));
  const targetOrgs = await listMembershipsOfUser(db, target.id);
  if (!targetOrgs.some((m) => adminOf.has(m.organizationId))) return 'hidden';
  if (target.isSystemAdmin) return 'system_admin';
  return targetOrgs.every((m) => adminOf.has(m.organizationId)) ? 'allowed' : 'other_organisation';
}
