// Findings about the 利用者台帳's accounts (Mamori's rules, from the ledger alone): a leaver's account
// still 有効 after the leave date (重大 with administrator rights or remote logon), an account not used
// for the organisation's number of days, a shared account, an administrator without MFA, a person's
// password that never expires, an account nobody owns. Only enabled accounts are judged; what the
// ledger does not know (MFA not recorded, no last-logon column) is not a finding.
import type { AccountFact, AccountLedgerFacts } from '../accounts/facts.ts';
import { daysBetween } from '../suggestions/verdict.ts';
import type { Finding, Severity } from './finding.ts';

/** AD replicates lastLogonTimestamp only every 9–14 days: a date from it may be that much too early. */
export const AD_LOGON_LAG_DAYS = 14;

type Rule = { key: string; severity: Severity; title: string; detail: string[]; topics: string[]; confidence?: Finding['confidence'] };

const judged = (a: AccountFact) => a.status === 'active' && a.kind !== 'computer';

function leaverRule(a: AccountFact, today: string): Rule | null {
  if (!a.leftOn || a.leftOn >= today) return null;
  const why = [a.isAdmin ? '管理者権限' : '', a.remote ? 'リモートログオン' : ''].filter(Boolean).join('・');
  const byName = a.leaverBy === 'name';
  return {
    key: 'leaver',
    severity: why ? 'critical' : 'high',
    title: byName
      ? `退職者と同じ氏名のアカウントが有効のままです (${a.leftOn} 退職・要確認)`
      : `退職者のアカウントが有効のままです (${a.leftOn} 退職)`,
    detail: [
      ...(why ? [`このアカウントには${why}があります。`] : []),
      byName
        ? '退職者一覧と氏名だけが一致しています (職員番号がありません)。同じ人か確かめ、そうなら無効化または削除してください。'
        : '無効化または削除してください。',
    ],
    topics: ['accounts'],
    confidence: byName ? 'medium' : 'high',
  };
}

/**
 * An enabled account unused for longer than the organisation's days: by its last logon (AD's may be
 * 14 days early, so only beyond that), or never logged on since it was created that long ago (only
 * when its file told last logons at all). Built-in accounts are not judged.
 */
export function dormancy(a: AccountFact, today: string, dormantDays: number): { days: number; never: boolean } | null {
  if (a.status !== 'active' || a.kind === 'builtin' || a.kind === 'computer') return null;
  const lag = a.source === 'directory' ? AD_LOGON_LAG_DAYS : 0;
  if (a.lastLogonOn) {
    const days = daysBetween(a.lastLogonOn, today);
    return days > dormantDays + lag ? { days, never: false } : null;
  }
  if (!a.logonKnown || !a.createdOn) return null;
  const days = daysBetween(a.createdOn, today);
  return days > dormantDays + lag ? { days, never: true } : null;
}

function dormantRule(a: AccountFact, today: string, dormantDays: number): Rule | null {
  const d = dormancy(a, today, dormantDays);
  if (!d) return null;
  const lag = a.source === 'directory';
  const mamori = `Mamori の目安: ${dormantDays} 日 (組織の設定で変えられます)`;
  if (!d.never) {
    const days = d.days;
    return {
      key: 'dormant',
      severity: 'medium',
      title: lag ? `約 ${days} 日使われていないアカウントです` : `${days} 日使われていないアカウントです`,
      detail: [
        `最終ログオン: ${a.lastLogonOn}${lag ? ' 頃 (Active Directory の最終ログオンは最大 14 日遅れて記録されるため、日数は目安です)' : ''}。`,
        `使う予定がなければ無効化してください (${mamori})。`,
      ],
      topics: ['accounts'],
    };
  }
  return {
    key: 'dormant',
    severity: 'medium',
    title: '作成されてから一度もログオンしていないアカウントです',
    detail: [`作成日: ${a.createdOn}。使う予定がなければ無効化してください (${mamori})。`],
    topics: ['accounts'],
  };
}

const RULES: ((a: AccountFact, today: string, dormantDays: number) => Rule | null)[] = [
  leaverRule,
  dormantRule,
  (a) =>
    a.shared
      ? {
          key: 'shared',
          severity: 'medium',
          title: '共用アカウントです',
          detail: ['誰が操作したか記録に残りません。個人ごとのアカウントにするか、使う人と期間を記録してください (Mamori の助言)。'],
          topics: ['access'],
        }
      : null,
  (a) =>
    a.isAdmin && a.mfa === false
      ? {
          key: 'admin-mfa',
          severity: 'high',
          title: '管理者権限のアカウントに二要素認証がありません',
          detail: ['管理者権限のアカウントは二要素認証にしてください (ガイドライン第6.0版以降、令和9年度までに)。'],
          topics: ['mfa'],
        }
      : null,
  (a) =>
    a.kind === 'person' && a.passwordNeverExpires && a.mfa !== true
      ? {
          key: 'password-never-expires',
          severity: 'info',
          title: 'パスワードが無期限の設定です',
          detail: [
            'チェックリスト (令和7年度) は、二要素認証か 13 文字以上のパスワードでなければ定期的な変更を求めています。どちらかなら問題ありません。',
          ],
          topics: ['password'],
        }
      : null,
  (a) => {
    if (a.kind !== 'person' || a.employeeId) return null;
    const name = a.name.normalize('NFKC').trim().toLowerCase();
    if (name && name !== a.accountId.toLowerCase()) return null;
    return {
      key: 'no-owner',
      severity: 'medium',
      title: '使う人が分からないアカウントです',
      detail: ['氏名も職員番号もありません。使う人を記録するか、不要なら無効化してください (Mamori の助言)。'],
      topics: ['accounts', 'access'],
    };
  },
];

/** The findings of every enabled account (computers are not judged). */
export function accountFindings(facts: AccountLedgerFacts, today: string): Finding[] {
  return facts.accounts.filter(judged).flatMap((a) =>
    RULES.map((rule) => rule(a, today, facts.dormantDays))
      .filter((r): r is Rule => r !== null)
      .map((r) => ({
        id: `${a.id}:rule:account:${r.key}`,
        severity: r.severity,
        kind: 'rule' as const,
        subject: {
          type: 'account' as const,
          id: a.id,
          label: a.label,
          stamp: a.stamp,
          deviceClass: 'account' as const,
          systemId: a.systemId,
        },
        title: r.title,
        detail: r.detail,
        method: 'rule' as const,
        confidence: r.confidence ?? 'high',
        cves: [],
        eol: null,
        topics: r.topics,
        via: [],
        items: [],
      })),
  );
}
