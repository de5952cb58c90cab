// The 利用者台帳 as the findings and the suggestions read it: each account with its system, the leave
// date that applies to it (its own, or the leavers list's by 職員番号, or only by name: to confirm) and
// whether its last logon is known at all; the systems with their account counts; the organisation's
// threshold for a dormant account. Pure: the server reads the rows, this decides.

import type { AccountSource, AccountStatus } from './account.ts';
import type { AccountKind } from './ad-export.ts';
import { type AccountRef, type Leaver, matchLeavers } from './leavers.ts';

export interface AccountFact {
  id: string;
  /** "yamada.t (山田 太郎) — Windows ドメイン" */
  label: string;
  systemId: string;
  systemName: string;
  source: AccountSource;
  accountId: string;
  name: string;
  employeeId: string;
  department: string;
  role: string;
  kind: AccountKind;
  status: AccountStatus;
  isAdmin: boolean | null;
  shared: boolean | null;
  /** may log on remotely (a member of Remote Desktop Users, or a remote group) */
  remote: boolean;
  mfa: boolean | null;
  passwordNeverExpires: boolean | null;
  /** YYYY-MM-DD (JST) */
  lastLogonOn: string | null;
  createdOn: string | null;
  /** the file the accounts came from had a last-logon column (else "never logged on" cannot be told) */
  logonKnown: boolean;
  /** the leave date that applies: the account's own, or the leavers list's */
  leftOn: string | null;
  /** how it was learned: on the account itself, the same 職員番号, or only the same name (to confirm) */
  leaverBy: 'account' | 'employeeId' | 'name' | null;
  /** changes whenever the account or its leave date does */
  stamp: string;
}

export interface AccountSystemFact {
  id: string;
  name: string;
  source: AccountSource;
  accounts: number;
  /** the last 棚卸し signed off (its date, JST) and the next one it set; null when none was */
  lastReviewOn: string | null;
  nextReviewOn: string | null;
}

/** A log of the ログリスト as the アクセスログ管理 suggestion reads it. */
export interface LogFact {
  id: string;
  /** "操作ログ (電子カルテ)" */
  label: string;
  systemId: string;
  contents: string[];
  retentionMonths: number | null;
  lastReviewedOn: string | null;
  /** the next look is due (YYYY-MM-DD) */
  dueOn: string;
}

export interface AccountLedgerFacts {
  systems: AccountSystemFact[];
  /** the ログリスト */
  logs: LogFact[];
  accounts: AccountFact[];
  /** people on the leavers list (0: none imported, so leavers cannot be matched) */
  leavers: number;
  dormantDays: number;
  /** the 権限規程 (運用管理規程) kept as the organisation's evidence, if any */
  accessPolicy?: { fileName: string } | null;
}

/** The raw row's groups (MemberOf as the file had it, joined) name a remote-logon group. */
const REMOTE_GROUPS = /CN=(Remote Desktop Users|リモート デスクトップ ユーザー|[^,;]*(VPN|RDP|Remote)[^,;]*)(,|$)/i;
export function remoteOf(raw: Record<string, string>): boolean {
  const groups = Object.entries(raw).find(([k]) => k.toLowerCase() === 'memberof')?.[1] ?? '';
  return REMOTE_GROUPS.test(groups);
}

/** Whether the row came with a last-logon column (AD: lastLogonTimestamp / LastLogonDate). */
export const logonColumnIn = (raw: Record<string, string>) => Object.keys(raw).some((k) => /last\s*logon/i.test(k));

type Unmatched = Omit<AccountFact, 'leftOn' | 'leaverBy' | 'stamp'> & { ownLeftOn: string | null; nameKey: string; version: number };

/** The leave date that applies to an account: its own first, then the list's by 職員番号, then by name only. */
export function leaveDatesOf(
  accounts: (AccountRef & { ownLeftOn: string | null })[],
  leavers: Leaver[],
): Map<string, { leftOn: string; by: 'account' | 'employeeId' | 'name' }> {
  const best = new Map<string, { leftOn: string; by: 'account' | 'employeeId' | 'name' }>();
  for (const a of accounts) if (a.ownLeftOn) best.set(a.id, { leftOn: a.ownLeftOn, by: 'account' });
  for (const m of matchLeavers(leavers, accounts)) {
    const had = best.get(m.account.id);
    // the account's own date wins; then a 職員番号 over a name; between two of a kind, the earlier date
    if (!had || (had.by === 'name' && m.by === 'employeeId') || (had.by === m.by && m.leaver.leftOn < had.leftOn))
      best.set(m.account.id, { leftOn: m.leaver.leftOn, by: m.by });
  }
  return best;
}

/** Each account with the leave date that applies to it (leaveDatesOf). */
export function withLeaveDates(accounts: Unmatched[], leavers: Leaver[]): AccountFact[] {
  const dates = leaveDatesOf(accounts, leavers);
  return accounts.map(({ ownLeftOn: _own, nameKey: _k, version, ...a }) => {
    const d = dates.get(a.id);
    const leftOn = d?.leftOn ?? null;
    const leaverBy = d?.by ?? null;
    return { ...a, leftOn, leaverBy, stamp: `v${version}:${leftOn ?? '-'}:${leaverBy ?? '-'}` };
  });
}
