// Bringing the 連絡体制図's 事業者 into the 事業者台帳: the chart entry stays the 24-hour contact and the
// ledger's vendor points to it (one record, not two). Pure: what to do is decided here, the server writes.
import { vendorKey } from '../assessment/vendor-forms.ts';

export interface ChartEntryRef {
  id: string;
  side: string;
  category: string;
  organizationName: string;
  providesMedicalSystem: boolean;
}

export interface LedgerVendorRef {
  id: string;
  nameKey: string;
  contactEntryId: string | null;
}

export type Adoption =
  | { kind: 'create'; entryId: string; name: string }
  | { kind: 'link'; entryId: string; vendorId: string; name: string };

/**
 * The chart's 事業者 that provide a medical information system and that no vendor points to: a new
 * vendor for each, or a link from the vendor of the same company that has no contact yet. A company
 * whose vendor already points to another entry is left alone (two entries for one company: the person
 * decides which one is the 24-hour contact).
 */
export function chartAdoptions(entries: readonly ChartEntryRef[], vendors: readonly LedgerVendorRef[]): Adoption[] {
  const linked = new Set(vendors.flatMap((v) => (v.contactEntryId ? [v.contactEntryId] : [])));
  const byKey = new Map(vendors.map((v) => [v.nameKey, v]));
  const taken = new Set<string>();
  const out: Adoption[] = [];
  for (const e of entries) {
    const name = e.organizationName.trim();
    const key = vendorKey(name);
    if (e.side !== 'external' || e.category.normalize('NFKC').trim() !== '事業者' || !e.providesMedicalSystem || !key) continue;
    if (linked.has(e.id) || taken.has(key)) continue;
    taken.add(key);
    const vendor = byKey.get(key);
    if (!vendor) out.push({ kind: 'create', entryId: e.id, name });
    else if (!vendor.contactEntryId) out.push({ kind: 'link', entryId: e.id, vendorId: vendor.id, name });
  }
  return out;
}
