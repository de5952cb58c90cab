// SQL of BCP の訓練・演習: an organisation's exercises (newest first), one (locked to change it),
// their improvement actions, and the writes (a change only of the version read: no row when it moved
// on). Every query is scoped by organisation.
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { bcpExerciseActions, bcpExercises } from '../../db/schema.ts';

type Q = Db | Tx;
export type ExerciseRow = typeof bcpExercises.$inferSelect;
export type ExerciseActionRow = typeof bcpExerciseActions.$inferSelect;
export type ExerciseWrite = Omit<
  typeof bcpExercises.$inferInsert,
  'organizationId' | 'id' | 'createdAt' | 'updatedAt' | 'updatedBy' | 'version'
>;
export type ExerciseActionWrite = Pick<typeof bcpExerciseActions.$inferInsert, 'what' | 'owner' | 'dueOn' | 'doneOn'>;

export async function exercisesOf(db: Q, organizationId: string): Promise<ExerciseRow[]> {
  return db
    .select()
    .from(bcpExercises)
    .where(eq(bcpExercises.organizationId, organizationId))
    .orderBy(desc(bcpExercises.heldOn), desc(bcpExercises.createdAt), asc(bcpExercises.id));
}

export async function findExercise(db: Q, organizationId: string, id: string, forUpdate = false) {
  const q = db
    .select()
    .from(bcpExercises)
    .where(and(eq(bcpExercises.organizationId, organizationId), eq(bcpExercises.id, id)));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

/** Every action of the organisation (or of one exercise), by due date. */
export async function exerciseActionsOf(db: Q, organizationId: string, exerciseId?: string): Promise<ExerciseActionRow[]> {
  return db
    .select()
    .from(bcpExerciseActions)
    .where(
      and(eq(bcpExerciseActions.organizationId, organizationId), exerciseId ? eq(bcpExerciseActions.exerciseId, exerciseId) : undefined),
    )
    .orderBy(asc(bcpExerciseActions.dueOn), asc(bcpExerciseActions.createdAt), asc(bcpExerciseActions.id));
}

export async function findExerciseAction(db: Q, organizationId: string, exerciseId: string, id: string) {
  const [row] = await db
    .select()
    .from(bcpExerciseActions)
    .where(
      and(
        eq(bcpExerciseActions.organizationId, organizationId),
        eq(bcpExerciseActions.exerciseId, exerciseId),
        eq(bcpExerciseActions.id, id),
      ),
    );
  return row;
}

export async function insertExercise(db: Q, organizationId: string, values: ExerciseWrite, userId: string | null, now: Date) {
  const [row] = await db
    .insert(bcpExercises)
    .values({ ...values, organizationId, updatedBy: userId, createdAt: now, updatedAt: now })
    .returning();
  if (!row) throw new Error('insert bcp_exercises returned nothing');
  return row;
}

/** The change, only if the row is still at `version`; undefined when someone changed it first. */
export async function updateExercise(
  db: Q,
  organizationId: string,
  id: string,
  version: number,
  values: ExerciseWrite,
  userId: string | null,
  now: Date,
): Promise<ExerciseRow | undefined> {
  const [row] = await db
    .update(bcpExercises)
    .set({ ...values, updatedBy: userId, updatedAt: now, version: sql`${bcpExercises.version} + 1` })
    .where(and(eq(bcpExercises.organizationId, organizationId), eq(bcpExercises.id, id), eq(bcpExercises.version, version)))
    .returning();
  return row;
}

export async function insertExerciseAction(
  db: Q,
  organizationId: string,
  exerciseId: string,
  values: ExerciseActionWrite,
  userId: string | null,
  now: Date,
) {
  const [row] = await db
    .insert(bcpExerciseActions)
    .values({ ...values, organizationId, exerciseId, updatedBy: userId, createdAt: now, updatedAt: now })
    .returning();
  if (!row) throw new Error('insert bcp_exercise_actions returned nothing');
  return row;
}

/** The action's change, only if it is still at `version`; undefined when someone changed it first. */
export async function updateExerciseAction(
  db: Q,
  organizationId: string,
  exerciseId: string,
  id: string,
  version: number,
  values: ExerciseActionWrite,
  userId: string | null,
  now: Date,
): Promise<ExerciseActionRow | undefined> {
  const [row] = await db
    .update(bcpExerciseActions)
    .set({ ...values, updatedBy: userId, updatedAt: now, version: sql`${bcpExerciseActions.version} + 1` })
    .where(
      and(
        eq(bcpExerciseActions.organizationId, organizationId),
        eq(bcpExerciseActions.exerciseId, exerciseId),
        eq(bcpExerciseActions.id, id),
        eq(bcpExerciseActions.version, version),
      ),
    )
    .returning();
  return row;
}
