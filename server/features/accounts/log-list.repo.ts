// SQL of the ログリスト: an organisation's logs with their systems, one log (locked to change it), its
// looks newest first, and the writes (a change only of the version read: 0 rows when it moved on).
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { accountSystems, logReviews, logSources } from '../../db/schema.ts';

type Q = Db | Tx;
export type LogSourceRow = typeof logSources.$inferSelect;
export type LogReviewRow = typeof logReviews.$inferSelect;
export type LogSourceWrite = Pick<
  LogSourceRow,
  'systemId' | 'name' | 'contents' | 'location' | 'retentionMonths' | 'timeSource' | 'reviewer' | 'reviewEveryMonths' | 'note'
>;

export async function logSourcesOf(db: Q, organizationId: string) {
  return db
    .select({ source: logSources, systemName: accountSystems.name })
    .from(logSources)
    .innerJoin(
      accountSystems,
      and(eq(accountSystems.organizationId, logSources.organizationId), eq(accountSystems.id, logSources.systemId)),
    )
    .where(eq(logSources.organizationId, organizationId))
    .orderBy(asc(accountSystems.name), asc(logSources.name));
}

export async function findLogSource(db: Q, organizationId: string, id: string, forUpdate = false) {
  const q = db
    .select()
    .from(logSources)
    .where(and(eq(logSources.organizationId, organizationId), eq(logSources.id, id)));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

/** Every look of the organisation's logs, newest first. */
export async function logReviewsOf(db: Q, organizationId: string): Promise<LogReviewRow[]> {
  return db
    .select()
    .from(logReviews)
    .where(eq(logReviews.organizationId, organizationId))
    .orderBy(desc(logReviews.reviewedOn), desc(logReviews.createdAt));
}

export async function insertLogSource(db: Q, organizationId: string, values: LogSourceWrite, userId: string | null, now: Date) {
  const [row] = await db
    .insert(logSources)
    .values({ ...values, organizationId, updatedBy: userId, createdAt: now, updatedAt: now })
    .returning();
  return row as LogSourceRow;
}

/** undefined when the log is no longer at `version` (someone changed it meanwhile). */
export async function updateLogSource(
  db: Q,
  organizationId: string,
  id: string,
  version: number,
  values: LogSourceWrite,
  userId: string | null,
  now: Date,
) {
  const [row] = await db
    .update(logSources)
    .set({ ...values, version: sql`${logSources.version} + 1`, updatedBy: userId, updatedAt: now })
    .where(and(eq(logSources.organizationId, organizationId), eq(logSources.id, id), eq(logSources.version, version)))
    .returning();
  return row;
}

export async function insertLogReview(db: Q, values: typeof logReviews.$inferInsert) {
  const [row] = await db.insert(logReviews).values(values).returning();
  return row as LogReviewRow;
}
