// What a finding is: the subject it is about (a ledger row or a 外部接続点), how bad, what was seen
// and how it was matched. Shared by the matcher, the server and the screens.
import type { ConnectionKind } from '../connections/connection.ts';
import type { DeviceClass } from '../devices/device.ts';
import type { ItemRef } from './items.ts';

export const SEVERITIES = ['critical', 'high', 'medium', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const severityLabels: Record<Severity, { ja: string; en: string }> = {
  critical: { ja: '重大', en: 'Critical' },
  high: { ja: '高', en: 'High' },
  medium: { ja: '中', en: 'Medium' },
  info: { ja: '情報', en: 'Info' },
};

export interface Subject {
  /** a ledger device, a 外部接続点, or a vendor's system (事業者台帳) */
  type: 'device' | 'connection' | 'system';
  id: string;
  label: string;
  deviceClass: DeviceClass | 'connection' | 'system';
  /** an internet-facing connection point, or the device one runs on */
  exposed: boolean;
  /** changes whenever the row does (its version): a decision on a finding holds only while it is the same */
  stamp: string;
  maker: string;
  /** the values to check: OS / firmware, and each software with its version */
  values: { field: 'os' | 'firmware' | 'software'; text: string }[];
  /** a device's 外部接続点: those that run on it and the one it is maintained through (remote_via) */
  via?: PointRef[];
  /** rule inputs */
  kind?: ConnectionKind;
  sourceRestriction?: string;
  remoteServices?: string[];
}

export interface PointRef {
  id: string;
  label: string;
  /** internet-facing */
  exposed: boolean;
}

export interface Cve {
  cveId: string;
  name: string;
  dueDate: string;
  /** KEV's requiredAction as published (English) */
  requiredAction: string;
  /** its Japanese where the phrases are known; complete: false when the original says more */
  action: { ja: string | null; complete: boolean };
  ransomware: boolean;
}

export type MatchMethod = 'version-range' | 'exact-cycle' | 'name-only' | 'rule';

export interface Finding {
  /** stable across runs for the same subject, kind and key (for decisions kept later) */
  id: string;
  severity: Severity;
  kind: 'kev' | 'eol' | 'eol-soon' | 'version-missing' | 'rule';
  subject: {
    /** …or an account of the 利用者台帳, a system's logon record (the logon events read), a system's backup (バックアップ台帳) */
    type: Subject['type'] | 'account' | 'logon' | 'backup';
    id: string;
    label: string;
    stamp: string;
    deviceClass: Subject['deviceClass'] | 'account' | 'logon' | 'backup';
    /** a system's vendor (its page in the 事業者台帳) */
    vendorId?: string;
    /** an account's or a logon record's system (its page in the 利用者台帳) */
    systemId?: string;
  };
  title: string;
  detail: string[];
  method: MatchMethod;
  confidence: 'high' | 'medium' | 'low';
  cves: Cve[];
  eol: { product: string; cycle: string; date: string | null } | null;
  /** checklist topics it bears on (セキュリティパッチ …) */
  topics: string[];
  /** a device's 外部接続点 (it is reachable through them); a finding seen on both is one finding */
  via: PointRef[];
  /** the checklist items of the organisation's version it bears on (filled by the server) */
  items: ItemRef[];
}

/** The worse of two severities. */
export const worse = (a: Severity, b: Severity): Severity => (SEVERITIES.indexOf(a) <= SEVERITIES.indexOf(b) ? a : b);

export const base = (s: Subject) => ({
  subject: { type: s.type, id: s.id, label: s.label, stamp: s.stamp, deviceClass: s.deviceClass },
  cves: [],
  eol: null,
  via: s.via?.map(({ id, label, exposed }) => ({ id, label, exposed })) ?? [],
  items: [],
});
export const PATCH = ['patch'];
