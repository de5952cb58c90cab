// What Mamori's ledgers say about a 確認項目 of the BCP 確認表, as a suggestion with its evidence: the
// 機器台帳 (what there is, which systems matter), the vulnerability and end-of-life findings, the
// 連絡体制図 (who to call), the 教育・訓練 records, the バックアップ台帳 (restore order, who restores),
// the 外部接続点 (what to cut off) and the BCP exercises. Like the checklist's suggestions it never
// says はい on missing information, and says what the ledgers cannot know. The person answers.
import { suggest } from '../suggestions/suggest.ts';
import type { LedgerFacts, RowRef, Suggested, Suggestion } from '../suggestions/types.ts';
import { listOf, refs, Verdict } from '../suggestions/verdict.ts';
import type { PrefillSource, SheetCheck } from './sheet.ts';

export interface BcpFacts {
  ledger: LedgerFacts;
  /** the 連絡体制図: its entries, the 手引き's gaps (chartProblems) and Mamori's advice (chartAdvice: numbers, a confirmation within a year) */
  contacts: { internal: number; external: number; problems: string[]; advice: string[]; confirmedOn: string | null; paper: boolean };
  training: { label: string; sessions: number; drills: number };
  exercises: { count: number; lastOn: string | null; actions: number; open: number; overdue: number };
  /** the バックアップ台帳's systems in use, with what the restore needs */
  restorePlans: { id: string; label: string; restoreOrder: number | null; recoveryHours: number | null; restorer: string }[];
  /** the 連絡体制図's 事業者, with whether a phone number is there */
  vendorsReachable: { name: string; phone: boolean }[];
}

export interface BcpPrefill {
  answer: Suggested;
  reasons: string[];
  cannotTell: string[];
  rows: RowRef[];
  /** the ledger read, in words (「機器台帳」) */
  basis: string;
}

const BASIS: Record<PrefillSource, string> = {
  devices: '機器台帳',
  impact: 'バックアップ台帳 (復旧の順番・目標復旧時間)',
  vulnerabilities: '機器台帳と脆弱性・サポート終了の情報',
  contacts: '連絡体制図',
  training: '教育・訓練の記録',
  backup: 'バックアップ台帳',
  escalation: '連絡体制図 (組織内)',
  vendors: '連絡体制図 (事業者)',
  isolation: '外部接続点台帳',
  'restore-order': 'バックアップ台帳 (復旧の順番・目標復旧時間)',
  'restore-vendor': 'バックアップ台帳 (復旧を担当する事業者・責任者)',
  exercises: 'BCP の訓練・演習の記録',
};

const from = (s: Suggestion, basis: string): BcpPrefill => ({
  answer: s.answer,
  reasons: s.reasons,
  cannotTell: s.cannotTell,
  rows: s.rows,
  basis,
});

/** The checklist's own suggestion for an item of these words (the same rule, not a second one). */
const likeItem = (words: string, facts: LedgerFacts) => suggest({ text: words, targets: [] }, facts);

export function prefill(source: PrefillSource, facts: BcpFacts): BcpPrefill {
  const basis = BASIS[source];
  const v = new Verdict('bcp');
  switch (source) {
    case 'devices':
    case 'vulnerabilities':
    case 'backup': {
      const words = { devices: '台帳管理', vulnerabilities: 'セキュリティパッチ', backup: 'バックアップ' }[source];
      const s = likeItem(words, facts.ledger);
      return s ? from(s, basis) : from(v.doubt('台帳を読めませんでした。').result(''), basis);
    }
    case 'impact':
    case 'restore-order':
      return from(restoreOrder(facts, v, source === 'impact'), basis);
    case 'restore-vendor':
      return from(restorers(facts, v), basis);
    case 'contacts':
      return from(contacts(facts, v), basis);
    case 'escalation': {
      v.cannotTell('院内職員からの報告が実際に速やかに届くか (訓練で確かめます)。');
      const c = facts.contacts;
      if (c.internal === 0) return from(v.doubt('連絡体制図に組織内の連絡先がないため、報告の経路が分かりません。').result(''), basis);
      return from(
        v
          .doubt(`連絡体制図に組織内の連絡先が ${c.internal} 件あります。CSIRT (対応者) と意思決定者まで届く経路かは、人が確かめます。`)
          .result(''),
        basis,
      );
    }
    case 'training':
      return from(training(facts, v), basis);
    case 'vendors':
      return from(vendors(facts, v), basis);
    case 'isolation':
      return from(isolation(facts, v), basis);
    case 'exercises':
      return from(exercises(facts, v), basis);
  }
}

function restoreOrder(facts: BcpFacts, v: Verdict, impact: boolean): Suggestion {
  if (impact) v.cannotTell('システムが止まったときの診療への影響 (代替運用、紙運用) を検討したか。');
  v.cannotTell('バックアップ台帳に載っていないシステム。');
  const plans = facts.restorePlans;
  if (plans.length === 0) return v.doubt('バックアップ台帳にシステムが登録されていません。').result('');
  const noOrder = plans.filter((p) => p.restoreOrder === null);
  if (noOrder.length) v.doubt(`復旧の順番が決まっていないシステムがあります: ${listOf(noOrder)}`, refs('backup', noOrder));
  const noTarget = plans.filter((p) => p.recoveryHours === null);
  if (noTarget.length) v.doubt(`目標復旧時間が決まっていないシステムがあります: ${listOf(noTarget)}`, refs('backup', noTarget));
  const ordered = [...plans].sort((a, b) => (a.restoreOrder ?? 999) - (b.restoreOrder ?? 999));
  return v.result(
    `バックアップ台帳の ${plans.length} システムすべてに復旧の順番と目標復旧時間があります: ${ordered
      .slice(0, 5)
      .map((p) => `${p.restoreOrder}. ${p.label} (${p.recoveryHours} 時間)`)
      .join('、')}${plans.length > 5 ? ' ほか' : ''}`,
  );
}

function restorers(facts: BcpFacts, v: Verdict): Suggestion {
  v.cannotTell('復旧を担当する事業者と、復旧の依頼方法・費用を取り決めているか。');
  const plans = facts.restorePlans;
  if (plans.length === 0) return v.doubt('バックアップ台帳にシステムが登録されていません。').result('');
  const nobody = plans.filter((p) => !p.restorer);
  if (nobody.length) v.doubt(`復旧を担当する事業者も責任者も記録されていないシステムがあります: ${listOf(nobody)}`, refs('backup', nobody));
  return v.result(
    `バックアップ台帳の ${plans.length} システムすべてに復旧の担当があります: ${plans
      .slice(0, 5)
      .map((p) => `${p.label} → ${p.restorer}`)
      .join('、')}${plans.length > 5 ? ' ほか' : ''}`,
  );
}

function contacts(facts: BcpFacts, v: Verdict): Suggestion {
  const c = facts.contacts;
  v.cannotTell('連絡先の番号が今も正しいか (電話をかけて確かめます)。');
  for (const p of c.problems) v.fail(p);
  if (v.failed) return v.result('');
  for (const a of c.advice) v.doubt(a);
  return v.result(
    c.paper
      ? `紙の連絡体制図を ${c.confirmedOn} に確認しています。`
      : `連絡体制図に組織内 ${c.internal} 件、外部関係機関 ${c.external} 件の連絡先があり、${c.confirmedOn} に確認しています。`,
  );
}

function training(facts: BcpFacts, v: Verdict): Suggestion {
  const t = facts.training;
  v.cannotTell('全職員が受講したか (利用者台帳に載っていない職員)。');
  if (t.sessions === 0) return v.doubt(`${t.label}の研修の記録がありません。`).result('');
  return v.result(`${t.label}に研修 ${t.sessions} 回${t.drills ? `、標的型メール訓練 ${t.drills} 回` : ''}の記録があります。`);
}

function vendors(facts: BcpFacts, v: Verdict): Suggestion {
  v.cannotTell('原因調査を事業者に依頼する手順と、調査の範囲 (ネットワーク機器、ケーブル、電源) を決めているか。');
  const list = facts.vendorsReachable;
  if (list.length === 0) return v.doubt('連絡体制図に、調査を依頼できる事業者がありません。').result('');
  const noPhone = list.filter((x) => !x.phone);
  if (noPhone.length) v.doubt(`電話番号の分からない事業者があります: ${noPhone.map((x) => x.name).join('、')}`);
  return v.result(
    `連絡体制図に、調査を依頼できる事業者が ${list.length} 社あります: ${list
      .slice(0, 5)
      .map((x) => x.name)
      .join('、')}${list.length > 5 ? ' ほか' : ''}`,
  );
}

function isolation(facts: BcpFacts, v: Verdict): Suggestion {
  v.cannotTell('外部接続点台帳に載っていない接続 (事業者が持ち込んだ回線など)。');
  v.cannotTell('誰がどの機器で、どの順に遮断するか (手順書)。');
  const points = facts.ledger.connections.filter((p) => p.status !== 'retired');
  if (points.length === 0) return v.doubt('外部接続点台帳に接続が登録されていません。').result('');
  return v.result(`外部接続点台帳に遮断の候補となる接続が ${points.length} 件あります: ${listOf(points)}`);
}

function exercises(facts: BcpFacts, v: Verdict): Suggestion {
  const e = facts.exercises;
  v.cannotTell('インシデントの後の再発防止策を実施できる体制か (訓練の改善策から推し量るだけです)。');
  if (e.count === 0) return v.doubt('BCP の訓練・演習の記録がありません。').result('');
  if (e.actions === 0) return v.doubt(`訓練・演習 ${e.count} 回の記録に、改善策がありません。`).result('');
  if (e.overdue) v.doubt(`訓練の改善策のうち ${e.overdue} 件が期限を過ぎて未完了です。`);
  return v.result(`訓練・演習 ${e.count} 回 (最新 ${e.lastOn}) の改善策は、期限を過ぎたものがありません (未完了 ${e.open} 件)。`);
}

/**
 * The prefill of a row: what its source says, but never はい on a row whose words are not all known
 * (cut off, inferred, never seen): the registers cannot answer a question not fully read.
 */
export function prefillRow(check: SheetCheck, facts: BcpFacts): BcpPrefill | null {
  if (!check.prefill) return null;
  const p = prefill(check.prefill, facts);
  const partial = check.provenance === 'truncated' || check.provenance === 'inferred' || check.provenance === 'unknown';
  if (!partial || p.answer !== 'yes') return p;
  return {
    ...p,
    answer: 'unknown',
    reasons: [...p.reasons, '確認項目の全文を確認できていないため、「はい」とは提案しません。'],
  };
}
