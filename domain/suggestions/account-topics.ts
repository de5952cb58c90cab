// The items read from the 利用者台帳: 不要なアカウントの削除 (leavers' and unused accounts), アクセス利用権限
// (a role per account, administrators named) and the password items. Each says 判断できない while a
// system has no account list, or while no leavers list is there to match against; the rules behind
// the password items live in settings no ledger records, so those never say はい.
import type { AccountFact, AccountLedgerFacts } from '../accounts/facts.ts';
import { dormancy } from '../findings/account-findings.ts';
import type { LedgerFacts, RowRef, Suggestion } from './types.ts';
import { listOf, type Verdict } from './verdict.ts';

const enabled = (a: AccountFact) => a.status === 'active' && a.kind !== 'computer';

/** The ledger, or the reason it cannot tell: no system, or a system without accounts. */
function ledgerOr(facts: LedgerFacts, v: Verdict, needAccounts = true): AccountLedgerFacts | null {
  const ledger = facts.accounts;
  if (!ledger || ledger.systems.length === 0) {
    v.doubt('利用者台帳にシステムが登録されていません。システムごとにアカウントの一覧を取り込むと判断できます。');
    return null;
  }
  const empty = ledger.systems.filter((s) => s.accounts === 0);
  if (needAccounts && empty.length)
    v.doubt(`アカウントの一覧がないシステムがあります: ${listOf(empty.map((s) => ({ label: s.name })))}。一覧を取り込むと判断できます。`);
  return ledger;
}

const rowsOf = (accounts: AccountFact[]): RowRef[] =>
  accounts.map((a) => ({ type: 'account', id: a.id, label: a.label, systemId: a.systemId }));

/** 不要なアカウントの削除: no leaver's account enabled after the leave date, none unused for the organisation's days. */
export function accountsSuggestion(facts: LedgerFacts, v: Verdict): Suggestion {
  v.cannotTell('利用者台帳に載っていないシステムのアカウント (システムごとに一覧を取り込んでください)。');
  const ledger = ledgerOr(facts, v);
  if (!ledger) return v.result('');
  const live = ledger.accounts.filter(enabled);
  const left = live.filter((a) => a.leftOn && a.leftOn < facts.today);
  const sure = left.filter((a) => a.leaverBy !== 'name');
  if (sure.length) v.fail(`退職日を過ぎても有効な退職者のアカウントがあります: ${listOf(sure)}`, rowsOf(sure));
  const byName = left.filter((a) => a.leaverBy === 'name');
  if (byName.length)
    v.doubt(`退職者と氏名だけが一致する有効なアカウントがあります (同じ人か確かめてください): ${listOf(byName)}`, rowsOf(byName));
  if (ledger.leavers === 0)
    v.doubt('退職者一覧が取り込まれていないため、退職者のアカウントを照合できません。人事の退職者一覧を取り込んでください。');
  const unused = live.filter((a) => dormancy(a, facts.today, ledger.dormantDays));
  if (unused.length)
    v.fail(
      `${ledger.dormantDays} 日を超えて使われていない (一度もログオンしていないものを含む) 有効なアカウントがあります (Mamori の目安、組織の設定で変えられます): ${listOf(unused)}`,
      rowsOf(unused),
    );
  const noLogon = ledger.systems.filter((s) => !ledger.accounts.some((a) => a.systemId === s.id && a.logonKnown));
  if (noLogon.length && ledger.accounts.length)
    v.cannotTell(`最終ログオンの記録がないシステムの、使われていないアカウント: ${listOf(noLogon.map((s) => ({ label: s.name })))}`);
  return v.result(
    `利用者台帳の ${ledger.systems.length} システム・有効なアカウント ${live.length} 件に、退職者のものと ${ledger.dormantDays} 日以上使われていないものはありません (退職者一覧 ${ledger.leavers} 人と照合)。`,
  );
}

/** アクセス利用権限: every enabled person's account has a role recorded; administrators named. */
export function accessSuggestion(facts: LedgerFacts, v: Verdict): Suggestion {
  v.cannotTell('Mamori の外で行った棚卸しと、その結果の経営層への報告。');
  const ledger = ledgerOr(facts, v);
  if (!ledger) return v.result('');
  const policy = ledger.accessPolicy;
  if (policy)
    v.cannotTell(`各システムの権限が権限規程「${policy.fileName}」に沿って設定されているか (台帳の役割・権限と規程の突き合わせ)。`);
  else
    v.doubt(
      '職種・業務ごとの権限を定めた規程 (権限規程・運用管理規程) が登録されていません。規程がなければ「いいえ」です。あれば利用者台帳の「権限規程」に証跡として登録してください。',
    );
  const never = ledger.systems.filter((s) => !s.lastReviewOn);
  if (never.length)
    v.doubt(
      `棚卸しを承認した記録がないシステムがあります: ${listOf(never.map((s) => ({ label: s.name })))}。利用者台帳で棚卸しを行うと判断できます。`,
    );
  const overdue = ledger.systems.filter((s) => s.nextReviewOn && s.nextReviewOn < facts.today);
  if (overdue.length)
    v.fail(`棚卸しの予定日を過ぎたシステムがあります: ${listOf(overdue.map((s) => ({ label: `${s.name} (${s.nextReviewOn})` })))}`);
  const people = ledger.accounts.filter((a) => enabled(a) && a.kind === 'person');
  const noRole = people.filter((a) => !a.role.trim());
  if (noRole.length)
    v.doubt(`役割・権限が記録されていない有効なアカウントが ${noRole.length} 件あります: ${listOf(noRole)}`, rowsOf(noRole));
  const shared = people.filter((a) => a.shared);
  if (shared.length) v.doubt(`共用アカウントがあります (誰が使ったか分かりません): ${listOf(shared)}`, rowsOf(shared));
  const admins = ledger.accounts.filter((a) => enabled(a) && a.isAdmin);
  const reviewed = ledger.systems.map((s) => `${s.name} ${s.lastReviewOn}`).join('、');
  return v.result(
    `権限規程「${policy?.fileName ?? ''}」があり、有効なアカウント ${people.length} 件すべてに役割・権限が記録され、棚卸しを承認しています (${reviewed})。管理者権限は ${admins.length} 件${admins.length ? ` (${listOf(admins)})` : ''} です。`,
  );
}

/** The password items: length and reuse are settings (グループポリシー等) no ledger records — never はい. */
export function passwordSuggestion(facts: LedgerFacts, v: Verdict): Suggestion {
  const ledger = ledgerOr(facts, v);
  if (ledger) {
    const never = ledger.accounts.filter((a) => enabled(a) && a.kind === 'person' && a.passwordNeverExpires && a.mfa !== true);
    if (never.length)
      v.doubt(
        `パスワードが無期限の設定で、二要素認証が記録されていないアカウントがあります (13 文字以上なら問題ありません): ${listOf(never)}`,
        rowsOf(never),
      );
  }
  v.doubt(
    'パスワードの桁数・文字種・使い回しの禁止・ロックアウトは各システムの設定 (Windows ではグループポリシー) で決まり、利用者台帳からは分かりません。設定画面か設定の出力で確認してください。',
  );
  return v.result('');
}

/** 二要素認証 (the ledger's part): administrator accounts recorded without MFA. */
export function adminsWithoutMfa(facts: LedgerFacts, v: Verdict): void {
  const admins = (facts.accounts?.accounts ?? []).filter((a) => enabled(a) && a.isAdmin && a.mfa === false);
  if (admins.length) v.fail(`二要素認証のない管理者権限のアカウントがあります: ${listOf(admins)}`, rowsOf(admins));
}

/** アクセスログ管理: every system has a log in the ログリスト that records logons and is kept a set time, looked at on schedule. */
export function logsSuggestion(facts: LedgerFacts, v: Verdict): Suggestion {
  v.cannotTell('ログが実際に記録・保存されているか (ログリストは記録の取り決めです)。');
  const ledger = ledgerOr(facts, v, false);
  if (!ledger) return v.result('');
  const logs = ledger.logs;
  if (logs.length === 0)
    return v
      .doubt('ログリストにログが登録されていません。システムごとに、記録される内容・保管場所・保存期間・確認の間隔を登録してください。')
      .result('');
  const without = ledger.systems.filter((s) => !logs.some((l) => l.systemId === s.id));
  if (without.length) v.doubt(`ログリストにログがないシステムがあります: ${listOf(without.map((s) => ({ label: s.name })))}`);
  const partial = logs.filter((l) => !l.contents.includes('logon') || l.retentionMonths === null);
  if (partial.length) v.doubt(`ログイン日時の記録か保存期間が決まっていないログがあります: ${listOf(partial)}`);
  const late = logs.filter((l) => l.dueOn < facts.today);
  if (late.length) v.fail(`確認の予定日を過ぎたログがあります: ${listOf(late.map((l) => ({ label: `${l.label} (${l.dueOn})` })))}`);
  const never = logs.filter((l) => !l.lastReviewedOn && l.dueOn >= facts.today);
  if (never.length) v.doubt(`まだ一度も確認の記録がないログがあります: ${listOf(never)}`);
  return v.result(
    `ログリストの ${logs.length} 件のログを予定どおり確認しています (最後の確認: ${listOf(logs.map((l) => ({ label: `${l.label} ${l.lastReviewedOn}` })))})。`,
  );
}
