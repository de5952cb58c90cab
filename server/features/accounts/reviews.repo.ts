// SQL of the 棚卸し: reviews of an organisation (with their systems and decision counts), one review
// (locked when it is to change), its entries, starting one (one open per system, by the database),
// a decision, and the sign-off as one conditional update (only an open review is signed, once).
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { ReviewSnapshot } from '../../../domain/accounts/review.ts';
import type { Db, Tx } from '../../db/client.ts';
import { accountReviewEntries, accountReviews, accountSystems } from '../../db/schema.ts';

type Q = Db | Tx;
export type ReviewRow = typeof accountReviews.$inferSelect;
export type EntryRow = typeof accountReviewEntries.$inferSelect;

const counted = {
  review: accountReviews,
  systemName: accountSystems.name,
  total: sql<number>`(select count(*) from account_review_entries e where e.organization_id = ${accountReviews.organizationId} and e.review_id = ${accountReviews.id})::int`,
  decided: sql<number>`(select count(*) from account_review_entries e where e.organization_id = ${accountReviews.organizationId} and e.review_id = ${accountReviews.id} and e.decision is not null)::int`,
};

export async function reviewsOf(db: Q, organizationId: string) {
  return db
    .select(counted)
    .from(accountReviews)
    .innerJoin(
      accountSystems,
      and(eq(accountSystems.organizationId, accountReviews.organizationId), eq(accountSystems.id, accountReviews.systemId)),
    )
    .where(eq(accountReviews.organizationId, organizationId))
    .orderBy(desc(accountReviews.startedAt));
}

export async function findReview(db: Q, organizationId: string, id: string, forUpdate = false) {
  const q = db
    .select(counted)
    .from(accountReviews)
    .innerJoin(
      accountSystems,
      and(eq(accountSystems.organizationId, accountReviews.organizationId), eq(accountSystems.id, accountReviews.systemId)),
    )
    .where(and(eq(accountReviews.organizationId, organizationId), eq(accountReviews.id, id)));
  const [row] = forUpdate ? await q.for('update', { of: accountReviews }) : await q;
  return row;
}

export async function entriesOf(db: Q, organizationId: string, reviewId: string): Promise<EntryRow[]> {
  return db
    .select()
    .from(accountReviewEntries)
    .where(and(eq(accountReviewEntries.organizationId, organizationId), eq(accountReviewEntries.reviewId, reviewId)))
    .orderBy(asc(sql`${accountReviewEntries.snapshot}->>'accountId'`));
}

/** undefined when the system has an open review already (the partial unique index decides). */
export async function insertReview(db: Q, values: typeof accountReviews.$inferInsert): Promise<ReviewRow | undefined> {
  const [row] = await db.insert(accountReviews).values(values).onConflictDoNothing().returning();
  return row;
}

export async function insertEntries(
  db: Q,
  organizationId: string,
  reviewId: string,
  entries: { accountId: string; snapshot: ReviewSnapshot }[],
) {
  for (let i = 0; i < entries.length; i += 500) {
    await db.insert(accountReviewEntries).values(entries.slice(i, i + 500).map((e) => ({ ...e, organizationId, reviewId })));
  }
}

/** The entry changed, or undefined when the review has no such account. */
export async function decide(
  db: Q,
  organizationId: string,
  reviewId: string,
  accountId: string,
  values: Pick<EntryRow, 'decision' | 'reason' | 'decidedBy' | 'decidedAt'>,
) {
  const [row] = await db
    .update(accountReviewEntries)
    .set(values)
    .where(
      and(
        eq(accountReviewEntries.organizationId, organizationId),
        eq(accountReviewEntries.reviewId, reviewId),
        eq(accountReviewEntries.accountId, accountId),
      ),
    )
    .returning();
  return row;
}

/** Signs an open review: undefined when it was no longer open (signed by someone else meanwhile). */
export async function signReview(
  db: Q,
  organizationId: string,
  id: string,
  values: Pick<ReviewRow, 'signedBy' | 'signedByUser' | 'signedAt' | 'nextReviewOn' | 'note'>,
) {
  const [row] = await db
    .update(accountReviews)
    .set({ ...values, status: 'signed', version: sql`${accountReviews.version} + 1`, updatedAt: values.signedAt ?? new Date() })
    .where(and(eq(accountReviews.organizationId, organizationId), eq(accountReviews.id, id), eq(accountReviews.status, 'open')))
    .returning();
  return row;
}
