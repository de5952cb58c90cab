// SQL of the バックアップ台帳: an organisation's systems' backups (in restore order), one (locked to
// change it), the restore tests newest first, and the writes (a change only of the version read:
// no row when it moved on). Every query is scoped by organisation.
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { backupPlans, restoreTests } from '../../db/schema.ts';

type Q = Db | Tx;
export type BackupPlanRow = typeof backupPlans.$inferSelect;
export type RestoreTestRow = typeof restoreTests.$inferSelect;
export type BackupPlanWrite = Omit<
  typeof backupPlans.$inferInsert,
  'organizationId' | 'id' | 'createdAt' | 'updatedAt' | 'updatedBy' | 'version'
>;

/** The plans in restore order (those without an order last), then by system name. */
export async function backupPlansOf(db: Q, organizationId: string): Promise<BackupPlanRow[]> {
  return db
    .select()
    .from(backupPlans)
    .where(eq(backupPlans.organizationId, organizationId))
    .orderBy(sql`${backupPlans.restoreOrder} asc nulls last`, asc(backupPlans.systemName), asc(backupPlans.id));
}

export async function findBackupPlan(db: Q, organizationId: string, id: string, forUpdate = false) {
  const q = db
    .select()
    .from(backupPlans)
    .where(and(eq(backupPlans.organizationId, organizationId), eq(backupPlans.id, id)));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

/** Every restore test of the organisation (or of one plan), newest first. */
export async function restoreTestsOf(db: Q, organizationId: string, planId?: string): Promise<RestoreTestRow[]> {
  return db
    .select()
    .from(restoreTests)
    .where(and(eq(restoreTests.organizationId, organizationId), planId ? eq(restoreTests.planId, planId) : undefined))
    .orderBy(desc(restoreTests.testedOn), desc(restoreTests.createdAt));
}

export async function insertBackupPlan(db: Q, organizationId: string, values: BackupPlanWrite, userId: string | null, now: Date) {
  const [row] = await db
    .insert(backupPlans)
    .values({ ...values, organizationId, updatedBy: userId, createdAt: now, updatedAt: now })
    .returning();
  if (!row) throw new Error('insert backup_plans returned nothing');
  return row;
}

/** The change, only if the row is still at `version`; undefined when someone changed it first. */
export async function updateBackupPlan(
  db: Q,
  organizationId: string,
  id: string,
  version: number,
  values: BackupPlanWrite,
  userId: string | null,
  now: Date,
): Promise<BackupPlanRow | undefined> {
  const [row] = await db
    .update(backupPlans)
    .set({ ...values, updatedBy: userId, updatedAt: now, version: sql`${backupPlans.version} + 1` })
    .where(and(eq(backupPlans.organizationId, organizationId), eq(backupPlans.id, id), eq(backupPlans.version, version)))
    .returning();
  return row;
}

export async function insertRestoreTest(db: Q, values: typeof restoreTests.$inferInsert): Promise<RestoreTestRow> {
  const [row] = await db.insert(restoreTests).values(values).returning();
  if (!row) throw new Error('insert restore_tests returned nothing');
  return row;
}
