// SQL of the BCP 確認表: an organisation's sheets (one per fiscal year), a sheet's answers, the writes
// (the sheet and an answer change only at the version read: no row when it moved on; a first answer is
// an insert that loses to one made meanwhile), and the installation's corrections of the wording.
import { and, asc, desc, eq, lt, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { bcpCheckTexts, bcpSheetAnswers, bcpSheets } from '../../db/schema.ts';

type Q = Db | Tx;
export type SheetRow = typeof bcpSheets.$inferSelect;
export type SheetAnswerRow = typeof bcpSheetAnswers.$inferSelect;
export type CheckTextRow = typeof bcpCheckTexts.$inferSelect;
export type SheetPlanWrite = Pick<typeof bcpSheets.$inferInsert, 'planOn' | 'planEvidenceId' | 'planNote'>;
export type SheetAnswerWrite = Pick<typeof bcpSheetAnswers.$inferInsert, 'value' | 'note' | 'evidenceId' | 'suggestion'>;

export async function sheetYears(db: Q, organizationId: string): Promise<number[]> {
  const rows = await db
    .select({ year: bcpSheets.fiscalYear })
    .from(bcpSheets)
    .where(eq(bcpSheets.organizationId, organizationId))
    .orderBy(desc(bcpSheets.fiscalYear));
  return rows.map((r) => r.year);
}

export async function findSheet(db: Q, organizationId: string, fiscalYear: number, forUpdate = false) {
  const q = db
    .select()
    .from(bcpSheets)
    .where(and(eq(bcpSheets.organizationId, organizationId), eq(bcpSheets.fiscalYear, fiscalYear)));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

/** The latest sheet before a fiscal year (what a new sheet carries forward), or the latest of all. */
export async function latestSheet(db: Q, organizationId: string, before?: number) {
  const [row] = await db
    .select()
    .from(bcpSheets)
    .where(and(eq(bcpSheets.organizationId, organizationId), before === undefined ? undefined : lt(bcpSheets.fiscalYear, before)))
    .orderBy(desc(bcpSheets.fiscalYear))
    .limit(1);
  return row;
}

/** A new sheet; undefined when one for the year was made meanwhile. */
export async function insertSheet(
  db: Q,
  organizationId: string,
  fiscalYear: number,
  carriedFrom: number | null,
  plan: SheetPlanWrite,
  userId: string | null,
  now: Date,
): Promise<SheetRow | undefined> {
  const [row] = await db
    .insert(bcpSheets)
    .values({ ...plan, organizationId, fiscalYear, carriedFrom, updatedBy: userId, createdAt: now, updatedAt: now })
    .onConflictDoNothing()
    .returning();
  return row;
}

export async function updateSheetPlan(
  db: Q,
  organizationId: string,
  id: string,
  version: number,
  plan: SheetPlanWrite,
  userId: string | null,
  now: Date,
): Promise<SheetRow | undefined> {
  const [row] = await db
    .update(bcpSheets)
    .set({ ...plan, updatedBy: userId, updatedAt: now, version: sql`${bcpSheets.version} + 1` })
    .where(and(eq(bcpSheets.organizationId, organizationId), eq(bcpSheets.id, id), eq(bcpSheets.version, version)))
    .returning();
  return row;
}

export async function sheetAnswers(db: Q, organizationId: string, sheetId: string): Promise<SheetAnswerRow[]> {
  return db
    .select()
    .from(bcpSheetAnswers)
    .where(and(eq(bcpSheetAnswers.organizationId, organizationId), eq(bcpSheetAnswers.sheetId, sheetId)))
    .orderBy(asc(bcpSheetAnswers.checkKey));
}

/** Copies of last year's answers, marked carried (kept until someone answers them this year). */
export async function insertCarriedAnswers(db: Q, organizationId: string, sheetId: string, from: SheetAnswerRow[], now: Date) {
  if (from.length === 0) return;
  await db.insert(bcpSheetAnswers).values(
    from.map((a) => ({
      organizationId,
      sheetId,
      checkKey: a.checkKey,
      value: a.value,
      note: a.note,
      evidenceId: a.evidenceId,
      suggestion: a.suggestion,
      carried: true,
      updatedBy: a.updatedBy,
      updatedAt: now,
    })),
  );
}

/**
 * The answer, only if it is still at `version` (0: not answered yet, and nobody answered it
 * meanwhile); undefined when someone else saved first.
 */
export async function saveSheetAnswer(
  db: Q,
  organizationId: string,
  sheetId: string,
  checkKey: string,
  version: number,
  values: SheetAnswerWrite,
  userId: string | null,
  now: Date,
): Promise<SheetAnswerRow | undefined> {
  const set = { ...values, carried: false, updatedBy: userId, updatedAt: now };
  if (version === 0) {
    const [row] = await db
      .insert(bcpSheetAnswers)
      .values({ ...set, organizationId, sheetId, checkKey })
      .onConflictDoNothing()
      .returning();
    return row;
  }
  const [row] = await db
    .update(bcpSheetAnswers)
    .set({ ...set, version: sql`${bcpSheetAnswers.version} + 1` })
    .where(
      and(
        eq(bcpSheetAnswers.organizationId, organizationId),
        eq(bcpSheetAnswers.sheetId, sheetId),
        eq(bcpSheetAnswers.checkKey, checkKey),
        eq(bcpSheetAnswers.version, version),
      ),
    )
    .returning();
  return row;
}

/** The answer, locked until the transaction ends (what a change overwrites, for the audit trail). */
export async function findSheetAnswer(db: Q, organizationId: string, sheetId: string, checkKey: string) {
  const [row] = await db
    .select()
    .from(bcpSheetAnswers)
    .where(
      and(eq(bcpSheetAnswers.organizationId, organizationId), eq(bcpSheetAnswers.sheetId, sheetId), eq(bcpSheetAnswers.checkKey, checkKey)),
    );
  return row;
}

export async function findCheckText(db: Q, key: string): Promise<CheckTextRow | undefined> {
  const [row] = await db.select().from(bcpCheckTexts).where(eq(bcpCheckTexts.key, key));
  return row;
}

export async function checkTexts(db: Q): Promise<CheckTextRow[]> {
  return db.select().from(bcpCheckTexts).orderBy(asc(bcpCheckTexts.key));
}

/** A correction of the wording, only at the version read (0: none yet); undefined when it moved on. */
export async function saveCheckText(
  db: Q,
  key: string,
  version: number,
  values: { text: string; source: string },
  userId: string | null,
  now: Date,
): Promise<CheckTextRow | undefined> {
  if (version === 0) {
    const [row] = await db
      .insert(bcpCheckTexts)
      .values({ key, ...values, updatedBy: userId, updatedAt: now })
      .onConflictDoNothing()
      .returning();
    return row;
  }
  const [row] = await db
    .update(bcpCheckTexts)
    .set({ ...values, updatedBy: userId, updatedAt: now, version: sql`${bcpCheckTexts.version} + 1` })
    .where(and(eq(bcpCheckTexts.key, key), eq(bcpCheckTexts.version, version)))
    .returning();
  return row;
}
