// A row of the 機器台帳 (device ledger): the manual's 12 columns first, then what the checklist items
// 2(1), 2(2), 2(7)–2(9) and the R7 USB item ask about. Parsing is shared by the API, the importers and
// the UI: every problem names its field, values are kept as written (NFKC-trimmed), dates may be 和暦.
import { parseJapaneseDate } from '../dates/wareki.ts';
import { inferClass } from './classify.ts';
import { parseIpList } from './ip.ts';
import { LEDGER_STATUSES, type LedgerStatus, ledgerStatusLabels, readStatus, STATUS_CHOICES } from './status.ts';

export { inferClass } from './classify.ts';

export const DEVICE_CLASSES = ['server', 'pc', 'network', 'medical', 'other'] as const;
export type DeviceClass = (typeof DEVICE_CLASSES)[number];
/** The ledger's 状態: the same words as the 外部接続点 register's (status.ts). */
export const DEVICE_STATUSES = LEDGER_STATUSES;
export type DeviceStatus = LedgerStatus;

export const classLabels: Record<DeviceClass, { ja: string; en: string }> = {
  server: { ja: 'サーバ', en: 'Server' },
  pc: { ja: '端末PC', en: 'Client PC' },
  network: { ja: 'ネットワーク機器', en: 'Network device' },
  medical: { ja: '医療機器', en: 'Medical device' },
  other: { ja: 'その他', en: 'Other' },
};

export const statusLabels = ledgerStatusLabels;

// words found in Japanese ledgers and in Snipe-IT / Lansweeper exports (compared after NFKC + lower case)
const CLASS_WORDS: Record<DeviceClass, string[]> = {
  server: ['サーバ', 'サーバー', 'server', 'servers', 'サーバ機器', 'nas', 'ストレージ'],
  pc: [
    '端末pc',
    '端末',
    'pc',
    'パソコン',
    'クライアント',
    'クライアントpc',
    'desktop',
    'desktops',
    'laptop',
    'laptops',
    'notebook',
    'workstation',
    'computer',
    'windows',
    'タブレット',
    'tablet',
  ],
  network: [
    'ネットワーク機器',
    'ネットワーク',
    'ルータ',
    'ルーター',
    'スイッチ',
    'utm',
    'fw',
    'ファイアウォール',
    'vpn',
    'vpn装置',
    '無線lan',
    'アクセスポイント',
    'network',
    'router',
    'switch',
    'firewall',
    'access point',
  ],
  medical: ['医療機器', 'モダリティ', 'medical', 'medical device', 'modality'],
  other: ['その他', 'other', 'プリンタ', 'プリンター', '複合機', 'printer'],
};
const YES = ['はい', 'yes', 'y', 'true', '1', '有', '有り', 'あり', '○', '〇', '済', '制限あり', '対応済', 'する'];
const NO = ['いいえ', 'no', 'n', 'false', '0', '無', '無し', 'なし', '×', '✕', '未', '制限なし', '未対応', 'しない'];

export interface Software {
  name: string;
  version: string;
}

export interface DeviceValues {
  assetNo: string | null;
  maker: string;
  os: string;
  software: Software[];
  ipAddress: string;
  hostname: string;
  location: string;
  userName: string;
  registeredOn: string | null;
  status: DeviceStatus;
  description: string;
  deviceClass: DeviceClass;
  model: string;
  mac: string;
  segment: string;
  vendorName: string;
  remoteMaintenance: boolean | null;
  /** the 外部接続点 the vendor maintains it through (its id), when known */
  remoteVia: string | null;
  supportEnd: string | null;
  lastPatch: string | null;
  usbRestricted: boolean | null;
  servicesReviewedOn: string | null;
  medicalSystem: boolean;
  tags: string[];
}

export type DeviceField = keyof DeviceValues;
export interface FieldProblem {
  field: string;
  message: string;
}
export type DeviceCheck = { ok: true; values: DeviceValues } | { ok: false; problems: FieldProblem[] };

const LIMITS = { short: 200, long: 4000 };
const word = (v: unknown) => (v === null || v === undefined ? '' : String(v).normalize('NFKC').trim());
const lower = (v: unknown) => word(v).toLowerCase();

function pick<T extends string>(words: Record<T, string[]>, raw: string): T | undefined {
  const key = raw.toLowerCase();
  return (Object.keys(words) as T[]).find((k) => words[k].includes(key));
}

/** Reads one row (strings as typed, or the API's booleans and arrays); `labels` name fields in messages. */
export function checkDevice(raw: Partial<Record<DeviceField, unknown>>, labels: Record<string, string> = {}): DeviceCheck {
  const problems: FieldProblem[] = [];
  const fail = (field: DeviceField, message: string) => problems.push({ field, message: `${labels[field] ?? field}: ${message}` });
  const text = (field: DeviceField, max = LIMITS.short): string => {
    const v = word(raw[field]);
    if (v.length > max) fail(field, `${max} 文字以内にしてください (${v.length} 文字あります)`);
    return v.length > max ? '' : v;
  };
  const date = (field: DeviceField): string | null => {
    const v = raw[field];
    if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
    const s = word(v);
    if (!s) return null;
    const parsed = parseJapaneseDate(s.length > 40 ? s.slice(0, 40) : s);
    if (!parsed.ok) fail(field, parsed.message);
    return parsed.ok ? parsed.iso : null;
  };
  const bool = (field: DeviceField): boolean | null => {
    const v = raw[field];
    if (typeof v === 'boolean' || v === null) return v;
    const s = lower(v);
    if (!s) return null;
    if (YES.includes(s)) return true;
    if (NO.includes(s)) return false;
    fail(field, `「${word(v).slice(0, 40)}」は はい/いいえ (有/無) として読み取れません`);
    return null;
  };
  const choose = <T extends string>(field: DeviceField, words: Record<T, string[]>, fallback: T, names: string): T => {
    const s = word(raw[field]);
    if (!s) return fallback;
    const found = (Object.keys(words) as T[]).includes(s as T) ? (s as T) : pick(words, s);
    if (!found) fail(field, `「${s.slice(0, 40)}」は読み取れません。${names} のどれかにしてください`);
    return found ?? fallback;
  };
  const statusOf = (): DeviceStatus => {
    const s = word(raw.status);
    if (!s) return 'active';
    const found = readStatus(s);
    if (!found) fail('status', `「${s.slice(0, 40)}」は状態として読み取れません。${STATUS_CHOICES} のどれかにしてください`);
    return found ?? 'active';
  };
  const uuidOf = (field: DeviceField): string | null => {
    const s = word(raw[field]).toLowerCase();
    if (!s) return null;
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(s)) fail(field, '外部接続点の指定が正しくありません');
    return s;
  };
  const ip = (() => {
    const s = text('ipAddress', 500);
    if (!s) return '';
    const parsed = parseIpList(s);
    if (!parsed.ok) fail('ipAddress', parsed.message);
    return parsed.ok ? parsed.value : '';
  })();
  const values: DeviceValues = {
    assetNo: text('assetNo', 100) || null,
    maker: text('maker'),
    os: text('os'),
    software: softwareOf(raw.software, raw, fail),
    ipAddress: ip,
    hostname: text('hostname'),
    location: text('location'),
    userName: text('userName'),
    registeredOn: date('registeredOn'),
    status: statusOf(),
    description: text('description', LIMITS.long),
    deviceClass: choose('deviceClass', CLASS_WORDS, 'other', 'サーバ / 端末PC / ネットワーク機器 / 医療機器 / その他'),
    model: text('model'),
    mac: text('mac', 100),
    segment: text('segment'),
    vendorName: text('vendorName'),
    remoteMaintenance: bool('remoteMaintenance'),
    remoteVia: uuidOf('remoteVia'),
    supportEnd: date('supportEnd'),
    lastPatch: date('lastPatch'),
    usbRestricted: bool('usbRestricted'),
    servicesReviewedOn: date('servicesReviewedOn'),
    medicalSystem: bool('medicalSystem') ?? false,
    tags: listOf(raw.tags),
  };
  // the manual's 12 columns have no class: without one, it follows from the OS where that is clear
  if (!word(raw.deviceClass)) values.deviceClass = inferClass(values);
  return problems.length ? { ok: false, problems } : { ok: true, values };
}

const SPLIT = /\r?\n|[;；]/;

function listOf(v: unknown): string[] {
  const items = Array.isArray(v)
    ? v.map(word)
    : word(v)
        .split(/[,、;；\n]/)
        .map((s) => s.trim());
  return [...new Set(items.filter(Boolean))].slice(0, 50);
}

/** The API's [{name, version}] or the ledger's ソフトウェア / ソフトウェアバージョン cells, one per line. */
function softwareOf(
  v: unknown,
  raw: Partial<Record<DeviceField, unknown>> & { softwareVersion?: unknown },
  fail: (f: DeviceField, m: string) => void,
): Software[] {
  if (Array.isArray(v)) {
    return v
      .slice(0, 200)
      .map((s: Partial<Software>) => ({ name: word(s?.name).slice(0, 200), version: word(s?.version).slice(0, 100) }))
      .filter((s) => s.name);
  }
  const names = word(v)
    .split(SPLIT)
    .map((s) => s.trim());
  const versions = word(raw.softwareVersion)
    .split(SPLIT)
    .map((s) => s.trim());
  if (names.length > 200) fail('software', 'ソフトウェアは 200 件までです');
  return names
    .map((name, i) => ({ name: name.slice(0, 200), version: (versions[i] ?? '').slice(0, 100) }))
    .filter((s) => s.name)
    .slice(0, 200);
}

/** The columns the ledger list sorts by. */
export const DEVICE_SORTS = [
  'assetNo',
  'hostname',
  'ipAddress',
  'os',
  'location',
  'deviceClass',
  'status',
  'supportEnd',
  'lastPatch',
  'updatedAt',
] as const;
export type DeviceSort = (typeof DEVICE_SORTS)[number];
