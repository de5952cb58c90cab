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

/** The words naming the ledger rows a vendor or system refers to (vendors.repo.ts rowLabels). */
export interface RowLabels {
  devices: Map<string, string>;
  connections: Map<string, string>;
  contacts: Map<string, string>;
}

const NO_LABELS: RowLabels = { devices: new Map(), connections: new Map(), contacts: new Map() };
const named = (ids: string[], labels: Map<string, string>) => ids.map((id) => ({ id, label: labels.get(id) ?? id }));

export function presentSystem(r: SystemRow, today: string, labels: RowLabels = NO_LABELS) {
  const values = valuesOfSystem(r);
  return {
    id: r.id,
    vendorId: r.vendorId,
    ...values,
    devices: named(values.deviceIds, labels.devices),
    connections: named(values.connectionIds, labels.connections),
    advice: systemAdvice(values, today),
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
  };
}

export function presentVendor(r: VendorRow, systems: SystemRow[], today: string, labels: RowLabels = NO_LABELS) {
  return {
    id: r.id,
    ...valuesOfVendor(r),
    contactLabel: r.contactEntryId ? (labels.contacts.get(r.contactEntryId) ?? null) : null,
    systems: systems.map((s) => presentSystem(s, today, labels)),
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
  };
}
