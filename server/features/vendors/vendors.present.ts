// What leaves the server about a vendor and its systems: the values, and for a system in use what the
// ledger should still record (Mamori's own advice, labelled so in the web).
import { type SystemValues, systemAdvice, type VendorValues } from '../../../domain/vendors/vendor.ts';
import type { SystemRow, VendorRow } from './vendors.repo.ts';

export const valuesOfVendor = (r: VendorRow): VendorValues => ({
  name: r.name,
  nameKey: r.nameKey,
  status: r.status,
  contactEntryId: r.contactEntryId,
  note: r.note,
});

export const valuesOfSystem = (r: SystemRow): SystemValues => ({
  name: r.name,
  kind: r.kind,
  contractFrom: r.contractFrom,
  contractTo: r.contractTo,
  maintenanceContract: r.maintenanceContract,
  remoteMaintenance: r.remoteMaintenance,
  remoteConfirmedBy: r.remoteConfirmedBy,
  remoteConfirmedOn: r.remoteConfirmedOn,
  remoteDocumentedAs: r.remoteDocumentedAs,
  securityUpdates: r.securityUpdates,
  securityUpdatesClause: r.securityUpdatesClause,
  deviceIds: r.deviceIds,
  connectionIds: r.connectionIds,
  status: r.status,
  note: r.note,
});

export function presentSystem(r: SystemRow, today: string) {
  const values = valuesOfSystem(r);
  return {
    id: r.id,
    vendorId: r.vendorId,
    ...values,
    advice: systemAdvice(values, today),
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
  };
}

export function presentVendor(r: VendorRow, systems: SystemRow[], today: string) {
  return {
    id: r.id,
    ...valuesOfVendor(r),
    systems: systems.map((s) => presentSystem(s, today)),
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
  };
}
