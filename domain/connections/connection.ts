// A row of the 外部接続点 register: every connection between the institution's network and the
// outside (保守用VPN, リモートデスクトップ, 閉域網 …) with its source restriction, authentication and
// firmware — what checklist 2(8) (接続元制限) and the MFA item ask, and where attackers came in.

import { isIPv4, isIPv6 } from '../devices/ip.ts';
import { LEDGER_STATUSES, type LedgerStatus, ledgerStatusLabels, readStatus, STATUS_CHOICES } from '../devices/status.ts';
import { reader, word } from '../field-reader.ts';

export const CONNECTION_KINDS = ['vpn', 'rdp', 'closed', 'leased', 'internet', 'cloud', 'mobile', 'other'] as const;
export type ConnectionKind = (typeof CONNECTION_KINDS)[number];
export const kindLabels: Record<ConnectionKind, { ja: string; en: string }> = {
  vpn: { ja: '保守用VPN', en: 'Maintenance VPN' },
  rdp: { ja: 'リモートデスクトップ', en: 'Remote desktop' },
  closed: { ja: '閉域網', en: 'Closed network' },
  leased: { ja: '専用線', en: 'Leased line' },
  internet: { ja: 'インターネット回線', en: 'Internet line' },
  cloud: { ja: 'クラウドサービス', en: 'Cloud service' },
  mobile: { ja: 'モバイル回線', en: 'Mobile line' },
  other: { ja: 'その他', en: 'Other' },
};
/** The kinds through which someone outside operates inside (remote access): MFA is asked of these. */
export const REMOTE_ACCESS: readonly ConnectionKind[] = ['vpn', 'rdp', 'mobile'];

export const RESTRICTIONS = ['restricted', 'none', 'unknown'] as const;
export type Restriction = (typeof RESTRICTIONS)[number];
export const restrictionLabels: Record<Restriction, { ja: string; en: string }> = {
  restricted: { ja: '制限あり', en: 'Restricted' },
  none: { ja: '制限なし', en: 'Not restricted' },
  unknown: { ja: '未確認', en: 'Not checked' },
};

/** The 状態 of a point: the same words as the 機器台帳's (domain/devices/status.ts). */
export const CONNECTION_STATUSES = LEDGER_STATUSES;
export type ConnectionStatus = LedgerStatus;
export const connectionStatusLabels = ledgerStatusLabels;

export interface ConnectionValues {
  name: string;
  kind: ConnectionKind;
  deviceId: string | null;
  vendorName: string;
  purpose: string;
  carrier: string;
  sourceRestriction: Restriction;
  /** allowed source addresses or ranges, one per entry (IP, CIDR, a–b range) */
  allowedSources: string[];
  timeWindow: string;
  geoRestriction: string;
  mfa: boolean | null;
  firmware: string;
  confirmedBy: string;
  confirmedOn: string | null;
  status: ConnectionStatus;
  note: string;
}

export type ConnectionCheck = { ok: true; values: ConnectionValues } | { ok: false; problems: { field: string; message: string }[] };

export const connectionLabels: Record<keyof ConnectionValues, string> = {
  name: '名称',
  kind: '種類',
  deviceId: '機器',
  vendorName: '事業者',
  purpose: '用途',
  carrier: '回線・通信事業者',
  sourceRestriction: '接続元制限',
  allowedSources: '許可する接続元',
  timeWindow: '接続できる時間帯',
  geoRestriction: '国・地域の制限',
  mfa: '多要素認証',
  firmware: 'ファームウェア・バージョン',
  confirmedBy: '確認した人',
  confirmedOn: '確認日',
  status: '状態',
  note: '備考',
};

const ANY = new Set(['any', 'all', '0.0.0.0/0', '::/0', '*', '全て', 'すべて', '制限なし']);

/** One allowed source: an address, a CIDR block or an a–b range (NFKC first). */
export function checkSource(s: string): string | null {
  const [addr, bits, ...rest] = s.split('/');
  if (rest.length) return `${s} は接続元として読み取れません`;
  if (bits !== undefined) {
    const max = isIPv4(addr ?? '') ? 32 : isIPv6(addr ?? '') ? 128 : -1;
    if (max < 0 || !/^\d{1,3}$/.test(bits) || Number(bits) > max) return `${s} は CIDR (例: 203.0.113.0/24) として正しくありません`;
    return null;
  }
  const range = s.split(/[-〜~]/);
  if (range.length === 2)
    return range.every((a) => isIPv4(a.trim())) ? null : `${s} は範囲 (例: 203.0.113.1-203.0.113.20) として正しくありません`;
  if (isIPv4(s) || isIPv6(s)) return null;
  return `${s} は IP アドレス・CIDR・範囲として読み取れません`;
}

export function checkConnection(raw: Partial<Record<keyof ConnectionValues, unknown>>): ConnectionCheck {
  const r = reader(raw, connectionLabels);
  const { problems, fail, text, pick } = r;
  const name = text('name');
  if (!name) fail('name', '名称を入力してください (例: 電子カルテ保守用VPN)');
  const sources = (Array.isArray(raw.allowedSources) ? raw.allowedSources.map(word) : word(raw.allowedSources).split(/[\n,、;；\s]+/))
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(0, 200);
  for (const s of sources.filter((x) => !ANY.has(x.toLowerCase()))) {
    const problem = checkSource(s);
    if (problem) fail('allowedSources', problem);
  }
  let restriction = pick('sourceRestriction', RESTRICTIONS, 'unknown');
  // "any" is no restriction, whatever was chosen
  if (sources.some((s) => ANY.has(s.toLowerCase()))) restriction = 'none';
  if (restriction === 'restricted' && sources.length === 0) fail('allowedSources', '「制限あり」なら、許可する接続元を入力してください');
  const deviceId = word(raw.deviceId) || null;
  if (deviceId && !/^[0-9a-f-]{36}$/i.test(deviceId)) fail('deviceId', '機器の指定が正しくありません');
  const mfa = raw.mfa === true || raw.mfa === false ? raw.mfa : word(raw.mfa) === 'yes' ? true : word(raw.mfa) === 'no' ? false : null;
  const values: ConnectionValues = {
    name,
    kind: pick('kind', CONNECTION_KINDS, 'other'),
    deviceId,
    vendorName: text('vendorName'),
    purpose: text('purpose', 1000),
    carrier: text('carrier'),
    sourceRestriction: restriction,
    allowedSources: restriction === 'none' ? sources.filter((s) => ANY.has(s.toLowerCase())) : sources,
    timeWindow: text('timeWindow'),
    geoRestriction: text('geoRestriction'),
    mfa,
    firmware: text('firmware'),
    confirmedBy: text('confirmedBy'),
    confirmedOn: r.date('confirmedOn'),
    status: statusOf(raw.status, fail),
    note: text('note', 4000),
  };
  return problems.length ? { ok: false, problems } : { ok: true, values };
}

/** The status a word means (稼働, 停止中, 撤去 …), as the ledger reads it; a word it does not know is named. */
function statusOf(raw: unknown, fail: (field: keyof ConnectionValues, message: string) => void): ConnectionStatus {
  const v = word(raw);
  if (!v) return 'active';
  const found = readStatus(v);
  if (!found) fail('status', `「${v.slice(0, 40)}」は状態として読み取れません。${STATUS_CHOICES} のどれかにしてください`);
  return found ?? 'active';
}

/** What is wrong with a point, in words (for the register and the overview). */
export function connectionWarnings(v: ConnectionValues): string[] {
  if (v.status === 'retired') return [];
  const out: string[] = [];
  if (v.sourceRestriction === 'none') out.push('接続元制限がありません');
  if (v.sourceRestriction === 'unknown') out.push('接続元制限を確認していません');
  if (REMOTE_ACCESS.includes(v.kind) && v.mfa !== true)
    out.push(v.mfa === false ? '多要素認証がありません' : '多要素認証を確認していません');
  if (!v.firmware) out.push('ファームウェア・バージョンが未記入です');
  if (!v.confirmedOn) out.push('確認日がありません');
  return out;
}
