import { describe, expect, it } from 'vitest';
import { accountFact } from '../accounts/facts.test-helpers.ts';
import type { AccountFact, AccountLedgerFacts } from '../accounts/facts.ts';
import { withLeaveDates } from '../accounts/facts.ts';
import { nameKey } from '../accounts/names.ts';
import { accessSuggestion, accountsSuggestion, passwordSuggestion } from '../suggestions/account-topics.ts';
import { suggest } from '../suggestions/suggest.ts';
import { facts as ledger } from '../suggestions/test-facts.ts';
import { Verdict } from '../suggestions/verdict.ts';
import { accountFindings } from './account-findings.ts';

const TODAY = '2026-12-07';
const account = accountFact;
const facts = (accounts: AccountFact[], over: Partial<AccountLedgerFacts> = {}): AccountLedgerFacts => ({
  systems: [
    { id: 's1', name: '電子カルテ', source: 'list', accounts: accounts.length, lastReviewOn: '2026-06-01', nextReviewOn: '2027-06-01' },
  ],
  accounts,
  logs: [],
  leavers: 3,
  dormantDays: 90,
  ...over,
});
const kinds = (accounts: AccountFact[], f: Partial<AccountLedgerFacts> = {}) =>
  accountFindings(facts(accounts, f), TODAY).map((x) => [x.id.split(':').pop(), x.severity]);

describe('findings of the 利用者台帳', () => {
  it('finds nothing on a current, owned, enabled account', () => {
    expect(kinds([account()])).toEqual([]);
  });

  it("a leaver's enabled account after the leave date; 重大 with administrator rights or remote logon; none on the day itself", () => {
    expect(kinds([account({ leftOn: '2026-11-30', leaverBy: 'employeeId' })])).toEqual([['leaver', 'high']]);
    expect(kinds([account({ leftOn: '2026-11-30', leaverBy: 'employeeId', isAdmin: true })])).toEqual([['leaver', 'critical']]);
    expect(kinds([account({ leftOn: '2026-11-30', leaverBy: 'employeeId', remote: true })])).toEqual([['leaver', 'critical']]);
    expect(kinds([account({ leftOn: TODAY, leaverBy: 'employeeId' })])).toEqual([]);
    expect(kinds([account({ leftOn: '2026-11-30', leaverBy: 'employeeId', status: 'disabled' })])).toEqual([]);
    const byName = accountFindings(facts([account({ leftOn: '2026-11-30', leaverBy: 'name' })]), TODAY)[0];
    expect(byName?.confidence).toBe('medium');
    expect(byName?.title).toContain('要確認');
  });

  it('an unused account beyond the days, with 14 days of slack for AD, and one never used only when the file told logons', () => {
    expect(kinds([account({ lastLogonOn: '2026-09-08' })])).toEqual([]); // 90 days
    expect(kinds([account({ lastLogonOn: '2026-09-07' })])).toEqual([['dormant', 'medium']]); // 91 days
    expect(kinds([account({ lastLogonOn: '2026-08-25', source: 'directory' })])).toEqual([]); // 104 days: within AD's lag
    expect(kinds([account({ lastLogonOn: '2026-08-20', source: 'directory' })])).toEqual([['dormant', 'medium']]);
    expect(accountFindings(facts([account({ lastLogonOn: '2026-08-20', source: 'directory' })]), TODAY)[0]?.title).toContain('約');
    expect(kinds([account({ lastLogonOn: '2026-09-07' })], { dormantDays: 180 })).toEqual([]);
    expect(kinds([account({ lastLogonOn: null, logonKnown: true })])).toEqual([['dormant', 'medium']]);
    expect(kinds([account({ lastLogonOn: null, logonKnown: false })])).toEqual([]);
    expect(kinds([account({ lastLogonOn: null, kind: 'builtin' })])).toEqual([]);
  });

  it('shared accounts, administrators without MFA, never-expiring passwords without MFA, accounts nobody owns', () => {
    expect(kinds([account({ shared: true })])).toEqual([['shared', 'medium']]);
    expect(kinds([account({ isAdmin: true, mfa: false })])).toEqual([['admin-mfa', 'high']]);
    expect(kinds([account({ isAdmin: true, mfa: null })])).toEqual([]);
    expect(kinds([account({ passwordNeverExpires: true, mfa: null })])).toEqual([['password-never-expires', 'info']]);
    expect(kinds([account({ passwordNeverExpires: true, mfa: true })])).toEqual([]);
    expect(kinds([account({ employeeId: '', name: '' })])).toEqual([['no-owner', 'medium']]);
    expect(kinds([account({ employeeId: '', name: 'YAMADA.T' })])).toEqual([['no-owner', 'medium']]);
    expect(kinds([account({ employeeId: '', kind: 'service', name: '' })])).toEqual([]);
    expect(kinds([account({ kind: 'computer', shared: true, lastLogonOn: '2020-01-01' })])).toEqual([]);
  });

  it('takes the leave date from the account first, then the same 職員番号, then the name only; another 職員番号 is someone else', () => {
    const base = { nameKey: nameKey('山田 太郎'), version: 1 };
    const strip = ({ leftOn: _l, leaverBy: _b, stamp: _s, ...a }: AccountFact) => a;
    const got = withLeaveDates(
      [
        { ...strip(account({ id: 'own' })), ...base, ownLeftOn: '2026-01-31' },
        { ...strip(account({ id: 'byId' })), ...base, ownLeftOn: null },
        { ...strip(account({ id: 'byName', employeeId: '' })), ...base, ownLeftOn: null },
        { ...strip(account({ id: 'other', employeeId: '9999' })), ...base, ownLeftOn: null },
      ],
      [{ row: 1, name: '山田　太郎', nameKey: nameKey('山田　太郎'), employeeId: '1001', leftOn: '2026-03-31', department: '' }],
    );
    expect(got.map((a) => [a.id, a.leftOn, a.leaverBy])).toEqual([
      ['own', '2026-01-31', 'account'],
      ['byId', '2026-03-31', 'employeeId'],
      ['byName', '2026-03-31', 'name'],
      ['other', null, null],
    ]);
  });
});

describe('suggestions from the 利用者台帳', () => {
  const run = (fn: typeof accountsSuggestion, accounts: AccountLedgerFacts | undefined) =>
    fn({ ...ledger(), today: TODAY, ...(accounts ? { accounts } : {}) }, new Verdict('accounts'));

  it('不要なアカウント: 判断できない without systems, without accounts or without a leavers list; いいえ naming the rows; はい when clean', () => {
    expect(run(accountsSuggestion, undefined).answer).toBe('unknown');
    expect(run(accountsSuggestion, facts([])).reasons.join()).toContain('アカウントの一覧がないシステム');
    const noList = run(accountsSuggestion, facts([account()], { leavers: 0 }));
    expect(noList.answer).toBe('unknown');
    expect(noList.reasons.join()).toContain('退職者一覧が取り込まれていない');
    const left = run(accountsSuggestion, facts([account({ leftOn: '2026-10-31', leaverBy: 'employeeId' }), account({ id: 'a2' })]));
    expect(left.answer).toBe('no');
    expect(left.rows).toEqual([{ type: 'account', id: 'a1', label: 'yamada.t (山田 太郎) — 電子カルテ', systemId: 's1' }]);
    expect(run(accountsSuggestion, facts([account({ leftOn: '2026-10-31', leaverBy: 'name' })])).answer).toBe('unknown');
    expect(run(accountsSuggestion, facts([account({ lastLogonOn: null })])).answer).toBe('no');
    const clean = run(accountsSuggestion, facts([account(), account({ id: 'a2', status: 'disabled', leftOn: '2026-10-31' })]));
    expect(clean.answer).toBe('yes');
    expect(clean.reasons[0]).toContain('退職者一覧 3 人と照合');
  });

  it('アクセス権限: 判断できない without the 権限規程 or when an enabled person has no role recorded; the administrators named; whether the settings follow the 規程 never known', () => {
    const policy = { accessPolicy: { fileName: '権限規程.pdf' } };
    expect(run(accessSuggestion, facts([account({ role: '' })], policy)).answer).toBe('unknown');
    const two = [account(), account({ id: 'a2', accountId: 'admin', isAdmin: true, label: 'admin' })];
    const noPolicy = run(accessSuggestion, facts(two));
    expect(noPolicy.answer).toBe('unknown');
    expect(noPolicy.reasons.join()).toContain('権限規程・運用管理規程) が登録されていません');
    const ok = run(accessSuggestion, facts(two, policy));
    expect(ok.answer).toBe('yes');
    expect(ok.reasons[0]).toContain('権限規程「権限規程.pdf」があり');
    expect(ok.reasons[0]).toContain('管理者権限は 1 件 (admin)');
    const sys = (over: { lastReviewOn: string | null; nextReviewOn: string | null }) => [
      { id: 's1', name: '電子カルテ', source: 'list' as const, accounts: 1, ...over },
    ];
    const never = run(accessSuggestion, facts([account()], { ...policy, systems: sys({ lastReviewOn: null, nextReviewOn: null }) }));
    expect(never.answer).toBe('unknown');
    expect(never.reasons.join()).toContain('棚卸しを承認した記録がない');
    const late = run(
      accessSuggestion,
      facts([account()], { ...policy, systems: sys({ lastReviewOn: '2025-06-01', nextReviewOn: '2026-06-01' }) }),
    );
    expect(late.answer).toBe('no');
    expect(late.reasons.join()).toContain('電子カルテ (2026-06-01)');
    expect(ok.cannotTell.join()).toContain('権限規程');
  });

  it('パスワード: never はい (the rules are settings no ledger records), never-expiring accounts named', () => {
    const s = run(passwordSuggestion, facts([account({ passwordNeverExpires: true, mfa: null })]));
    expect(s.answer).toBe('unknown');
    expect(s.rows.map((r) => r.id)).toEqual(['a1']);
  });

  it('recognises the items by their words in every version, and 二要素認証 fails on an administrator without MFA', () => {
    const item = (text: string) => ({ text, targets: ['server' as const] });
    const f = { ...ledger(), today: TODAY, accounts: facts([account({ isAdmin: true, mfa: false })]) };
    expect(suggest(item('退職者や使用していないアカウント等、不要なアカウントを削除している。'), f)?.topic).toBe('accounts');
    expect(suggest(item('利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。'), f)?.topic).toBe('access');
    expect(suggest(item('パスワードの使い回しを禁止している。'), f)?.topic).toBe('password');
    const mfa = suggest(item('二要素認証を実装している。'), f);
    expect(mfa?.topic).toBe('mfa');
    expect(mfa?.answer).toBe('no');
    expect(mfa?.rows).toContainEqual({ type: 'account', id: 'a1', label: 'yamada.t (山田 太郎) — 電子カルテ', systemId: 's1' });
  });
});
