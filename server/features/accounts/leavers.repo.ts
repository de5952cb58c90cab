// SQL of the leavers list (退職者一覧): an organisation's leavers, and the rows an import writes.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Leaver } from '../../../domain/accounts/leavers.ts';
import type { Db, Tx } from '../../db/client.ts';
import { leavers } from '../../db/schema.ts';

type Q = Db | Tx;
export type LeaverRow = typeof leavers.$inferSelect;
export type LeaverWrite = Pick<LeaverRow, 'leaverKey' | 'name' | 'nameKey' | 'employeeId' | 'leftOn' | 'department'>;

/** A stored leaver as the matcher reads one (its row: its place in the list). */
export const asLeaver = (l: LeaverRow, i: number): Leaver => ({
  row: i + 1,
  name: l.name,
  nameKey: l.nameKey,
  employeeId: l.employeeId,
  leftOn: l.leftOn,
  department: l.department,
});

export async function leaversOf(db: Q, organizationId: string): Promise<LeaverRow[]> {
  return db.select().from(leavers).where(eq(leavers.organizationId, organizationId)).orderBy(asc(leavers.leftOn), asc(leavers.name));
}

export async function insertLeavers(db: Q, organizationId: string, rows: LeaverWrite[], userId: string | null, now: Date) {
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insert(leavers)
      .values(rows.slice(i, i + 500).map((r) => ({ ...r, organizationId, updatedBy: userId, createdAt: now, updatedAt: now })));
  }
}

export async function updateLeaver(
  db: Q,
  organizationId: string,
  id: string,
  values: Partial<LeaverWrite>,
  userId: string | null,
  now: Date,
) {
  await db
    .update(leavers)
    .set({ ...values, version: sql`${leavers.version} + 1`, updatedBy: userId, updatedAt: now })
    .where(and(eq(leavers.organizationId, organizationId), eq(leavers.id, id)));
}

/** The leavers' rows of the organisation locked, so that two imports are written one after the other. */
export async function lockLeavers(tx: Tx, organizationId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('leavers'), hashtext(${organizationId}))`);
}
