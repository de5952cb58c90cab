// Who may reset whose password: a system administrator anyone's; an organisation's administrator
// only a user all of whose organisations they administer (so no one reaches into another
// organisation through a shared user). Anyone else is told the user does not exist.
import type { Db } from '../../db/client.ts';
import { listMembershipsOfUser } from '../orgs/memberships.repo.ts';
import type { UserRow } from './users.repo.ts';

export async function mayResetPassword(db: Db, actor: UserRow, target: UserRow): Promise<boolean> {
  if (actor.isSystemAdmin) return true;
  if (target.isSystemAdmin || target.id === actor.id) return false;
  const targetOrgs = await listMembershipsOfUser(db, target.id);
  if (targetOrgs.length === 0) return false;
  const adminOf = new Set((await listMembershipsOfUser(db, actor.id)).filter((m) => m.role === 'admin').map((m) => m.organizationId));
  return targetOrgs.every((m) => adminOf.has(m.organizationId));
}
