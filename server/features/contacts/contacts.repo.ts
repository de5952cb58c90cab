// SQL for the 連絡体制図: the chart row (last confirmed) and its entries in call order.
import { and, asc, eq, max } from 'drizzle-orm';
import type { ContactSide } from '../../../domain/contacts/chart.ts';
import type { Db, Tx } from '../../db/client.ts';
import { contactCharts, contactEntries, users } from '../../db/schema.ts';

type Q = Db | Tx;
export type ContactRow = typeof contactEntries.$inferSelect;
export type ChartRow = typeof contactCharts.$inferSelect & { confirmedByLogin: string | null };

export async function findChart(db: Q, organizationId: string): Promise<ChartRow | undefined> {
  const [row] = await db
    .select({ chart: contactCharts, confirmedByLogin: users.loginId })
    .from(contactCharts)
    .leftJoin(users, eq(users.id, contactCharts.confirmedBy))
    .where(eq(contactCharts.organizationId, organizationId));
  return row ? { ...row.chart, confirmedByLogin: row.confirmedByLogin } : undefined;
}

export async function upsertChart(db: Q, values: typeof contactCharts.$inferInsert): Promise<void> {
  await db
    .insert(contactCharts)
    .values(values)
    .onConflictDoUpdate({
      target: contactCharts.organizationId,
      set: { confirmedOn: values.confirmedOn, confirmedBy: values.confirmedBy, updatedAt: values.updatedAt },
    });
}

/** Sets (or clears) the paper chart's confirmation and scan, creating the chart row if needed. */
export async function setPaperChart(
  db: Q,
  organizationId: string,
  values: { paperConfirmedOn: string | null; paperEvidenceId: string | null },
  now: Date,
): Promise<void> {
  await db
    .insert(contactCharts)
    .values({ organizationId, ...values, updatedAt: now })
    .onConflictDoUpdate({ target: contactCharts.organizationId, set: { ...values, updatedAt: now } });
}

/** Touches the chart's updated_at (creating the row) without changing its confirmation. */
export async function touchChart(db: Q, organizationId: string, now: Date): Promise<void> {
  await db
    .insert(contactCharts)
    .values({ organizationId, updatedAt: now })
    .onConflictDoUpdate({ target: contactCharts.organizationId, set: { updatedAt: now } });
}

export async function listEntries(db: Q, organizationId: string): Promise<ContactRow[]> {
  return db
    .select()
    .from(contactEntries)
    .where(eq(contactEntries.organizationId, organizationId))
    .orderBy(asc(contactEntries.side), asc(contactEntries.position), asc(contactEntries.createdAt));
}

/**
 * Holds the organisation's entries for the transaction: FOR SHARE (none is deleted under a writer
 * that refers to them), or FOR UPDATE (before changing several of them).
 */
export async function holdEntries(db: Q, organizationId: string, mode: 'share' | 'update' = 'share'): Promise<void> {
  // in one order (by id), so that two transactions locking them never wait on each other crosswise
  await db
    .select({ id: contactEntries.id })
    .from(contactEntries)
    .where(eq(contactEntries.organizationId, organizationId))
    .orderBy(asc(contactEntries.id))
    .for(mode);
}

export async function findEntry(db: Q, organizationId: string, id: string): Promise<ContactRow | undefined> {
  const [row] = await db
    .select()
    .from(contactEntries)
    .where(and(eq(contactEntries.organizationId, organizationId), eq(contactEntries.id, id)));
  return row;
}

export async function nextPosition(db: Q, organizationId: string, side: ContactSide): Promise<number> {
  const [row] = await db
    .select({ last: max(contactEntries.position) })
    .from(contactEntries)
    .where(and(eq(contactEntries.organizationId, organizationId), eq(contactEntries.side, side)));
  return (row?.last ?? 0) + 1;
}

export async function insertEntry(db: Q, values: typeof contactEntries.$inferInsert): Promise<ContactRow> {
  const [row] = await db.insert(contactEntries).values(values).returning();
  if (!row) throw new Error('insert contact_entries returned nothing');
  return row;
}

export async function updateEntry(
  db: Q,
  organizationId: string,
  id: string,
  values: Partial<typeof contactEntries.$inferInsert>,
): Promise<ContactRow> {
  const [row] = await db
    .update(contactEntries)
    .set(values)
    .where(and(eq(contactEntries.organizationId, organizationId), eq(contactEntries.id, id)))
    .returning();
  if (!row) throw new Error('update contact_entries returned nothing');
  return row;
}

export async function deleteEntry(db: Q, organizationId: string, id: string): Promise<void> {
  await db.delete(contactEntries).where(and(eq(contactEntries.organizationId, organizationId), eq(contactEntries.id, id)));
}
