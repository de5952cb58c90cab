// SQL of 事前送付 (submissions): an organisation's submissions (newest first), one by id as the
// institution or as an office that sees it (the one it was sent to, or the 都道府県 over that 保健所's
// institution), the latest of a year per institution for an office,
// and a new one (numbered per organisation and year; the database refuses any change afterwards).
import { and, desc, eq, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { jurisdictions, submissions } from '../../db/schema.ts';

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

/**
 * Whether an office sees a submission: it was sent to this office; or this office is the 都道府県 that
 * oversees the institution, and it was sent to an office that still oversees it (its 保健所).
 */
const seenByOffice = (officeId: string) =>
  or(
    eq(submissions.oversightOrgId, officeId),
    sql`exists (select 1 from jurisdictions p join jurisdictions h on h.institution_org_id = p.institution_org_id
      where p.oversight_org_id = ${officeId} and p.oversight_kind = 'prefecture'
        and p.institution_org_id = ${submissions.organizationId} and h.oversight_org_id = ${submissions.oversightOrgId})`,
  );

/** A submission of the institution, or one the office sees (`as`: which side asks). */
export async function findSubmission(db: Q, orgId: string, id: string, as: 'institution' | 'office'): Promise<SubmissionRow | undefined> {
  const [row] = await db
    .select()
    .from(submissions)
    .where(and(eq(submissions.id, id), as === 'institution' ? eq(submissions.organizationId, orgId) : seenByOffice(orgId)));
  return row;
}

/** The latest submission of a fiscal year of each institution in the office's jurisdiction that it sees. */
export async function latestSentTo(db: Q, officeId: string, fiscalYear: number): Promise<SubmissionSummaryRow[]> {
  return db
    .selectDistinctOn([submissions.organizationId], summaryColumns)
    .from(submissions)
    .innerJoin(
      jurisdictions,
      and(eq(jurisdictions.institutionOrgId, submissions.organizationId), eq(jurisdictions.oversightOrgId, officeId)),
    )
    .where(
      and(
        eq(submissions.fiscalYear, fiscalYear),
        or(
          eq(submissions.oversightOrgId, officeId),
          and(
            eq(jurisdictions.oversightKind, 'prefecture'),
            sql`exists (select 1 from jurisdictions h where h.institution_org_id = ${submissions.organizationId} and h.oversight_org_id = ${submissions.oversightOrgId})`,
          ),
        ),
      ),
    )
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
