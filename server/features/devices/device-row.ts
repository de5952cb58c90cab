// Between a ledger row as stored and its values: the derived columns (os_normalized, search_text)
// are computed here, once, for every write path (form, bulk change, import).
import type { DeviceValues } from '../../../domain/devices/device.ts';
import { normalizeOs, searchForm } from '../../../domain/devices/normalize.ts';
import type { devices } from '../../db/schema.ts';

export type DeviceRow = typeof devices.$inferSelect;
export type DeviceWrite = Omit<typeof devices.$inferInsert, 'organizationId' | 'id' | 'createdAt' | 'updatedAt' | 'updatedBy' | 'version'>;

export const DEVICE_FIELDS = [
  'assetNo',
  'maker',
  'os',
  'software',
  'ipAddress',
  'hostname',
  'location',
  'userName',
  'registeredOn',
  'status',
  'description',
  'deviceClass',
  'model',
  'mac',
  'segment',
  'vendorName',
  'remoteMaintenance',
  'remoteVia',
  'supportEnd',
  'lastPatch',
  'usbRestricted',
  'servicesReviewedOn',
  'medicalSystem',
  'tags',
] as const satisfies readonly (keyof DeviceValues)[];

export function valuesOf(row: DeviceRow): DeviceValues {
  return {
    assetNo: row.assetNo,
    maker: row.maker,
    os: row.os,
    software: row.software,
    ipAddress: row.ipAddress,
    hostname: row.hostname,
    location: row.location,
    userName: row.userName,
    registeredOn: row.registeredOn,
    status: row.status,
    description: row.description,
    deviceClass: row.deviceClass,
    model: row.model,
    mac: row.mac,
    segment: row.segment,
    vendorName: row.vendorName,
    remoteMaintenance: row.remoteMaintenance,
    remoteVia: row.remoteVia,
    supportEnd: row.supportEnd,
    lastPatch: row.lastPatch,
    usbRestricted: row.usbRestricted,
    servicesReviewedOn: row.servicesReviewedOn,
    medicalSystem: row.medicalSystem,
    tags: row.tags,
  };
}

export function writeOf(v: DeviceValues): DeviceWrite {
  const words = [
    v.assetNo ?? '',
    v.maker,
    v.os,
    ...v.software.flatMap((s) => [s.name, s.version]),
    v.ipAddress,
    v.hostname,
    v.location,
    v.userName,
    v.description,
    v.model,
    v.mac,
    v.segment,
    v.vendorName,
    ...v.tags,
  ];
  return { ...v, osNormalized: normalizeOs(v.os), searchText: searchForm(words.filter(Boolean).join(' ')) };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields whose value differs, with the stored one (for the audit trail's "before"). */
export function changedFields(before: DeviceValues, after: DeviceValues): Partial<DeviceValues> {
  const out: Partial<DeviceValues> = {};
  for (const f of DEVICE_FIELDS) if (!same(before[f], after[f])) (out as Record<string, unknown>)[f] = before[f];
  return out;
}
