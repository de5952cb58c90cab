// SQL for how an organisation counts its 事業者確認用, and the ledger's vendors as the 手引き rules read them.
import { and, asc, eq } from 'drizzle-orm';
import type { FormsPer, LedgerVendor } from '../../../domain/assessment/vendor-forms.ts';
import type { Db, Tx } from '../../db/client.ts';
import { contactEntries, vendorSettings, vendorSystems, vendors } from '../../db/schema.ts';

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
