// A ledger row as the form edits it: every value as typed (dates may stay 和暦), はい/いいえ/未確認 as
// three choices, software as rows; and what the form sends. Pure: no React.
import type { DeviceValues, Software } from '../../../../domain/devices/device.ts';
import type { Device, DeviceInput } from '../../api-answers.ts';

export type Tri = '' | 'yes' | 'no';

export interface DeviceDraft {
  text: Record<TextKey, string>;
  deviceClass: DeviceValues['deviceClass'];
  status: DeviceValues['status'];
  remoteMaintenance: Tri;
  /** the 外部接続点 (id) the vendor maintains it through, or '' */
  remoteVia: string;
  usbRestricted: Tri;
  medicalSystem: boolean;
  software: Software[];
  tags: string;
}

export const MANUAL_TEXT = [
  'assetNo',
  'maker',
  'os',
  'ipAddress',
  'hostname',
  'location',
  'userName',
  'registeredOn',
  'description',
] as const;
export const MORE_TEXT = ['model', 'mac', 'segment', 'vendorName', 'supportEnd', 'lastPatch', 'servicesReviewedOn'] as const;
export type TextKey = (typeof MANUAL_TEXT)[number] | (typeof MORE_TEXT)[number];
export const DATE_KEYS: readonly TextKey[] = ['registeredOn', 'supportEnd', 'lastPatch', 'servicesReviewedOn'];

const tri = (v: boolean | null): Tri => (v === null ? '' : v ? 'yes' : 'no');
const fromTri = (v: Tri): boolean | null => (v === '' ? null : v === 'yes');

export function draftOf(d: Device | null): DeviceDraft {
  const text = Object.fromEntries([...MANUAL_TEXT, ...MORE_TEXT].map((k) => [k, d ? ((d[k] as string | null) ?? '') : ''])) as Record<
    TextKey,
    string
  >;
  return {
    text,
    deviceClass: d?.deviceClass ?? 'pc',
    status: d?.status ?? 'active',
    remoteMaintenance: tri(d?.remoteMaintenance ?? null),
    remoteVia: d?.remoteVia ?? '',
    usbRestricted: tri(d?.usbRestricted ?? null),
    medicalSystem: d?.medicalSystem ?? false,
    software: d?.software.length ? d.software : [],
    tags: d?.tags.join(', ') ?? '',
  };
}

export function inputOf(draft: DeviceDraft): DeviceInput {
  return {
    ...draft.text,
    deviceClass: draft.deviceClass,
    status: draft.status,
    remoteMaintenance: fromTri(draft.remoteMaintenance),
    remoteVia: draft.remoteMaintenance === 'yes' ? draft.remoteVia || null : null,
    usbRestricted: fromTri(draft.usbRestricted),
    medicalSystem: draft.medicalSystem,
    software: draft.software.filter((s) => s.name.trim()),
    tags: draft.tags,
  };
}
