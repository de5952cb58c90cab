// SQL for moving assessments onto a newer text: the assessments of some fiscal years (across
// organisations: only a system administrator's catalog change reaches here) and the renaming of an
// assessment's answers and evidence links from old item ids to new ones.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { answerEvidence, assessmentAnswers, assessments } from '../../db/schema.ts';
import type { AssessmentRow } from './assessments.repo.ts';

export async function assessmentsOfYears(tx: Tx, years: number[]): Promise<AssessmentRow[]> {
  if (years.length === 0) return [];
  return tx
    .select()
    .from(assessments)
    .where(inArray(assessments.fiscalYear, years))
    .orderBy(assessments.organizationId, assessments.id)
    .for('update');
}

/**
 * Renames item ids of one assessment's answers and evidence links. Two steps through a temporary
 * id, so that one item may take the id another leaves (a primary key is checked row by row).
 */
export async function renameAnswerItems(
  tx: Tx,
  organizationId: string,
  assessmentId: string,
  renames: { from: string; to: string }[],
): Promise<void> {
  if (renames.length === 0) return;
  for (const table of [assessmentAnswers, answerEvidence]) {
    const scope = and(eq(table.organizationId, organizationId), eq(table.assessmentId, assessmentId));
    for (const step of [
      renames.map((r) => ({ from: r.from, to: `moving|${r.from}` })),
      renames.map((r) => ({ from: `moving|${r.from}`, to: r.to })),
    ]) {
      await tx
        .update(table)
        .set({
          itemId: sql`(select m.t from unnest(${sql.param(step.map((r) => r.from))}::text[], ${sql.param(step.map((r) => r.to))}::text[]) as m(f, t) where m.f = ${table.itemId})`,
        })
        .where(
          and(
            scope,
            inArray(
              table.itemId,
              step.map((r) => r.from),
            ),
          ),
        );
    }
  }
}
