// SQL for how an organisation counts its 事業者確認用, and the ledger's vendors as the 手引き rules and
// Mamori's advice read them (who provides a system; who maintains remotely through which 外部接続点).
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { RemoteByVendor } from '../../../domain/assessment/advice.ts';
import { type FormsPer, type LedgerVendor, vendorKey } from '../../../domain/assessment/vendor-forms.ts';
import type { Db, Tx } from '../../db/client.ts';
import { connectionPoints, contactEntries, vendorSettings, vendorSystems, vendors } from '../../db/schema.ts';

type Q = Db | Tx;

export async function formsPerOf(db: Q, organizationId: string): Promise<FormsPer> {
  const [row] = await db
    .select({ formsPer: vendorSettings.formsPer })
    .from(vendorSettings)
    .where(eq(vendorSettings.organizationId, organizationId));
  return row?.formsPer ?? 'vendor';
}

export async function saveFormsPer(tx: Tx, organizationId: string, formsPer: FormsPer, userId: string | null, now: Date) {
  await tx
    .insert(vendorSettings)
    .values({ organizationId, formsPer, updatedBy: userId, updatedAt: now })
    .onConflictDoUpdate({ target: vendorSettings.organizationId, set: { formsPer, updatedBy: userId, updatedAt: now } });
}

/** The vendors in use with the names of their systems in use and of their 連絡体制図 entry. */
export async function ledgerVendorsOf(db: Q, organizationId: string): Promise<LedgerVendor[]> {
  const rows = await db
    .select({ id: vendors.id, name: vendors.name, chartName: contactEntries.organizationName })
    .from(vendors)
    .leftJoin(contactEntries, and(eq(contactEntries.organizationId, vendors.organizationId), eq(contactEntries.id, vendors.contactEntryId)))
    .where(and(eq(vendors.organizationId, organizationId), eq(vendors.status, 'active')))
    .orderBy(asc(vendors.nameKey));
  const systems = await db
    .select({ vendorId: vendorSystems.vendorId, name: vendorSystems.name })
    .from(vendorSystems)
    .where(and(eq(vendorSystems.organizationId, organizationId), eq(vendorSystems.status, 'active')))
    .orderBy(asc(vendorSystems.kind), asc(vendorSystems.name));
  return rows.map((r) => ({
    name: r.name,
    chartName: r.chartName,
    systems: systems.filter((s) => s.vendorId === r.id).map((s) => s.name),
  }));
}

/**
 * Per vendor, the 外部接続点 in use (or under maintenance) it maintains remotely through: those its systems in use name with
 * remote maintenance confirmed as あり, and those whose vendor column names it.
 */
export async function remoteByVendorOf(db: Q, organizationId: string): Promise<RemoteByVendor[]> {
  const points = await db
    .select({ id: connectionPoints.id, name: connectionPoints.name, vendorName: connectionPoints.vendorName })
    .from(connectionPoints)
    .where(and(eq(connectionPoints.organizationId, organizationId), inArray(connectionPoints.status, ['active', 'maintenance'])));
  const systems = await db
    .select({ vendorName: vendors.name, connectionIds: vendorSystems.connectionIds })
    .from(vendorSystems)
    .innerJoin(vendors, and(eq(vendors.organizationId, vendorSystems.organizationId), eq(vendors.id, vendorSystems.vendorId)))
    .where(
      and(
        eq(vendorSystems.organizationId, organizationId),
        eq(vendorSystems.status, 'active'),
        eq(vendors.status, 'active'),
        eq(vendorSystems.remoteMaintenance, 'yes'),
      ),
    );
  const byKey = new Map<string, RemoteByVendor>();
  const add = (vendorName: string, point: string) => {
    const key = vendorKey(vendorName);
    if (!key) return;
    const entry = byKey.get(key) ?? { vendorName, points: [] };
    if (!entry.points.includes(point)) entry.points.push(point);
    byKey.set(key, entry);
  };
  const names = new Map(points.map((p) => [p.id, p.name]));
  for (const s of systems) for (const id of s.connectionIds) if (names.has(id)) add(s.vendorName, names.get(id) as string);
  for (const p of points) if (p.vendorName.trim()) add(p.vendorName, p.name);
  return [...byKey.values()];
}
