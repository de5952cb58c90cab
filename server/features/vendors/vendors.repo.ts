// SQL for the 事業者 ledger. Every query is scoped by organisation.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { connectionPoints, contactEntries, devices, vendorSystems, vendors } from '../../db/schema.ts';

type Q = Db | Tx;
export type VendorRow = typeof vendors.$inferSelect;
export type SystemRow = typeof vendorSystems.$inferSelect;
type Managed = 'organizationId' | 'id' | 'createdAt' | 'updatedAt' | 'updatedBy' | 'version';
export type VendorWrite = Omit<typeof vendors.$inferInsert, Managed>;
export type SystemWrite = Omit<typeof vendorSystems.$inferInsert, Managed | 'vendorId'>;

export async function listVendors(db: Q, organizationId: string): Promise<VendorRow[]> {
  return db.select().from(vendors).where(eq(vendors.organizationId, organizationId)).orderBy(asc(vendors.status), asc(vendors.nameKey));
}

export async function listSystems(db: Q, organizationId: string, vendorId?: string): Promise<SystemRow[]> {
  const where = vendorId
    ? and(eq(vendorSystems.organizationId, organizationId), eq(vendorSystems.vendorId, vendorId))
    : eq(vendorSystems.organizationId, organizationId);
  return db.select().from(vendorSystems).where(where).orderBy(asc(vendorSystems.status), asc(vendorSystems.kind), asc(vendorSystems.name));
}

export async function findVendor(db: Q, organizationId: string, id: string, forUpdate = false): Promise<VendorRow | undefined> {
  const q = db
    .select()
    .from(vendors)
    .where(and(eq(vendors.organizationId, organizationId), eq(vendors.id, id)));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

export async function findVendorByKey(db: Q, organizationId: string, nameKey: string): Promise<VendorRow | undefined> {
  const [row] = await db
    .select()
    .from(vendors)
    .where(and(eq(vendors.organizationId, organizationId), eq(vendors.nameKey, nameKey)));
  return row;
}

export async function findSystem(db: Q, organizationId: string, vendorId: string, id: string, forUpdate = false) {
  const q = db
    .select()
    .from(vendorSystems)
    .where(and(eq(vendorSystems.organizationId, organizationId), eq(vendorSystems.vendorId, vendorId), eq(vendorSystems.id, id)));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

/** The vendor, or undefined when another of the organisation's vendors already has its folded name. */
export async function insertVendor(db: Q, organizationId: string, values: VendorWrite, userId: string | null, now: Date) {
  const [row] = await db
    .insert(vendors)
    .values({ ...values, organizationId, updatedBy: userId, createdAt: now, updatedAt: now })
    .onConflictDoNothing({ target: [vendors.organizationId, vendors.nameKey] })
    .returning();
  return row;
}

export async function updateVendor(db: Q, organizationId: string, id: string, values: VendorWrite, userId: string | null, now: Date) {
  const [row] = await db
    .update(vendors)
    .set({ ...values, updatedBy: userId, updatedAt: now, version: sql`${vendors.version} + 1` })
    .where(and(eq(vendors.organizationId, organizationId), eq(vendors.id, id)))
    .returning();
  if (!row) throw new Error('update vendors returned nothing');
  return row;
}

export async function insertSystem(
  db: Q,
  organizationId: string,
  vendorId: string,
  values: SystemWrite,
  userId: string | null,
  now: Date,
): Promise<SystemRow> {
  const [row] = await db
    .insert(vendorSystems)
    .values({ ...values, organizationId, vendorId, updatedBy: userId, createdAt: now, updatedAt: now })
    .returning();
  if (!row) throw new Error('insert vendor_systems returned nothing');
  return row;
}

export async function updateSystem(db: Q, organizationId: string, id: string, values: SystemWrite, userId: string | null, now: Date) {
  const [row] = await db
    .update(vendorSystems)
    .set({ ...values, updatedBy: userId, updatedAt: now, version: sql`${vendorSystems.version} + 1` })
    .where(and(eq(vendorSystems.organizationId, organizationId), eq(vendorSystems.id, id)))
    .returning();
  if (!row) throw new Error('update vendor_systems returned nothing');
  return row;
}

/** Which of these ids are the organisation's devices, 外部接続点 and 連絡体制図 entries. */
export async function ownedIds(db: Q, organizationId: string, want: { devices: string[]; connections: string[]; contacts: string[] }) {
  const of = async <T extends typeof devices | typeof connectionPoints | typeof contactEntries>(table: T, list: string[]) =>
    list.length === 0
      ? new Set<string>()
      : new Set(
          (
            await db
              .select({ id: table.id })
              .from(table as typeof devices)
              .where(and(eq(table.organizationId, organizationId), inArray(table.id, list)))
          ).map((r) => r.id),
        );
  return {
    devices: await of(devices, want.devices),
    connections: await of(connectionPoints, want.connections),
    contacts: await of(contactEntries, want.contacts),
  };
}
