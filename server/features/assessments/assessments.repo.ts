// SQL for assessments and their answers. Every query is scoped by organisation.
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { assessmentAnswers, assessments, users } from '../../db/schema.ts';

type Q = Db | Tx;
export type AssessmentRow = typeof assessments.$inferSelect;
export type AnswerRow = typeof assessmentAnswers.$inferSelect & { updatedByLogin: string | null };

export async function insertAssessment(db: Q, values: typeof assessments.$inferInsert): Promise<AssessmentRow> {
  const [row] = await db.insert(assessments).values(values).onConflictDoNothing().returning();
  if (!row) throw Object.assign(new Error('duplicate assessment'), { duplicate: true });
  return row;
}

export async function findAssessment(db: Q, organizationId: string, id: string): Promise<AssessmentRow | undefined> {
  const [row] = await db
    .select()
    .from(assessments)
    .where(and(eq(assessments.organizationId, organizationId), eq(assessments.id, id)));
  return row;
}

export async function listAssessmentsOfOrg(db: Q, organizationId: string): Promise<AssessmentRow[]> {
  return db
    .select()
    .from(assessments)
    .where(eq(assessments.organizationId, organizationId))
    .orderBy(desc(assessments.fiscalYear), asc(assessments.form), asc(assessments.vendorName), asc(assessments.systemName));
}

export async function updateAssessmentRow(db: Q, organizationId: string, id: string, values: Partial<typeof assessments.$inferInsert>) {
  const [row] = await db
    .update(assessments)
    .set(values)
    .where(and(eq(assessments.organizationId, organizationId), eq(assessments.id, id)))
    .returning();
  if (!row) throw new Error('update assessments returned nothing');
  return row;
}

const answerColumns = { answer: assessmentAnswers, updatedByLogin: users.loginId };

export async function answersOf(db: Q, organizationId: string, assessmentIds: string[]): Promise<AnswerRow[]> {
  if (assessmentIds.length === 0) return [];
  const rows = await db
    .select(answerColumns)
    .from(assessmentAnswers)
    .leftJoin(users, eq(users.id, assessmentAnswers.updatedBy))
    .where(and(eq(assessmentAnswers.organizationId, organizationId), inArray(assessmentAnswers.assessmentId, assessmentIds)));
  return rows.map((r) => ({ ...r.answer, updatedByLogin: r.updatedByLogin }));
}

/** The answer of one item, locked for the rest of the transaction (the version check relies on it). */
export async function findAnswerForUpdate(
  db: Q,
  organizationId: string,
  assessmentId: string,
  itemId: string,
): Promise<AnswerRow | undefined> {
  const [row] = await db
    .select(answerColumns)
    .from(assessmentAnswers)
    .leftJoin(users, eq(users.id, assessmentAnswers.updatedBy))
    .where(
      and(
        eq(assessmentAnswers.organizationId, organizationId),
        eq(assessmentAnswers.assessmentId, assessmentId),
        eq(assessmentAnswers.itemId, itemId),
      ),
    )
    .for('update', { of: assessmentAnswers });
  return row ? { ...row.answer, updatedByLogin: row.updatedByLogin } : undefined;
}

export async function upsertAnswer(db: Q, values: typeof assessmentAnswers.$inferInsert): Promise<void> {
  const { organizationId: _org, assessmentId: _assessment, itemId: _item, ...rest } = values;
  await db
    .insert(assessmentAnswers)
    .values(values)
    .onConflictDoUpdate({
      target: [assessmentAnswers.organizationId, assessmentAnswers.assessmentId, assessmentAnswers.itemId],
      set: rest,
    });
}
