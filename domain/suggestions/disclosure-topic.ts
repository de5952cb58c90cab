// 2(3) / 2-③ MDS/SDS: the 医療機関確認用 asks that vendors submit their MDS/SDS (「全ての MDS/SDS が
// 提出されている状態」で はい), the 事業者確認用 that the vendor submitted it. Read from the 事業者台帳:
// はい only when every system in use (of the form's vendor, on a 事業者確認用) has its MDS/SDS recorded
// with the file kept; いいえ naming the systems without one; 判断できない without systems in the ledger
// or with a record whose file is not kept. Annex いいえ answers are told, not counted (the guideline
// asks to select such vendors; the checklist item asks for the document).
import { systemKey, vendorKey } from '../assessment/vendor-forms.ts';
import type { LedgerFacts, Suggestion } from './types.ts';
import { Verdict } from './verdict.ts';

export function disclosureSuggestion(facts: LedgerFacts): Suggestion {
  const v = new Verdict('disclosure');
  const all = facts.disclosures ?? [];
  const ofVendor = facts.forVendor ? all.filter((s) => vendorKey(s.vendorName) === vendorKey(facts.forVendor ?? '')) : all;
  const systems =
    facts.forVendor && facts.forSystem ? ofVendor.filter((s) => systemKey(s.systemName) === systemKey(facts.forSystem ?? '')) : ofVendor;
  v.cannotTell('事業者台帳に載っていないシステム・事業者の MDS/SDS (契約書と突き合わせてください)。');
  const name = (s: (typeof systems)[number]) => `${s.vendorName} ${s.systemName}`;
  if (systems.length === 0) {
    const where = facts.forVendor
      ? `事業者台帳に「${facts.forVendor}」の使用中のシステムがありません`
      : '事業者台帳に使用中のシステムがありません';
    return v.doubt(`${where}。事業者とシステムを登録し、MDS/SDS を記録すると判断できます。`).result('');
  }
  const none = systems.filter((s) => s.documents.length === 0);
  if (none.length) v.fail(`MDS/SDS を受け取った記録がないシステムがあります: ${none.map(name).join('、')}`);
  const noFile = systems.filter((s) => s.documents.length > 0 && s.documents.some((d) => !d.withFile));
  if (noFile.length) v.doubt(`MDS/SDS のファイルが保管されていないシステムがあります: ${noFile.map(name).join('、')}`);
  for (const s of systems)
    for (const p of s.problems.filter((p) => !/ファイルが保管されていません/.test(p))) v.cannotTell(`${name(s)}: ${p} (Mamori の助言)`);
  const list = systems.map(
    (s) => `${name(s)} (${s.documents.map((d) => `${d.kind.toUpperCase()} ${d.issuedOn ?? '日付なし'}`).join('・')})`,
  );
  return v.result(`使用中のシステム ${systems.length} 件すべてに MDS/SDS の記録とファイルがあります: ${list.join('、')}`);
}
