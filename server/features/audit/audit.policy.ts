// Who sees how much of the audit trail. An organisation's administrators see its events in full. A
// system administrator who is not one of them sees the events' metadata only (who, when, what kind,
// on which target type and id): the values before and after, and targets named by their content (a
// vendor's name), carry the organisation's records, which its own routes keep from him (404).
import { can, type Role } from '../../../domain/roles.ts';
import type { Db } from '../../db/client.ts';
import type { Caller } from '../caller.ts';
import { listMembershipsOfUser } from '../orgs/memberships.repo.ts';
import { authorizeOrg, requireSystemAdmin } from '../orgs/orgs.policy.ts';
import type { UserRow } from '../users/users.repo.ts';

export type AuditDetail = 'full' | 'metadata';

/** Decides, for each event's organisation (null: system events), what the user may see of it. */
export type AuditView = (organizationId: string | null) => AuditDetail;

/** The audit trail of one organisation (its administrators, and system administrators as metadata). */
export async function authorizeOrgAudit(db: Db, who: Pick<Caller, 'user' | 'orgLookup'>, orgId: string): Promise<AuditDetail> {
  const { role } = await authorizeOrg(db, who, orgId, 'org.manage');
  // in full for those who manage it as members; the system administrator's own right gives metadata only
  return can(role, 'org.manage') ? 'full' : 'metadata';
}

/** The whole trail (system administrators): in full for system events and the organisations he administers. */
export async function authorizeSystemAudit(db: Db, user: UserRow): Promise<AuditView> {
  requireSystemAdmin(user);
  const administered = new Set(
    (await listMembershipsOfUser(db, user.id)).filter((m) => can(m.role as Role, 'org.manage')).map((m) => m.organizationId),
  );
  return (organizationId) => (organizationId === null || administered.has(organizationId) ? 'full' : 'metadata');
}

const ID_TARGET = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(#[\w.-]+)?$/i;

/** A target id that is an id (a record's uuid, an assessment's item), not a name taken from the record. */
export const isOpaqueTargetId = (targetId: string | null): boolean => targetId === null || ID_TARGET.test(targetId);
