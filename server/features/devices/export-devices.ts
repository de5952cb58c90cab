// The 機器台帳 as a file: CSV (UTF-8 with BOM, or Shift_JIS / CP932) and .xlsx, the manual's 12
// columns first, then the rest; values as a person reads them (はい/いいえ, 稼働中, サーバ, 和暦-free
// ISO dates). CSV cells that start with = + - @ are neutralised; in the .xlsx every value is a string
// or a date cell, never a formula.
import { type ColumnKey, columnLabels, DEVICE_COLUMNS } from '../../../domain/devices/columns.ts';
import { classLabels, type DeviceValues, statusLabels } from '../../../domain/devices/device.ts';
import type { Deps } from '../../deps.ts';
import { type TableFormat, tableFile } from '../../lib/table-file.ts';
import type { Caller } from '../caller.ts';
import { listConnections } from '../connections/connections.repo.ts';
import { authorizeOrg } from '../orgs/orgs.policy.ts';
import { valuesOf } from './device-row.ts';
import { allDevices } from './devices.repo.ts';

const yesNo = (v: boolean | null) => (v === null ? '' : v ? 'はい' : 'いいえ');

function cell(v: DeviceValues, key: ColumnKey): string {
  switch (key) {
    case 'software':
      return v.software.map((s) => s.name).join('\n');
    case 'softwareVersion':
      return v.software.map((s) => s.version).join('\n');
    case 'status':
      return statusLabels[v.status].ja;
    case 'deviceClass':
      return classLabels[v.deviceClass].ja;
    case 'remoteMaintenance':
    case 'usbRestricted':
      return yesNo(v[key]);
    case 'medicalSystem':
      return yesNo(v.medicalSystem);
    case 'tags':
      return v.tags.join(', ');
    default:
      return (v[key] as string | null) ?? '';
  }
}

export type LedgerFormat = TableFormat;

export async function ledgerRows(deps: Deps, orgId: string): Promise<string[][]> {
  const rows = (await allDevices(deps.db, orgId)).map(valuesOf);
  const points = new Map((await listConnections(deps.db, orgId)).map((r) => [r.point.id, r.point.name]));
  const via = (v: DeviceValues) => (v.remoteVia ? (points.get(v.remoteVia) ?? '') : '');
  return [
    [...DEVICE_COLUMNS.map((c) => c.ja), columnLabels.remoteVia ?? ''],
    ...rows.map((v) => [...DEVICE_COLUMNS.map((c) => cell(v, c.key)), via(v)]),
  ];
}

export async function exportDevicesAs(deps: Deps, orgId: string, format: LedgerFormat, stem = '機器台帳') {
  return tableFile(await ledgerRows(deps, orgId), format, stem, '機器台帳');
}

export async function exportDevices(deps: Deps, caller: Caller, orgId: string, format: LedgerFormat) {
  const { org } = await authorizeOrg(deps.db, caller, orgId, 'org.read');
  return exportDevicesAs(deps, orgId, format, `機器台帳_${org.slug}`);
}
