// Findings from a logon summary (Mamori's rules; the thresholds are Mamori's, 「Mamori の目安」, not the
// 手引き's), with what only the caller knows: the institution's address ranges and the accounts that
// belong to leavers or are disabled.
//
// - RDP from outside: an RDP logon (4624 type 10/12, 1149, 4778, LSM 21/25) from an address outside
//   the institution's ranges (local ones never count). 高 (high). Without ranges nothing is judged,
//   and one 情報 finding says so.
// - A leaver's account used after the leave date: 重大 (critical); a disabled account's logon after
//   it was disabled: 高 (high) — a disabled account cannot log on, so it was enabled again or the
//   ledger is wrong; failures of a leaver's account after the date (someone trying it): 中 (medium).
// - A burst of failures (password guessing): the summariser's bursts (10 failures within 5 minutes
//   for one account, or from one source): 高, 重大 when a successful logon followed.
// - A night logon (22:00–06:00, Japan time) by an account whose person's logons are otherwise in the
//   day (at least 95% in the day, at least 20 logons): 中.
// Machine accounts (NAME$) and built-in ones (SYSTEM, DWM-1 …) are judged only for RDP and bursts.
import type { Severity } from '../findings/finding.ts';
import { MAMORI } from '../suggestions/verdict.ts';
import { type AddressRange, inRanges, parseAddress, parseRanges } from './cidr.ts';
import { foldAccount, jstText, logonClassLabels, statusLabel } from './events.ts';
import { type AccountSummary, isNightHour, type LogonRef, type LogonSummary, NIGHT_FROM_HOUR, NIGHT_TO_HOUR } from './summary.ts';

export const NIGHT_MIN_LOGONS = 20;
export const NIGHT_DAY_SHARE = 0.95;

export interface AccountStatusInput {
  /** the account's ID (folded here: DOMAIN\ and case do not matter) */
  id: string;
  status: 'leaver' | 'disabled';
  /**
   * leave date / the date it was disabled (YYYY-MM-DD, Japan); logons after the end of that day count.
   * A leaver without a date is not judged; a disabled account without one: any logon in the file is told (中).
   */
  since: string | null;
  /** a name to show (氏名), optional */
  label?: string;
}

export interface LogonFindingInput {
  /** the institution's address ranges, CIDR (IPv4 and IPv6) */
  ranges: string[];
  accounts?: AccountStatusInput[];
  nightMinLogons?: number;
  nightDayShare?: number;
}

export const LOGON_FINDING_KINDS = [
  'rdp-outside',
  'rdp-unjudged',
  'leaver-logon',
  'leaver-attempt',
  'disabled-logon',
  'failure-burst',
  'night-logon',
  'incomplete',
] as const;
export type LogonFindingKind = (typeof LOGON_FINDING_KINDS)[number];

export interface LogonFinding {
  /** stable for the same kind and subject */
  id: string;
  kind: LogonFindingKind;
  severity: Severity;
  title: string;
  detail: string[];
  account: string | null;
  system: string | null;
  address: string | null;
}

const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, high: 1, medium: 2, info: 3 };

const refText = (r: LogonRef) =>
  `${jstText(r.time)} (${r.logonClass === 'rdp' ? 'RDP' : logonClassLabels[r.logonClass]}${r.source ? `、接続元 ${r.source}` : ''})`;

/** The end of a Japan date as ISO UTC: 2026-03-31 → 2026-03-31T15:00:00.000Z. */
function endOfJstDay(date: string): string | null {
  const m = date.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1) - 9 * 3_600_000;
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

const who = (a: AccountSummary, label?: string) => `${a.domain ? `${a.domain}\\` : ''}${a.account}${label ? ` (${label})` : ''}`;

function rdpFindings(summary: LogonSummary, ranges: AddressRange[], rangesGiven: boolean): LogonFinding[] {
  const out: LogonFinding[] = [];
  const withRdp = summary.accounts.filter((a) => a.rdpSources.length > 0);
  if (!rangesGiven) {
    if (withRdp.length > 0) {
      const addresses = new Set(withRdp.flatMap((a) => a.rdpSources.map((r) => r.address)));
      out.push({
        id: 'logon:rdp-unjudged',
        kind: 'rdp-unjudged',
        severity: 'info',
        title: '施設のアドレス範囲が未設定のため、RDP の接続元を判定していません',
        detail: [
          `RDP の接続元は ${addresses.size} 件あります (${[...addresses].slice(0, 5).join('、')}${addresses.size > 5 ? ' ほか' : ''})。`,
          '施設で使っているアドレスの範囲 (例: 192.168.0.0/16) を設定すると、外部からの RDP を見つけられます。',
        ],
        account: null,
        system: null,
        address: null,
      });
    }
    return out;
  }
  for (const a of withRdp) {
    for (const r of a.rdpSources) {
      if (!parseAddress(r.address) || inRanges(r.address, ranges)) continue;
      out.push({
        id: `logon:rdp-outside:${a.system}:${a.account}:${r.address}`,
        kind: 'rdp-outside',
        severity: 'high',
        title: `施設の外のアドレス (${r.address}) から RDP でログオンしています: ${a.account}`,
        detail: [
          `${a.system || '(システム不明)'} に ${who(a)} が ${r.address} からリモート デスクトップで ${r.count} 回ログオンしています (${jstText(r.first)}${r.count > 1 ? ` 〜 ${jstText(r.last)}` : ''})。`,
          'この接続元は施設のアドレス範囲の外です。保守の事業者などの正規の接続か確かめ、そうでなければパスワードを変えて接続元を調べてください。RD ゲートウェイや VPN を通した接続なら、その機器のアドレスが範囲に入っているか確かめてください。',
        ],
        account: a.account,
        system: a.system,
        address: r.address,
      });
    }
    if (a.otherRdpSourceEvents > 0) {
      out.push({
        id: `logon:incomplete:rdp:${a.system}:${a.account}`,
        kind: 'incomplete',
        severity: 'info',
        title: `RDP の接続元が多すぎて、すべては確かめていません: ${a.account}`,
        detail: [
          `${a.system} の ${who(a)} の RDP の接続元は ${a.rdpSources.length} 件を超えています。それ以降の接続元からの ${a.otherRdpSourceEvents} 件は判定していません。`,
        ],
        account: a.account,
        system: a.system,
        address: null,
      });
    }
  }
  return out;
}

function statusFindings(summary: LogonSummary, inputs: AccountStatusInput[]): LogonFinding[] {
  const out: LogonFinding[] = [];
  const byId = new Map<string, AccountStatusInput>();
  for (const i of inputs) {
    const id = foldAccount(i.id).account;
    if (id) byId.set(id, i);
  }
  for (const a of summary.accounts) {
    const input = byId.get(a.account);
    if (!input) continue;
    const cutoff = input.since ? endOfJstDay(input.since) : null;
    const leaver = input.status === 'leaver';
    if (leaver && !cutoff) continue;
    const after = a.recentLogons.filter((r) => !cutoff || r.time >= cutoff);
    if (a.lastLogon && (!cutoff || a.lastLogon >= cutoff)) {
      const shown = after.slice(0, 5).map(refText);
      const since = input.since ?? '';
      out.push({
        id: `logon:${leaver ? 'leaver-logon' : 'disabled-logon'}:${a.system}:${a.account}`,
        kind: leaver ? 'leaver-logon' : 'disabled-logon',
        severity: leaver ? 'critical' : cutoff ? 'high' : 'medium',
        title: leaver
          ? `退職者のアカウントが退職日 (${since}) の後に使われています: ${who(a, input.label)}`
          : cutoff
            ? `無効にしたアカウントが無効化 (${since}) の後にログオンしています: ${who(a, input.label)}`
            : `無効のはずのアカウントがログオンしています: ${who(a, input.label)}`,
        detail: [
          `${a.system || '(システム不明)'} での最後のログオン: ${jstText(a.lastLogon)}。${shown.length ? `日付の後のログオン (新しい順、最大 5 件): ${shown.join('、')}。` : ''}`,
          leaver
            ? '本人以外が使っているおそれがあります。直ちにアカウントを無効化し、誰がどこから使ったか確かめてください。'
            : cutoff
              ? '無効のアカウントはログオンできません。誰かが有効に戻したか、台帳の状態が実際と違います。確かめてください。'
              : '無効にした日が分からないため、このログオンが無効化の前か後かは判断できません。アカウントの状態を確かめてください。',
        ],
        account: a.account,
        system: a.system,
        address: after[0]?.source ?? null,
      });
    }
    if (leaver && cutoff && a.lastFailure && a.lastFailure >= cutoff) {
      const statuses = Object.entries(a.failuresByStatus)
        .sort((x, y) => y[1] - x[1])
        .slice(0, 3)
        .map(([code, n]) => `${code === 'other' ? 'その他' : statusLabel(code)} ${n} 回`)
        .join('、');
      out.push({
        id: `logon:leaver-attempt:${a.system}:${a.account}`,
        kind: 'leaver-attempt',
        severity: 'medium',
        title: `退職者のアカウントでログオンが試みられています: ${who(a, input.label)}`,
        detail: [
          `${a.system || '(システム不明)'} で退職日 (${input.since}) の後、最後の失敗: ${jstText(a.lastFailure)}。このファイルの失敗: ${statuses}。`,
          '誰が試みたか確かめ、アカウントが無効になっているか確かめてください。',
        ],
        account: a.account,
        system: a.system,
        address: null,
      });
    }
  }
  return out;
}

function burstFindings(summary: LogonSummary): LogonFinding[] {
  const { burstThreshold, burstWindowMinutes } = summary.thresholds;
  const rule = `${MAMORI}: ${burstWindowMinutes} 分以内に ${burstThreshold} 回以上の失敗`;
  return summary.bursts.map((b) => {
    const span = `${jstText(b.start)} 〜 ${jstText(b.end)}`;
    const success = b.succeeded
      ? [
          `失敗の後、${jstText(b.succeeded.time)} に ${b.succeeded.account}${b.succeeded.source ? ` (接続元 ${b.succeeded.source})` : ''} のログオンが成功しています。パスワードが破られたおそれがあります。直ちにパスワードを変え、その後の操作を確かめてください。`,
        ]
      : [];
    if (b.by === 'account') {
      return {
        id: `logon:failure-burst:account:${b.system}:${b.account}:${b.start}`,
        kind: 'failure-burst' as const,
        severity: b.succeeded ? ('critical' as const) : ('high' as const),
        title: `ログオンの失敗が続いています (パスワードの推測の疑い): ${b.account} に ${b.failures} 回`,
        detail: [
          `${b.system || '(システム不明)'} で ${span} に ${b.failures} 回失敗しています${b.seen.length ? ` (接続元: ${b.seen.join('、')})` : ''} (${rule})。`,
          ...success,
          ...(success.length ? [] : ['本人の入力間違いか確かめ、心当たりがなければ接続元を調べてください。']),
        ],
        account: b.account,
        system: b.system,
        address: b.seen[0] ?? null,
      };
    }
    return {
      id: `logon:failure-burst:source:${b.source}:${b.start}`,
      kind: 'failure-burst' as const,
      severity: b.succeeded ? ('critical' as const) : ('high' as const),
      title: `${b.source} からログオンの失敗が続いています (パスワードの推測の疑い): ${b.failures} 回`,
      detail: [
        `${span} に ${b.failures} 回失敗しています (試されたアカウント: ${b.seen.join('、') || '不明'}${b.seen.length >= 10 ? ' ほか' : ''}) (${rule})。`,
        ...success,
        ...(success.length ? [] : ['この接続元が施設の機器か確かめ、心当たりがなければ遮断を検討してください。']),
      ],
      account: null,
      system: null,
      address: b.source,
    };
  });
}

function nightFindings(summary: LogonSummary, minLogons: number, dayShare: number): LogonFinding[] {
  const out: LogonFinding[] = [];
  const byAccount = new Map<string, AccountSummary[]>();
  for (const a of summary.accounts) {
    if (a.accountKind !== 'user') continue;
    const list = byAccount.get(a.account) ?? [];
    list.push(a);
    byAccount.set(a.account, list);
  }
  for (const [account, list] of byAccount) {
    let total = 0;
    let night = 0;
    for (const a of list)
      a.humanHours.forEach((n, hour) => {
        total += n;
        if (isNightHour(hour)) night += n;
      });
    if (night === 0 || total < minLogons || (total - night) / total < dayShare) continue;
    const share = Math.floor(((total - night) / total) * 1000) / 10;
    for (const a of list) {
      const mine = a.humanHours.reduce((sum, n, hour) => sum + (isNightHour(hour) ? n : 0), 0);
      if (mine === 0) continue;
      out.push({
        id: `logon:night-logon:${a.system}:${account}`,
        kind: 'night-logon',
        severity: 'medium',
        title: `いつもは日中だけのアカウントが夜間にログオンしています: ${who(a)} (${mine} 回)`,
        detail: [
          `${a.system || '(システム不明)'} での夜間 (${NIGHT_FROM_HOUR} 時〜${NIGHT_TO_HOUR} 時) のログオン: ${a.nightLogons.map(refText).join('、')}${mine > a.nightLogons.length ? ` ほか ${mine - a.nightLogons.length} 回` : ''}。`,
          `このアカウントの端末・RDP のログオン ${total} 回のうち ${share}% は日中です (${MAMORI}: ${minLogons} 回以上のログオンの ${Math.round(dayShare * 100)}% 以上が日中のアカウントの夜間のログオン)。`,
          '本人の夜勤・当直などの正規の利用か確かめてください。',
        ],
        account: a.account,
        system: a.system,
        address: a.nightLogons[0]?.source ?? null,
      });
    }
  }
  return out;
}

function incompleteFindings(summary: LogonSummary): LogonFinding[] {
  const out: LogonFinding[] = [];
  if (summary.overflow.accountEvents > 0)
    out.push({
      id: 'logon:incomplete:accounts',
      kind: 'incomplete',
      severity: 'info',
      title: 'アカウントが多すぎて、一部のイベントを集計していません',
      detail: [`集計できるアカウントの数を超えた ${summary.overflow.accountEvents} 件のイベントは、判定に使っていません。`],
      account: null,
      system: null,
      address: null,
    });
  if (summary.overflow.bursts > 0)
    out.push({
      id: 'logon:incomplete:bursts',
      kind: 'incomplete',
      severity: 'info',
      title: 'ログオンの失敗の連続が多すぎて、一部だけを示しています',
      detail: [`ほかに ${summary.overflow.bursts} 件の連続した失敗があります。`],
      account: null,
      system: null,
      address: null,
    });
  return out;
}

/** The findings of a summary, most severe first; `problems` names the ranges that could not be read. */
export function logonFindings(summary: LogonSummary, input: LogonFindingInput): { findings: LogonFinding[]; problems: string[] } {
  const { ranges, problems } = parseRanges(input.ranges);
  const findings = [
    ...rdpFindings(summary, ranges, ranges.length > 0),
    ...statusFindings(summary, input.accounts ?? []),
    ...burstFindings(summary),
    ...nightFindings(summary, input.nightMinLogons ?? NIGHT_MIN_LOGONS, input.nightDayShare ?? NIGHT_DAY_SHARE),
    ...incompleteFindings(summary),
  ];
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return { findings, problems };
}
