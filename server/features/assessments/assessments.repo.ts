// SQL for assessments and their answers. Every query is scoped by organisation.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { preparedPer } from '../../db/prepared.ts';
import { assessmentAnswers, assessments, users } from '../../db/schema.ts';

type Q = Db | Tx;
const answerColumns = { answer: assessmentAnswers, updatedByLogin: users.loginId };
export type AssessmentRow = typeof assessments.$inferSelect;
export type AnswerRow = typeof assessmentAnswers.$inferSelect & { updatedByLogin: string | null };

export async function insertAssessment(db: Q, values: typeof assessments.$inferInsert): Promise<AssessmentRow> {
  const [row] = await db.insert(assessments).values(values).onConflictDoNothing().returning();
  if (!row) throw Object.assign(new Error('duplicate assessment'), { duplicate: true });
  return row;
}

const byId = preparedPer((db) => ({
  assessment: db
    .select()
    .from(assessments)
    .where(and(eq(assessments.organizationId, sql.placeholder('orgId')), eq(assessments.id, sql.placeholder('id'))))
    .prepare('mamori_assessment'),
  answers: db
    .select(answerColumns)
    .from(assessmentAnswers)
    .leftJoin(users, eq(users.id, assessmentAnswers.updatedBy))
    .where(and(eq(assessmentAnswers.organizationId, sql.placeholder('orgId')), eq(assessmentAnswers.assessmentId, sql.placeholder('id'))))
    .prepare('mamori_assessment_answers'),
}));

export async function findAssessment(db: Q, organizationId: string, id: string): Promise<AssessmentRow | undefined> {
  const [row] = await byId(db).assessment.execute({ orgId: organizationId, id });
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

export async function answersOf(db: Q, organizationId: string, assessmentIds: string[]): Promise<AnswerRow[]> {
  if (assessmentIds.length === 0) return [];
  const [one, ...more] = assessmentIds;
  const rows =
    one !== undefined && more.length === 0
      ? await byId(db).answers.execute({ orgId: organizationId, id: one })
      : await answersOfMany(db, organizationId, assessmentIds);
  return rows.map((r) => ({ ...r.answer, updatedByLogin: r.updatedByLogin }));
}

const answersOfMany = (db: Q, organizationId: string, assessmentIds: string[]) =>
  db
    .select(answerColumns)
    .from(assessmentAnswers)
    .leftJoin(users, eq(users.id, assessmentAnswers.updatedBy))
    .where(and(eq(assessmentAnswers.organizationId, organizationId), inArray(assessmentAnswers.assessmentId, assessmentIds)));

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
