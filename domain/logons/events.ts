// A Windows logon event as Mamori keeps it, whatever file it came from (NXLog / winlogbeat JSON
// lines, `Get-WinEvent | Export-Csv`, Event Viewer's 「名前を付けて保存」 CSV): the Security events
// 4624 (logon), 4625 (failure), 4634/4647 (logoff), 4648 (explicit credentials), 4672 (special
// privileges), 4778/4779 (RDP session reconnect/disconnect) and the TerminalServices events 1149
// (RemoteConnectionManager: RDP authentication) and 21/22/23/24/25 (LocalSessionManager: session
// logon, shell start, logoff, disconnect, reconnect). Every other event ID is not ours and is ignored.
//
// The account is folded for matching (NFKC, lower case, without its domain: `BYOIN\Takahashi.I`,
// `takahashi.i@byoin.local` → `takahashi.i`); the domain is kept beside it as written. Times are ISO
// UTC (`2026-11-30T23:12:45.000Z`); a time the file writes without a zone is read in the offset the
// caller gives (Japan, +09:00, unless told otherwise). Pure: no I/O.

export const LOGON_EVENT_KINDS = [
  'logon',
  'logoff',
  'failure',
  'explicit',
  'special-privileges',
  'reconnect',
  'disconnect',
  'rdp-auth',
  'rdp-session-logon',
  'rdp-session-shell',
  'rdp-session-logoff',
  'rdp-session-disconnect',
  'rdp-session-reconnect',
] as const;
export type LogonEventKind = (typeof LOGON_EVENT_KINDS)[number];

/** Who writes an event ID: the Security log, or TerminalServices' RemoteConnectionManager / LocalSessionManager. */
type Provider = 'security' | 'rcm' | 'lsm';

const EVENT_IDS: Record<number, { kind: LogonEventKind; provider: Provider }> = {
  4624: { kind: 'logon', provider: 'security' },
  4625: { kind: 'failure', provider: 'security' },
  4634: { kind: 'logoff', provider: 'security' },
  4647: { kind: 'logoff', provider: 'security' },
  4648: { kind: 'explicit', provider: 'security' },
  4672: { kind: 'special-privileges', provider: 'security' },
  4778: { kind: 'reconnect', provider: 'security' },
  4779: { kind: 'disconnect', provider: 'security' },
  1149: { kind: 'rdp-auth', provider: 'rcm' },
  21: { kind: 'rdp-session-logon', provider: 'lsm' },
  22: { kind: 'rdp-session-shell', provider: 'lsm' },
  23: { kind: 'rdp-session-logoff', provider: 'lsm' },
  24: { kind: 'rdp-session-disconnect', provider: 'lsm' },
  25: { kind: 'rdp-session-reconnect', provider: 'lsm' },
};

export const LOGON_EVENT_IDS: readonly number[] = Object.keys(EVENT_IDS).map(Number);

/** 1149 and 21–25: TerminalServices' events, whose user is in UserData (or the message), not in EventData. */
export const isTerminalServicesId = (eventId: number): boolean =>
  EVENT_IDS[eventId]?.provider === 'rcm' || EVENT_IDS[eventId]?.provider === 'lsm';

export const logonEventKindLabels: Record<LogonEventKind, string> = {
  logon: 'ログオン',
  logoff: 'ログオフ',
  failure: 'ログオン失敗',
  explicit: '明示的な資格情報でのログオン',
  'special-privileges': '特権の割り当て',
  reconnect: 'RDP セッションの再接続',
  disconnect: 'RDP セッションの切断',
  'rdp-auth': 'RDP の認証',
  'rdp-session-logon': 'RDP セッションのログオン',
  'rdp-session-shell': 'RDP セッションのシェル開始',
  'rdp-session-logoff': 'RDP セッションのログオフ',
  'rdp-session-disconnect': 'RDP セッションの切断',
  'rdp-session-reconnect': 'RDP セッションの再接続',
};

/** TerminalServices events carry small IDs that other providers use too: the provider must agree when the file names it. */
function providerAgrees(provider: Provider, named: string): boolean {
  const p = named.toLowerCase();
  if (!p) return true;
  if (provider === 'security') return p.includes('security');
  if (provider === 'rcm') return p.includes('remoteconnectionmanager');
  return p.includes('localsessionmanager');
}

/** The kind of a logon event ID, or null when it is not one of ours (or comes from another provider). */
export function kindOfEventId(eventId: number, providerOrChannel = ''): LogonEventKind | null {
  const known = EVENT_IDS[eventId];
  if (!known) return null;
  return providerAgrees(known.provider, providerOrChannel) ? known.kind : null;
}

// ---- logon types ----------------------------------------------------------------------------------

export const LOGON_CLASSES = ['interactive', 'network', 'rdp', 'service', 'batch', 'unlock', 'cached', 'other'] as const;
export type LogonClass = (typeof LOGON_CLASSES)[number];

export const logonClassLabels: Record<LogonClass, string> = {
  interactive: '対話型 (端末の前で)',
  network: 'ネットワーク (共有フォルダーなど)',
  rdp: 'リモート デスクトップ (RDP)',
  service: 'サービス',
  batch: 'バッチ (タスク スケジューラ)',
  unlock: 'ロック解除',
  cached: 'キャッシュされた資格情報',
  other: 'その他',
};

/**
 * LogonType → class: 2 Interactive, 3 Network, 4 Batch, 5 Service, 7 Unlock, 8 NetworkCleartext,
 * 9 NewCredentials, 10 RemoteInteractive (RDP), 11 CachedInteractive, 12 CachedRemoteInteractive
 * (RDP with cached credentials), 13 CachedUnlock; anything else (0 System) is 'other'.
 */
export function logonClassOf(logonType: number | null): LogonClass | null {
  if (logonType === null) return null;
  switch (logonType) {
    case 2:
      return 'interactive';
    case 3:
    case 8:
      return 'network';
    case 4:
      return 'batch';
    case 5:
      return 'service';
    case 7:
    case 13:
      return 'unlock';
    case 10:
    case 12:
      return 'rdp';
    case 11:
      return 'cached';
    default:
      return 'other';
  }
}

/** A person's logons (what the hours of a day say something about): not network, service or batch. */
export const HUMAN_CLASSES: readonly LogonClass[] = ['interactive', 'rdp', 'unlock', 'cached'];

// ---- failure status ---------------------------------------------------------------------------------

/** NTSTATUS codes of 4625's Status / SubStatus, upper-case hex as Windows shows them. */
export const FAILURE_STATUS_LABELS: Record<string, string> = {
  '0xC000006A': 'パスワードの誤り',
  '0xC0000064': '存在しないユーザー名',
  '0xC0000234': 'ロックアウト中のアカウント',
  '0xC0000072': '無効化されたアカウント',
  '0xC000006F': 'ログオンが許可されていない時間帯',
  '0xC0000070': 'ログオンが許可されていない端末',
  '0xC0000193': '有効期限切れのアカウント',
  '0xC0000071': 'パスワードの有効期限切れ',
  '0xC0000133': '時刻のずれ (ドメイン コントローラーとの時計の差)',
  '0xC0000224': '次回ログオン時にパスワードの変更が必要',
  '0xC000006D': 'ユーザー名またはパスワードの誤り (詳細はサブステータス)',
  '0xC000006E': 'アカウントの制限',
  '0xC000015B': 'このログオンの種類が許可されていない',
  '0xC0000413': '認証ファイアウォールによる拒否',
};

/** `0xc000006a` → `0xC000006A`; '-', '0x0' or anything that is not a hex code → null. */
export function normalizeStatus(raw: string | null | undefined): string | null {
  const m = (raw ?? '').trim().match(/^0x([0-9a-f]{1,8})$/i);
  if (!m?.[1] || /^0+$/.test(m[1])) return null;
  return `0x${m[1].toUpperCase().padStart(8, '0')}`;
}

export const statusLabel = (code: string): string => FAILURE_STATUS_LABELS[code] ?? `不明な理由 (${code})`;

/** What a failure is counted by: its SubStatus when it says more, else its Status ('unknown' when neither). */
export function failureCodeOf(e: Pick<LogonEvent, 'status' | 'subStatus'>): string {
  return e.subStatus ?? e.status ?? 'unknown';
}

// ---- accounts, addresses, hosts -------------------------------------------------------------------

export type AccountKind = 'user' | 'machine' | 'builtin' | 'none';

const BUILTIN_ACCOUNTS = new Set([
  'system',
  'local service',
  'network service',
  'anonymous logon',
  'ローカル サービス',
  'ネットワーク サービス',
  'font driver host',
  'window manager',
]);

const dash = (s: string) => (s === '-' ? '' : s);

/** `DOMAIN\user`, `user@domain` or `user` (with the domain given apart) → the folded ID and the domain as written. */
export function foldAccount(rawUser: string | null | undefined, rawDomain?: string | null): { account: string; domain: string } {
  let user = dash((rawUser ?? '').normalize('NFKC').trim());
  let domain = dash((rawDomain ?? '').normalize('NFKC').trim());
  const slash = user.lastIndexOf('\\');
  if (slash >= 0) {
    domain = domain || user.slice(0, slash);
    user = user.slice(slash + 1);
  } else {
    const at = user.lastIndexOf('@');
    if (at > 0) {
      domain = domain || user.slice(at + 1);
      user = user.slice(0, at);
    }
  }
  return { account: user.trim().toLowerCase(), domain: domain.trim() };
}

export function accountKindOf(account: string): AccountKind {
  if (!account) return 'none';
  if (account.endsWith('$')) return 'machine';
  if (BUILTIN_ACCOUNTS.has(account) || /^(dwm|umfd)-\d+$/.test(account)) return 'builtin';
  return 'user';
}

const LOCAL_WORDS = new Set(['', '-', 'local', 'localhost', 'ローカル', '::1', '127.0.0.1', '::ffff:127.0.0.1']);

/**
 * A source address as written → the address (lower case, an IPv4-mapped IPv6 written as IPv4, no
 * brackets or zone) and whether the logon came from the machine itself ('-', loopback, LOCAL).
 */
export function sourceOf(raw: string | null | undefined): { source: string | null; local: boolean } {
  let s = (raw ?? '').normalize('NFKC').trim().toLowerCase();
  if (s.startsWith('[') && s.includes(']')) s = s.slice(1, s.indexOf(']'));
  const zone = s.indexOf('%');
  if (zone > 0) s = s.slice(0, zone);
  if (s.startsWith('::ffff:') && /^\d+\.\d+\.\d+\.\d+$/.test(s.slice(7))) s = s.slice(7);
  if (LOCAL_WORDS.has(s)) return { source: s === '' || s === '-' ? null : s, local: true };
  if (/^127\.\d+\.\d+\.\d+$/.test(s)) return { source: s, local: true };
  return { source: s, local: false };
}

export const foldHost = (raw: string | null | undefined): string =>
  dash((raw ?? '').normalize('NFKC').trim())
    .toLowerCase()
    .replace(/\.$/, '');

// ---- the event ------------------------------------------------------------------------------------

export interface LogonEvent {
  /** ISO UTC, e.g. 2026-11-30T23:12:45.000Z */
  time: string;
  eventId: number;
  kind: LogonEventKind;
  /** folded: NFKC, lower case, without the domain ('' when the event names nobody) */
  account: string;
  /** the account's domain as written ('' when none) */
  domain: string;
  accountKind: AccountKind;
  /** LogonType (4624, 4625, 4634) */
  logonType: number | null;
  logonClass: LogonClass | null;
  /** IpAddress / Source Network Address / Client Address, folded (null when '-' or absent) */
  source: string | null;
  /** from the machine itself: '-', loopback or LOCAL */
  local: boolean;
  workstation: string | null;
  /** 4625: Status and SubStatus as upper-case hex (0xC000006A), null when absent or 0x0 */
  status: string | null;
  subStatus: string | null;
  /** the host that logged the event (lower case; '' when the file does not say and the caller gave none) */
  computer: string;
  /** the file's line where the event's record begins (1-based) */
  line: number;
}

/** What a reader found in one record, before it is made a LogonEvent. */
export interface RawEvent {
  eventId: number;
  provider: string;
  time: string;
  computer: string;
  user: string;
  domain: string;
  logonType: string;
  address: string;
  workstation: string;
  status: string;
  subStatus: string;
  line: number;
}

/** A record read by a reader → the event, or null when its ID is not a logon event's. */
export function toLogonEvent(raw: RawEvent): LogonEvent | null {
  const kind = kindOfEventId(raw.eventId, raw.provider);
  if (!kind) return null;
  const { account, domain } = foldAccount(raw.user, raw.domain);
  const typeText = raw.logonType.trim();
  const logonType = /^\d{1,3}$/.test(typeText) ? Number(typeText) : null;
  const { source, local } = sourceOf(raw.address);
  const workstation = dash(raw.workstation.normalize('NFKC').trim());
  return {
    time: raw.time,
    eventId: raw.eventId,
    kind,
    account,
    domain,
    accountKind: accountKindOf(account),
    logonType,
    logonClass: logonClassOf(logonType),
    source,
    local,
    workstation: workstation || null,
    status: normalizeStatus(raw.status),
    subStatus: normalizeStatus(raw.subStatus),
    computer: foldHost(raw.computer),
    line: raw.line,
  };
}

/** Evidence of a remote desktop logon from `source`: 4624 type 10/12, 1149, 4778 reconnect, LSM 21/25. */
export function isRdpLogon(e: LogonEvent): boolean {
  return (
    (e.kind === 'logon' && e.logonClass === 'rdp') ||
    e.kind === 'rdp-auth' ||
    e.kind === 'reconnect' ||
    e.kind === 'rdp-session-logon' ||
    e.kind === 'rdp-session-reconnect'
  );
}

// ---- times ----------------------------------------------------------------------------------------

/** '+09:00', '-04:00', 'Z', '+0900' → minutes east of UTC; null when unreadable. */
export function offsetMinutes(text: string): number | null {
  if (/^z$/i.test(text.trim())) return 0;
  const m = text.trim().match(/^([+-])(\d{2}):?(\d{2})$/);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  if (minutes > 14 * 60) return null;
  return m[1] === '-' ? -minutes : minutes;
}

export type DateOrder = 'ymd' | 'mdy' | 'dmy';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function utcIso(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, offset: number): string | null {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 60) return null;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const daysInMonth = mo === 2 && leap ? 29 : (DAYS_IN_MONTH[mo - 1] ?? 31);
  if (d > daysInMonth || y < 1970 || y > 2999) return null;
  return new Date(Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59), ms) - offset * 60_000).toISOString();
}

const ISO_ZONED = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const SLASHED =
  /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})\s+(?:(午前|午後|AM|PM)\s*)?(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,](\d{1,7}))?(?:\s*(AM|PM|午前|午後))?$/i;

/**
 * A time as the files write it → ISO UTC, or null:
 * - ISO 8601 with a zone (winlogbeat's @timestamp, NXLog with a zone) as it says;
 * - `2020-09-22 04:37:54` (NXLog's EventTime: the collector's local time) in `offset` minutes;
 * - `2026/11/30 8:12:45` (ja-JP), `11/30/2026 8:12:45 AM` (en-US), `30/11/2026 08:12:45` (en-GB,
 *   only with order 'dmy' or a day above 12), 午前/午後 too, in `offset` minutes.
 */
export function parseEventTime(raw: string, offset: number, order?: DateOrder): string | null {
  const text = raw.normalize('NFKC').trim();
  const iso = text.match(ISO_ZONED);
  if (iso) {
    const [, y, mo, d, h, mi, s, frac, zone] = iso;
    const zoneOffset = zone ? offsetMinutes(zone) : offset;
    if (zoneOffset === null) return null;
    const ms = frac ? Number(frac.slice(0, 3).padEnd(3, '0')) : 0;
    return utcIso(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s), ms, zoneOffset);
  }
  const m = text.match(SLASHED);
  if (!m) return null;
  const [, a, b, c, ampm1, h, mi, s, frac, ampm2] = m;
  let y: number;
  let mo: number;
  let d: number;
  if ((a ?? '').length === 4) {
    y = Number(a);
    mo = Number(b);
    d = Number(c);
  } else if ((c ?? '').length === 4) {
    y = Number(c);
    const first = Number(a);
    const second = Number(b);
    const dmy = order === 'dmy' || (order !== 'mdy' && first > 12);
    mo = dmy ? second : first;
    d = dmy ? first : second;
  } else {
    return null;
  }
  let hour = Number(h);
  const ampm = (ampm1 ?? ampm2 ?? '').toUpperCase();
  if (ampm) {
    if (hour < 1 || hour > 12) return null;
    const pm = ampm === 'PM' || ampm === '午後';
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  const ms = frac ? Number(frac.slice(0, 3).padEnd(3, '0')) : 0;
  return utcIso(y, mo, d, hour, Number(mi), Number(s ?? 0), ms, offset);
}

/** ISO UTC → `2026-12-01 08:12` in Japan time (for messages). */
export function jstText(iso: string): string {
  const t = new Date(Date.parse(iso) + 9 * 3_600_000);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
}

/** The hour of the day in Japan (0–23) of an ISO time. */
export function jstHour(iso: string): number {
  const hours = Math.floor(Date.parse(iso) / 3_600_000) + 9;
  return ((hours % 24) + 24) % 24;
}
