// SQL for memberships (user × organisation × role).
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Role } from '../../../domain/roles.ts';
import type { Db, Tx } from '../../db/client.ts';
import { memberships, organizations, users, vendorInvitations } from '../../db/schema.ts';

type Q = Db | Tx;
export type MembershipRow = typeof memberships.$inferSelect;

export async function findMembership(db: Q, organizationId: string, userId: string): Promise<MembershipRow | undefined> {
  const [row] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId)));
  return row;
}

export async function upsertMembership(db: Q, organizationId: string, userId: string, role: Role): Promise<void> {
  await db
    .insert(memberships)
    .values({ organizationId, userId, role })
    .onConflictDoUpdate({ target: [memberships.organizationId, memberships.userId], set: { role } });
}

/** Adds the membership unless the user already has one (keeping its role); true when added. */
export async function insertMembershipIfAbsent(db: Q, organizationId: string, userId: string, role: Role): Promise<boolean> {
  const rows = await db
    .insert(memberships)
    .values({ organizationId, userId, role })
    .onConflictDoNothing()
    .returning({ userId: memberships.userId });
  return rows.length > 0;
}

/** Whether the account with this login ID (lower case) is a member of the organisation. */
export async function isMemberByLoginKey(db: Q, organizationId: string, loginKey: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, organizationId), sql`lower(${users.loginId}) = ${loginKey}`));
  return row !== undefined;
}

export async function deleteMembership(db: Q, organizationId: string, userId: string): Promise<boolean> {
  const rows = await db
    .delete(memberships)
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId)))
    .returning({ userId: memberships.userId });
  return rows.length > 0;
}

/**
 * The organisation's members with what this organisation may know of them: no account-wide activity
 * (last sign-in) and nothing of their other organisations. MFA and disabled state are shown: they
 * decide whether the account may open this organisation's records (its MFA requirement).
 */
export async function listMembers(db: Q, organizationId: string) {
  return db
    .select({
      userId: users.id,
      loginId: users.loginId,
      displayName: users.displayName,
      role: memberships.role,
      mfaEnabled: sql<boolean>`${users.totpEnabledAt} is not null`,
      disabled: sql<boolean>`${users.disabledAt} is not null`,
      joinedAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organizationId, organizationId))
    .orderBy(asc(users.loginId));
}

export async function listMembershipsOfUser(db: Q, userId: string) {
  return db
    .select({
      organizationId: organizations.id,
      slug: organizations.slug,
      name: organizations.name,
      kind: organizations.kind,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organizations.slug));
}

export async function countAdmins(db: Q, organizationId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(memberships)
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.role, 'admin')));
  return Number(row?.n ?? 0);
}

/** True when any organisation the user belongs to requires MFA. */
export async function mfaRequiredFor(db: Q, userId: string): Promise<boolean> {
  // a member of an organisation that requires it, or a vendor person it invited (not revoked)
  const result = (await db.execute(sql`select exists (
      select 1 from ${memberships} m join ${organizations} o on o.id = m.organization_id
      where m.user_id = ${userId} and o.require_mfa
    ) or exists (
      select 1 from ${vendorInvitations} i join ${organizations} o on o.id = i.organization_id
      where i.user_id = ${userId} and i.revoked_at is null and o.require_mfa
    ) as required`)) as unknown as { rows: { required: boolean }[] };
  return result.rows[0]?.required === true;
}
