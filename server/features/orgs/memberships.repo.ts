// SQL for memberships (user × organisation × role).
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Role } from '../../../domain/roles.ts';
import type { Db, Tx } from '../../db/client.ts';
import { memberships, organizations, users } from '../../db/schema.ts';

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

export async function deleteMembership(db: Q, organizationId: string, userId: string): Promise<boolean> {
  const rows = await db
    .delete(memberships)
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId)))
    .returning({ userId: memberships.userId });
  return rows.length > 0;
}

export async function listMembers(db: Q, organizationId: string) {
  return db
    .select({
      userId: users.id,
      loginId: users.loginId,
      displayName: users.displayName,
      role: memberships.role,
      mfaEnabled: sql<boolean>`${users.totpEnabledAt} is not null`,
      disabled: sql<boolean>`${users.disabledAt} is not null`,
      lastLoginAt: users.lastLoginAt,
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
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(and(eq(memberships.userId, userId), eq(organizations.requireMfa, true)));
  return Number(row?.n ?? 0) > 0;
}
