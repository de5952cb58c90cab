// SQL for evidence files attached to answers. Deleted evidence files are not listed.
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { answerEvidence, evidenceFiles } from '../../db/schema.ts';

type Q = Db | Tx;

export interface EvidenceLinkRow {
  assessmentId: string;
  itemId: string;
  evidenceId: string;
  fileName: string;
  contentType: string;
  size: number;
  attachedAt: Date;
}

export async function linksOf(db: Q, organizationId: string, assessmentIds: string[]): Promise<EvidenceLinkRow[]> {
  if (assessmentIds.length === 0) return [];
  return db
    .select({
      assessmentId: answerEvidence.assessmentId,
      itemId: answerEvidence.itemId,
      evidenceId: answerEvidence.evidenceId,
      fileName: evidenceFiles.fileName,
      contentType: evidenceFiles.contentType,
      size: evidenceFiles.size,
      attachedAt: answerEvidence.attachedAt,
    })
    .from(answerEvidence)
    .innerJoin(
      evidenceFiles,
      and(eq(evidenceFiles.organizationId, answerEvidence.organizationId), eq(evidenceFiles.id, answerEvidence.evidenceId)),
    )
    .where(
      and(
        eq(answerEvidence.organizationId, organizationId),
        inArray(answerEvidence.assessmentId, assessmentIds),
        isNull(evidenceFiles.deletedAt),
      ),
    )
    .orderBy(asc(answerEvidence.attachedAt), asc(evidenceFiles.fileName));
}

/** true when newly attached (attaching twice changes nothing). */
export async function attach(db: Q, values: typeof answerEvidence.$inferInsert): Promise<boolean> {
  const rows = await db.insert(answerEvidence).values(values).onConflictDoNothing().returning({ id: answerEvidence.evidenceId });
  return rows.length > 0;
}

/** true when a link was removed. */
export async function detach(db: Q, organizationId: string, assessmentId: string, itemId: string, evidenceId: string): Promise<boolean> {
  const rows = await db
    .delete(answerEvidence)
    .where(
      and(
        eq(answerEvidence.organizationId, organizationId),
        eq(answerEvidence.assessmentId, assessmentId),
        eq(answerEvidence.itemId, itemId),
        eq(answerEvidence.evidenceId, evidenceId),
      ),
    )
    .returning({ id: answerEvidence.evidenceId });
  return rows.length > 0;
}
