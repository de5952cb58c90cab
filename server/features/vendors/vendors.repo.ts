// SQL for the 事業者 ledger. Every query is scoped by organisation.
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { connectionPoints, contactEntries, devices, evidenceFiles, vendorDisclosures, vendorSystems, vendors } from '../../db/schema.ts';

type Q = Db | Tx;
export type VendorRow = typeof vendors.$inferSelect;
export type SystemRow = typeof vendorSystems.$inferSelect;
export type DisclosureRow = typeof vendorDisclosures.$inferSelect;
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

export async function findSystem(db: Q, organizationId: string, vendorId: string, id: string, forUpdate = false) {
  const q = db
    .select()
    .from(vendorSystems)
    .where(and(eq(vendorSystems.organizationId, organizationId), eq(vendorSystems.vendorId, vendorId), eq(vendorSystems.id, id)));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

/** A system of any of the organisation's vendors. */
export async function findSystemById(db: Q, organizationId: string, id: string) {
  const [row] = await db
    .select({ id: vendorSystems.id })
    .from(vendorSystems)
    .where(and(eq(vendorSystems.organizationId, organizationId), eq(vendorSystems.id, id)));
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

/**
 * The organisation's devices, 外部接続点 and 連絡体制図 entries among these ids, each with the words
 * that name it (管理番号 and host name; the point's name; the entry's category and company). An id
 * missing from the answer is not the organisation's.
 */
export async function rowLabels(
  db: Q,
  organizationId: string,
  want: { devices: string[]; connections: string[]; contacts: string[]; evidence?: string[] },
) {
  const deviceRows = want.devices.length
    ? await db
        .select({
          id: devices.id,
          label: sql<string>`coalesce(nullif(concat_ws(' ', ${devices.assetNo}, ${devices.hostname}), ''), ${devices.id}::text)`,
        })
        .from(devices)
        .where(and(eq(devices.organizationId, organizationId), inArray(devices.id, want.devices)))
    : [];
  const pointRows = want.connections.length
    ? await db
        .select({ id: connectionPoints.id, label: connectionPoints.name })
        .from(connectionPoints)
        .where(and(eq(connectionPoints.organizationId, organizationId), inArray(connectionPoints.id, want.connections)))
    : [];
  const contactRows = want.contacts.length
    ? await db
        .select({
          id: contactEntries.id,
          label: sql<string>`concat_ws(' ', ${contactEntries.category}, ${contactEntries.organizationName})`,
        })
        .from(contactEntries)
        .where(and(eq(contactEntries.organizationId, organizationId), inArray(contactEntries.id, want.contacts)))
    : [];
  const evidenceRows = want.evidence?.length
    ? await db
        .select({ id: evidenceFiles.id, label: evidenceFiles.fileName })
        .from(evidenceFiles)
        .where(
          and(eq(evidenceFiles.organizationId, organizationId), inArray(evidenceFiles.id, want.evidence), isNull(evidenceFiles.deletedAt)),
        )
    : [];
  const map = (rows: { id: string; label: string }[]) => new Map(rows.map((r) => [r.id, r.label]));
  return { devices: map(deviceRows), connections: map(pointRows), contacts: map(contactRows), evidence: map(evidenceRows) };
}

/** Points a vendor without a contact to its 連絡体制図 entry; undefined when it got one meanwhile. */
export async function linkContact(db: Q, organizationId: string, id: string, contactEntryId: string, userId: string | null, now: Date) {
  const [row] = await db
    .update(vendors)
    .set({ contactEntryId, updatedBy: userId, updatedAt: now, version: sql`${vendors.version} + 1` })
    .where(and(eq(vendors.organizationId, organizationId), eq(vendors.id, id), isNull(vendors.contactEntryId)))
    .returning();
  return row;
}

/** The MDS/SDS records of the organisation, of one vendor, or of one system. */
export async function listDisclosures(db: Q, organizationId: string, of: { vendorId?: string; systemId?: string } = {}) {
  return db
    .select()
    .from(vendorDisclosures)
    .where(
      and(
        eq(vendorDisclosures.organizationId, organizationId),
        of.vendorId ? eq(vendorDisclosures.vendorId, of.vendorId) : undefined,
        of.systemId ? eq(vendorDisclosures.systemId, of.systemId) : undefined,
      ),
    )
    .orderBy(asc(vendorDisclosures.createdAt));
}

export async function findDisclosure(db: Q, organizationId: string, systemId: string, id: string, forUpdate = false) {
  const q = db
    .select()
    .from(vendorDisclosures)
    .where(
      and(eq(vendorDisclosures.organizationId, organizationId), eq(vendorDisclosures.systemId, systemId), eq(vendorDisclosures.id, id)),
    );
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

type DisclosureWrite = Omit<typeof vendorDisclosures.$inferInsert, Managed | 'vendorId' | 'systemId'>;

export async function insertDisclosure(
  db: Q,
  organizationId: string,
  at: { vendorId: string; systemId: string },
  values: DisclosureWrite,
  userId: string | null,
  now: Date,
): Promise<DisclosureRow> {
  const [row] = await db
    .insert(vendorDisclosures)
    .values({ ...values, ...at, organizationId, updatedBy: userId, createdAt: now, updatedAt: now })
    .returning();
  if (!row) throw new Error('insert vendor_disclosures returned nothing');
  return row;
}

export async function updateDisclosure(
  db: Q,
  organizationId: string,
  id: string,
  values: DisclosureWrite,
  userId: string | null,
  now: Date,
) {
  const [row] = await db
    .update(vendorDisclosures)
    .set({ ...values, updatedBy: userId, updatedAt: now, version: sql`${vendorDisclosures.version} + 1` })
    .where(and(eq(vendorDisclosures.organizationId, organizationId), eq(vendorDisclosures.id, id)))
    .returning();
  if (!row) throw new Error('update vendor_disclosures returned nothing');
  return row;
}
