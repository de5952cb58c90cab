// SQL of 事前送付 (submissions): an organisation's submissions (newest first), one by id as the
// institution or as the office it was sent to, the latest of a year per institution for an office,
// and a new one (numbered per organisation and year; the database refuses any change afterwards).
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { submissions } from '../../db/schema.ts';

type Q = Db | Tx;
export type SubmissionRow = typeof submissions.$inferSelect;

const summaryColumns = {
  organizationId: submissions.organizationId,
  id: submissions.id,
  fiscalYear: submissions.fiscalYear,
  no: submissions.no,
  oversightOrgId: submissions.oversightOrgId,
  sha256: submissions.sha256,
  ready: submissions.ready,
  gaps: submissions.gaps,
  submittedByName: submissions.submittedByName,
  submittedAt: submissions.submittedAt,
  facts: submissions.facts,
};
export type SubmissionSummaryRow = Omit<SubmissionRow, 'snapshot' | 'submittedBy'>;

export async function submissionsOf(db: Q, organizationId: string): Promise<SubmissionSummaryRow[]> {
  return db
    .select(summaryColumns)
    .from(submissions)
    .where(eq(submissions.organizationId, organizationId))
    .orderBy(desc(submissions.fiscalYear), desc(submissions.no));
}

/** A submission of the institution, or one sent to the office (`as`: which side asks). */
export async function findSubmission(db: Q, orgId: string, id: string, as: 'institution' | 'office'): Promise<SubmissionRow | undefined> {
  const [row] = await db
    .select()
    .from(submissions)
    .where(
      and(eq(submissions.id, id), as === 'institution' ? eq(submissions.organizationId, orgId) : eq(submissions.oversightOrgId, orgId)),
    );
  return row;
}

/** The latest submission of a fiscal year of each institution, sent to this office. */
export async function latestSentTo(db: Q, oversightOrgId: string, fiscalYear: number): Promise<SubmissionSummaryRow[]> {
  return db
    .selectDistinctOn([submissions.organizationId], summaryColumns)
    .from(submissions)
    .where(and(eq(submissions.oversightOrgId, oversightOrgId), eq(submissions.fiscalYear, fiscalYear)))
    .orderBy(submissions.organizationId, desc(submissions.no));
}

export async function nextNo(db: Q, organizationId: string, fiscalYear: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(max(${submissions.no}), 0)::int + 1` })
    .from(submissions)
    .where(and(eq(submissions.organizationId, organizationId), eq(submissions.fiscalYear, fiscalYear)));
  return row?.n ?? 1;
}

/** A new submission; undefined when another took its number meanwhile. */
export async function insertSubmission(db: Q, values: typeof submissions.$inferInsert): Promise<SubmissionRow | undefined> {
  const [row] = await db.insert(submissions).values(values).onConflictDoNothing().returning();
  return row;
}
