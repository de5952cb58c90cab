// What leaves the server about a vendor and its systems: the values, and for a system in use what the
// ledger should still record (Mamori's own advice, labelled so in the web).
import { annexSummary, currentDisclosures, type DisclosureValues, disclosureProblems } from '../../../domain/vendors/disclosure.ts';
import { type SystemValues, systemAdvice, type VendorValues } from '../../../domain/vendors/vendor.ts';
import type { DisclosureRow, SystemRow, VendorRow } from './vendors.repo.ts';

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
  currentVersion: r.currentVersion,
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
  disclosureRequestedOn: r.disclosureRequestedOn,
  status: r.status,
  note: r.note,
});

export const valuesOfDisclosure = (r: DisclosureRow): DisclosureValues => ({
  kind: r.kind,
  jahisVersion: r.jahisVersion,
  issuedOn: r.issuedOn,
  productVersion: r.productVersion,
  evidenceId: r.evidenceId,
  answers: r.answers,
  note: r.note,
});

/** The words naming the ledger rows a vendor or system refers to (vendors.repo.ts rowLabels). */
export interface RowLabels {
  devices: Map<string, string>;
  connections: Map<string, string>;
  contacts: Map<string, string>;
  /** evidence files by id with their names (a deleted file is absent) */
  evidence: Map<string, string>;
}

const NO_LABELS: RowLabels = { devices: new Map(), connections: new Map(), contacts: new Map(), evidence: new Map() };

function presentDisclosure(r: DisclosureRow, current: boolean, labels: RowLabels) {
  const values = valuesOfDisclosure(r);
  return {
    id: r.id,
    systemId: r.systemId,
    ...values,
    /** the file's name; null when none is attached or it was deleted from the evidence store */
    fileName: r.evidenceId ? (labels.evidence.get(r.evidenceId) ?? null) : null,
    summary: annexSummary(values),
    /** the latest of its kind: the one that counts */
    current,
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
  };
}
const named = (ids: string[], labels: Map<string, string>) => ids.map((id) => ({ id, label: labels.get(id) ?? id }));

/** A system's MDS/SDS records, the latest per kind, and what it lacks (nothing once it is no longer used). */
export function disclosureState(r: SystemRow, labels: RowLabels, disclosures: DisclosureRow[]) {
  const own = disclosures.filter((d) => d.systemId === r.id);
  const current = currentDisclosures(own);
  // a file deleted from the evidence store is no longer kept: the record counts as without its file
  const kept = current.map((d) => ({ ...d, evidenceId: d.evidenceId && labels.evidence.has(d.evidenceId) ? d.evidenceId : null }));
  const problems = r.status === 'active' ? disclosureProblems(r, kept) : [];
  return { own, current, problems };
}

export function presentSystem(r: SystemRow, today: string, labels: RowLabels = NO_LABELS, disclosures: DisclosureRow[] = []) {
  const values = valuesOfSystem(r);
  const { own, current, problems } = disclosureState(r, labels, disclosures);
  return {
    id: r.id,
    vendorId: r.vendorId,
    ...values,
    devices: named(values.deviceIds, labels.devices),
    connections: named(values.connectionIds, labels.connections),
    advice: systemAdvice(values, today),
    disclosures: own
      .map((d) => presentDisclosure(d, current.includes(d), labels))
      .sort((a, b) => (b.issuedOn ?? '').localeCompare(a.issuedOn ?? '')),
    /** what the system lacks about its MDS/SDS (Mamori's rule, not the 手引き's); nothing once it is no longer used */
    disclosureProblems: problems.map((p) => p.message),
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
  };
}

export function presentVendor(
  r: VendorRow,
  systems: SystemRow[],
  today: string,
  labels: RowLabels = NO_LABELS,
  disclosures: DisclosureRow[] = [],
) {
  return {
    id: r.id,
    ...valuesOfVendor(r),
    contactLabel: r.contactEntryId ? (labels.contacts.get(r.contactEntryId) ?? null) : null,
    systems: systems.map((s) => presentSystem(s, today, labels, disclosures)),
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
  };
}
