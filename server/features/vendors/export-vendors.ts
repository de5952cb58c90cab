// The 事業者 ledger as CSV (UTF-8 with BOM, or CP932) or .xlsx: one row per system with its vendor's
// columns, and one row for a vendor with no system yet.
import {
  remoteAnswerLabels,
  systemKindLabels,
  systemLabels,
  updateResponsibilityLabels,
  vendorLabels,
  vendorStatusLabels,
} from '../../../domain/vendors/vendor.ts';
import type { Deps } from '../../deps.ts';
import { type TableFormat, tableFile } from '../../lib/table-file.ts';
import type { Caller } from '../caller.ts';
import { authorizeOrg } from '../orgs/orgs.policy.ts';
import { vendorsOf } from './vendors.service.ts';

type Vendor = Awaited<ReturnType<typeof vendorsOf>>[number];
type System = Vendor['systems'][number];

const HEADER = [
  vendorLabels.name,
  `事業者の${vendorLabels.status}`,
  '24時間の連絡先',
  systemLabels.name,
  systemLabels.kind,
  systemLabels.contractFrom,
  systemLabels.contractTo,
  systemLabels.maintenanceContract,
  systemLabels.remoteMaintenance,
  systemLabels.remoteConfirmedBy,
  systemLabels.remoteConfirmedOn,
  systemLabels.remoteDocumentedAs,
  systemLabels.securityUpdates,
  systemLabels.securityUpdatesClause,
  systemLabels.connectionIds,
  systemLabels.deviceIds,
  `システムの${systemLabels.status}`,
  systemLabels.note,
  '記録しておくこと (Mamori の助言)',
];

const flag = (v: boolean | null) => (v === null ? '' : v ? 'あり' : 'なし');

function systemCells(s: System): string[] {
  return [
    s.name,
    systemKindLabels[s.kind].ja,
    s.contractFrom ?? '',
    s.contractTo ?? '',
    flag(s.maintenanceContract),
    remoteAnswerLabels[s.remoteMaintenance].ja,
    s.remoteConfirmedBy,
    s.remoteConfirmedOn ?? '',
    s.remoteDocumentedAs,
    updateResponsibilityLabels[s.securityUpdates].ja,
    s.securityUpdatesClause,
    s.connections.map((c) => c.label).join('\n'),
    s.devices.map((d) => d.label).join('\n'),
    vendorStatusLabels[s.status].ja,
    s.note,
    s.advice.join(' / '),
  ];
}

export async function exportVendorsAs(deps: Deps, orgId: string, format: TableFormat, stem: string) {
  const rows = (await vendorsOf(deps, orgId)).flatMap((v) => {
    const vendor = [v.name, vendorStatusLabels[v.status].ja, v.contactLabel ?? ''];
    return v.systems.length === 0 ? [[...vendor, ...HEADER.slice(3).map(() => '')]] : v.systems.map((s) => [...vendor, ...systemCells(s)]);
  });
  return tableFile([HEADER, ...rows], format, stem, '事業者台帳');
}

export async function exportVendors(deps: Deps, caller: Caller, orgId: string, format: TableFormat) {
  const { org } = await authorizeOrg(deps.db, caller, orgId, 'org.read');
  return exportVendorsAs(deps, orgId, format, `事業者台帳_${org.slug}`);
}
