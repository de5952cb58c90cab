// 3(3) / 3-③ サイバー攻撃を想定した事業継続計画（BCP）: はい only when a BCP document is recorded (the date it
// was made or reviewed, or its file) and the latest 確認表 has every 確認項目 whose text is known answered
// はい. An いいえ or an unanswered row is a doubt, not a いいえ: the sheet checks the plan's contents, the
// item asks whether a plan exists. The sheet's rows not seen in any source are said to be unchecked.
import type { BcpSheetFact, Suggestion } from './types.ts';
import { Verdict } from './verdict.ts';

const SHEET = '「サイバー攻撃を想定した事業継続計画（BCP）策定の確認表」';

export function bcpSuggestion(sheet: BcpSheetFact | null): Suggestion {
  const v = new Verdict('bcp');
  v.cannotTell('BCP が経営層に承認され、職員に周知されているか。');
  v.cannotTell(`${SHEET}のうち原文を確認できていない確認項目 (復旧処理など) を、BCP が満たしているか。`);
  if (!sheet) return v.doubt(`${SHEET}が記入されていないため、BCP の内容を確かめられません (BCP のページで記入できます)。`).result('');
  if (sheet.askedFor) v.doubt(`${sheet.askedFor}の BCP 確認表がありません (最新は${sheet.label})。`);
  if (!sheet.planOn && !sheet.planFile)
    v.doubt(`${sheet.label}の BCP 確認表に、BCP の文書 (策定日・見直し日、またはファイル) が記録されていません。`);
  if (sheet.no.length) v.doubt(`${sheet.label}の BCP 確認表で「いいえ」の確認項目があります: ${sheet.no.map((n) => `「${n}」`).join('')}`);
  if (sheet.unanswered) v.doubt(`${sheet.label}の BCP 確認表に未回答の確認項目が ${sheet.unanswered} 件あります。`);
  if (sheet.carried) v.doubt(`${sheet.label}の BCP 確認表に、前年度から引き継いだまま確かめていない回答が ${sheet.carried} 件あります。`);
  return v.result(
    `${sheet.label}の BCP 確認表の ${sheet.total} 項目すべてが「はい」で、BCP の文書が記録されています${sheet.planOn ? ` (策定・見直し ${sheet.planOn})` : ''}。`,
  );
}
