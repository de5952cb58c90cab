// The maintenance vendors of an institution, as its ledgers name them (the 保守事業者 of the 機器台帳's
// devices in use and the 事業者 of its 外部接続点), and the record that someone confirmed with each of
// them whether it maintains any device remotely (2(2): 「リモートメンテナンス（保守）を利用している機器の
// 有無を事業者に確認した」). Names are folded as the 事業者確認用 rules fold them (vendorKey).
import { vendorKey } from '../assessment/vendor-forms.ts';
import { REMOTE_ACCESS } from '../connections/connection.ts';
import type { ConnectionFact, DeviceFact } from './types.ts';

export { vendorKey };

export interface MaintenanceVendor {
  key: string;
  /** the name as first written in the ledgers */
  name: string;
  devices: { id: string; label: string }[];
  points: { id: string; label: string }[];
  /** devices the ledger marks リモートメンテナンス あり, and remote-access points (VPN, リモートデスクトップ …) */
  remoteSeen: { type: 'device' | 'connection'; id: string; label: string }[];
}

type DeviceRow = Pick<DeviceFact, 'id' | 'label' | 'status' | 'vendorName' | 'remoteMaintenance'>;
type PointRow = Pick<ConnectionFact, 'id' | 'label' | 'status' | 'kind' | 'vendorName'>;

/** Every vendor named by a device in use or a connection point not retired, in name order. */
export function maintenanceVendors(devices: DeviceRow[], points: PointRow[]): MaintenanceVendor[] {
  const byKey = new Map<string, MaintenanceVendor>();
  const vendor = (name: string) => {
    const key = vendorKey(name);
    if (!key) return null;
    const found = byKey.get(key) ?? { key, name: name.trim(), devices: [], points: [], remoteSeen: [] };
    byKey.set(key, found);
    return found;
  };
  for (const d of devices.filter((x) => x.status !== 'retired' && x.status !== 'spare')) {
    const v = vendor(d.vendorName);
    if (!v) continue;
    v.devices.push({ id: d.id, label: d.label });
    if (d.remoteMaintenance) v.remoteSeen.push({ type: 'device', id: d.id, label: d.label });
  }
  for (const p of points.filter((x) => x.status !== 'retired')) {
    const v = vendor(p.vendorName);
    if (!v) continue;
    v.points.push({ id: p.id, label: p.label });
    if (REMOTE_ACCESS.includes(p.kind)) v.remoteSeen.push({ type: 'connection', id: p.id, label: p.label });
  }
  return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name, 'ja'));
}

/** How such a confirmation is usually kept (offered in the form; anything else may be typed). */
export const DOCUMENT_KINDS = ['作業報告書', 'メール', '議事録', '事業者の回答書', '保守契約書・仕様書'] as const;

/** A confirmation as the API gives it. */
export interface ConfirmationView {
  vendorKey: string;
  vendorName: string;
  remoteFound: boolean;
  confirmedBy: string;
  vendorContact: string;
  confirmedOn: string;
  documentedAs: string;
  note: string;
  version: number;
  updatedAt: string;
}

/** GET …/maintenance-confirmations: the vendors of the ledgers with their confirmation, and the others. */
export interface MaintenanceVendorsView {
  vendors: {
    key: string;
    name: string;
    devices: { id: string; label: string }[];
    points: { id: string; label: string }[];
    remoteSeen: number;
    confirmation: ConfirmationView | null;
  }[];
  /** confirmations of vendors the ledgers no longer name (kept, shown apart) */
  others: ConfirmationView[];
}
