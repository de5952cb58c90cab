// The 事業者 ledger as CSV (UTF-8 with BOM, or CP932) or .xlsx: one row per system with its vendor's
// columns, and one row for a vendor with no system yet. The columns are the import's (vendor-import.ts
// EXPORT_COLUMNS), so that a file exported and read back changes nothing.

import {
  remoteAnswerLabels,
  systemKindLabels,
  systemLabels,
  updateResponsibilityLabels,
  vendorStatusLabels,
} from '../../../domain/vendors/vendor.ts';
import { type Column, EXPORT_COLUMNS } from '../../../domain/vendors/vendor-import.ts';
import type { Deps } from '../../deps.ts';
import { type TableFormat, tableFile } from '../../lib/table-file.ts';
import type { Caller } from '../caller.ts';
import { authorizeOrg } from '../orgs/orgs.policy.ts';
import { vendorsOf } from './vendors.service.ts';

type Vendor = Awaited<ReturnType<typeof vendorsOf>>[number];
type System = Vendor['systems'][number];

const flag = (v: boolean | null) => (v === null ? '' : v ? 'あり' : 'なし');

/** A system's value as the export writes it (the Japanese label of a choice, あり / なし, the date). */
function systemCell(s: System, field: Extract<Column, { of: 'system' }>['field']): string {
  switch (field) {
    case 'kind':
      return systemKindLabels[s.kind].ja;
    case 'maintenanceContract':
      return flag(s.maintenanceContract);
    case 'remoteMaintenance':
      return remoteAnswerLabels[s.remoteMaintenance].ja;
    case 'securityUpdates':
      return updateResponsibilityLabels[s.securityUpdates].ja;
    case 'status':
      return vendorStatusLabels[s.status].ja;
    default:
      return s[field] ?? '';
  }
}

function cell(c: Column, v: Vendor, s: System | undefined): string {
  if (c.of === 'vendor') return c.field === 'name' ? v.name : vendorStatusLabels[v.status].ja;
  if (c.of === 'system') return s ? systemCell(s, c.field) : '';
  if (c.header === '24時間の連絡先') return v.contactLabel ?? '';
  if (!s) return '';
  if (c.header === systemLabels.connectionIds) return s.connections.map((x) => x.label).join('\n');
  if (c.header === systemLabels.deviceIds) return s.devices.map((x) => x.label).join('\n');
  return s.advice.join(' / ');
}

export async function exportVendorsAs(deps: Deps, orgId: string, format: TableFormat, stem: string) {
  const rows = (await vendorsOf(deps, orgId)).flatMap((v) =>
    (v.systems.length ? v.systems : [undefined]).map((s) => EXPORT_COLUMNS.map((c) => cell(c, v, s))),
  );
  return tableFile([EXPORT_COLUMNS.map((c) => c.header), ...rows], format, stem, '事業者台帳');
}

export async function exportVendors(deps: Deps, caller: Caller, orgId: string, format: TableFormat) {
  const { org } = await authorizeOrg(deps.db, caller, orgId, 'org.read');
  return exportVendorsAs(deps, orgId, format, `事業者台帳_${org.slug}`);
}
