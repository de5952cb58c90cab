// SQL for sessions. The id is the sha256 of the cookie token.
import { and, eq, lt, ne, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { preparedPer } from '../../db/prepared.ts';
import { memberships, organizations, sessions, users } from '../../db/schema.ts';
import { grantInForce } from '../live-access/live-access.repo.ts';
import type { OrgLookup } from '../orgs/org-lookup.ts';

export type SessionRow = typeof sessions.$inferSelect;
type Q = Db | Tx;

export async function insertSession(db: Q, values: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(values);
}

/**
 * The two lookups that run on every request, as prepared statements: built once per database, and on
 * PostgreSQL parsed and planned once per connection. (Only on the database itself, never in a
 * transaction: a request is resolved before its work begins.)
 */
const lookupsOf = preparedPer((db) => {
  const byId = eq(sessions.id, sql.placeholder('id'));
  return {
    withUser: db
      .select({ session: sessions, user: users })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(byId)
      .prepare('mamori_session_with_user'),
    withOrg: db
      .select({
        session: sessions,
        user: users,
        org: organizations,
        role: memberships.role,
        // a non-member's 立入検査の閲覧許可 in force at `now` (null for a change: grants are for reading)
        grant: sql<
          string | null
        >`case when ${memberships.role} is null then ${grantInForce(organizations.id, users.id, sql`${sql.placeholder('now')}::timestamptz`)} end`,
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .leftJoin(organizations, eq(organizations.id, sql.placeholder('orgId')))
      .leftJoin(memberships, and(eq(memberships.organizationId, organizations.id), eq(memberships.userId, users.id)))
      .where(byId)
      .prepare('mamori_session_with_user_org'),
  };
});

/** The session and its user in one query (this runs on every request). */
export async function findSessionWithUser(db: Db, id: string) {
  const [row] = await lookupsOf(db).withUser.execute({ id });
  return row;
}

/**
 * The same, with the organisation the request names and the user's role in it, still one query: most
 * requests are about one organisation, and its access check then needs no query of its own.
 * `grantsAt`: the time a live read access grant must be in force at (null: grants do not count).
 */
export async function findSessionWithUserAndOrg(db: Db, id: string, orgId: string, grantsAt: Date | null) {
  const [row] = await lookupsOf(db).withOrg.execute({ id, orgId, now: grantsAt?.toISOString() ?? null });
  if (!row) return undefined;
  const orgLookup: OrgLookup = { orgId, found: row.org ? { org: row.org, role: row.role, grant: row.grant ?? null } : undefined };
  return { session: row.session, user: row.user, orgLookup };
}

export async function touchSession(db: Q, id: string, now: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
}

export async function deleteSession(db: Q, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

/** Deletes every session of a user, except `keepId` when given. Returns how many were deleted. */
export async function deleteUserSessions(db: Q, userId: string, keepId?: string): Promise<number> {
  const where = keepId ? and(eq(sessions.userId, userId), ne(sessions.id, keepId)) : eq(sessions.userId, userId);
  const rows = await db.delete(sessions).where(where).returning({ id: sessions.id });
  return rows.length;
}

/** Removes a user's sessions that have expired (absolute) or gone idle, so the table does not grow. */
export async function deleteStaleSessions(db: Q, userId: string, now: Date, idleSince: Date): Promise<number> {
  const rows = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleSince))))
    .returning({ id: sessions.id });
  return rows.length;
}
