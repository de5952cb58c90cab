// SQL for evidence files attached to answers. Deleted evidence files are not listed.
import { and, asc, eq, inArray, isNull, type Placeholder, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { preparedPer } from '../../db/prepared.ts';
import { answerEvidence, evidenceFiles, users } from '../../db/schema.ts';

type Q = Db | Tx;

export interface EvidenceLinkRow {
  assessmentId: string;
  itemId: string;
  evidenceId: string;
  fileName: string;
  contentType: string;
  size: number;
  attachedAt: Date;
  /** the login ID of whoever attached it (null when the account is gone) */
  attachedBy: string | null;
}

const linkColumns = {
  assessmentId: answerEvidence.assessmentId,
  itemId: answerEvidence.itemId,
  evidenceId: answerEvidence.evidenceId,
  fileName: evidenceFiles.fileName,
  contentType: evidenceFiles.contentType,
  size: evidenceFiles.size,
  attachedAt: answerEvidence.attachedAt,
  attachedBy: users.loginId,
};

/** The links of the assessments `assessments` selects (one id as a placeholder, or a list of ids). */
const linksWhere = (q: Q, organizationId: string | Placeholder, assessments: SQL) =>
  q
    .select(linkColumns)
    .from(answerEvidence)
    .innerJoin(
      evidenceFiles,
      and(eq(evidenceFiles.organizationId, answerEvidence.organizationId), eq(evidenceFiles.id, answerEvidence.evidenceId)),
    )
    .leftJoin(users, eq(users.id, answerEvidence.attachedBy))
    .where(and(eq(answerEvidence.organizationId, organizationId), assessments, isNull(evidenceFiles.deletedAt)))
    .orderBy(asc(answerEvidence.attachedAt), asc(evidenceFiles.fileName));

const linksOfOne = preparedPer((q) =>
  linksWhere(q, sql.placeholder('orgId'), eq(answerEvidence.assessmentId, sql.placeholder('id'))).prepare('mamori_answer_evidence'),
);

export async function linksOf(db: Q, organizationId: string, assessmentIds: string[]): Promise<EvidenceLinkRow[]> {
  if (assessmentIds.length === 0) return [];
  const [one, ...more] = assessmentIds;
  if (one !== undefined && more.length === 0) return linksOfOne(db).execute({ orgId: organizationId, id: one });
  return linksWhere(db, organizationId, inArray(answerEvidence.assessmentId, assessmentIds));
}

/** true when newly attached (attaching twice changes nothing). */
export async function attach(db: Q, values: typeof answerEvidence.$inferInsert): Promise<boolean> {
  const rows = await db.insert(answerEvidence).values(values).onConflictDoNothing().returning({ id: answerEvidence.evidenceId });
  return rows.length > 0;
}

/** true when a link was removed (only one attached by `attachedBy` when given). */
export async function detach(
  db: Q,
  organizationId: string,
  assessmentId: string,
  itemId: string,
  evidenceId: string,
  attachedBy?: string,
): Promise<boolean> {
  const rows = await db
    .delete(answerEvidence)
    .where(
      and(
        eq(answerEvidence.organizationId, organizationId),
        eq(answerEvidence.assessmentId, assessmentId),
        eq(answerEvidence.itemId, itemId),
        eq(answerEvidence.evidenceId, evidenceId),
        attachedBy ? eq(answerEvidence.attachedBy, attachedBy) : undefined,
      ),
    )
    .returning({ id: answerEvidence.evidenceId });
  return rows.length > 0;
}
