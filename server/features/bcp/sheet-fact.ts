// What the checklist's BCP item reads of the latest BCP 確認表 (domain/suggestions/bcp-topic.ts), and which
// 確認項目 a person can answer at all.
import { SHEET_CHECKS } from '../../../domain/bcp/sheet.ts';
import { fiscalYear } from '../../../domain/dates/fiscal-year.ts';
import type { BcpSheetFact } from '../../../domain/suggestions/types.ts';
import type { Db, Tx } from '../../db/client.ts';
import { checkTexts, latestSheet, sheetAnswers } from './sheet.repo.ts';

/** 確認項目 a person can answer: the ministry's rows whose text is known, or corrected by an administrator. */
export function answerableKeys(corrected: ReadonlySet<string>): string[] {
  return SHEET_CHECKS.filter((c) => c.origin === 'sheet' && (c.text !== null || corrected.has(c.key))).map((c) => c.key);
}

/** The latest 確認表 as the BCP item reads it; null when none was started. */
export async function bcpSheetFactOf(db: Db | Tx, orgId: string): Promise<BcpSheetFact | null> {
  const sheet = await latestSheet(db, orgId);
  if (!sheet) return null;
  const [answers, texts] = await Promise.all([sheetAnswers(db, orgId, sheet.id), checkTexts(db)]);
  const corrected = new Map(texts.map((t) => [t.key, t.text]));
  const keys = answerableKeys(new Set(corrected.keys()));
  // 「1-1 ネットワーク構成図・システム構成図が整備できているか。」: the row as the person reads it
  const named = (key: string) =>
    `${key.replace(/\.\d+$/, '')} ${corrected.get(key) ?? SHEET_CHECKS.find((c) => c.key === key)?.text ?? ''}`.trim();
  const byKey = new Map(answers.map((a) => [a.checkKey, a]));
  const of = keys.map((k) => ({ key: k, a: byKey.get(k) }));
  return {
    label: fiscalYear(sheet.fiscalYear).label,
    planOn: sheet.planOn,
    planFile: Boolean(sheet.planEvidenceId),
    total: keys.length,
    yes: of.filter((x) => x.a?.value === 'yes').length,
    no: of.filter((x) => x.a?.value === 'no').map((x) => named(x.key)),
    unanswered: of.filter((x) => !x.a?.value).length,
    carried: of.filter((x) => x.a?.value && x.a.carried).length,
  };
}
