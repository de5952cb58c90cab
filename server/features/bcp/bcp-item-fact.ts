// What the checklist's BCP item reads of the BCP 確認表 (domain/suggestions/bcp-topic.ts): the latest sheet
// up to the assessment's fiscal year (never a later one), said to be older when it is.
import { isAnswerable, rowName, SHEET_CHECKS, sheetSummary } from '../../../domain/bcp/sheet.ts';
import { fiscalYear } from '../../../domain/dates/fiscal-year.ts';
import type { BcpSheetFact } from '../../../domain/suggestions/types.ts';
import type { Db, Tx } from '../../db/client.ts';
import { checkTexts, latestSheet, sheetAnswers } from './sheet.repo.ts';

/** The latest sheet up to `year` (all years when absent); null when none was started. */
export async function bcpSheetFactOf(db: Db | Tx, orgId: string, year?: number): Promise<BcpSheetFact | null> {
  const sheet = await latestSheet(db, orgId, year === undefined ? undefined : year + 1);
  if (!sheet) return null;
  const [answers, texts] = await Promise.all([sheetAnswers(db, orgId, sheet.id), checkTexts(db)]);
  const corrected = new Map(texts.map((t) => [t.key, t.text]));
  const byKey = new Map(answers.map((a) => [a.checkKey, a]));
  const rows = SHEET_CHECKS.map((c) => ({
    key: c.key,
    text: corrected.get(c.key) ?? c.text,
    origin: c.origin,
    answerable: isAnswerable(c, new Set(corrected.keys())),
    value: byKey.get(c.key)?.value ?? null,
    carried: byKey.get(c.key)?.carried ?? false,
  }));
  const summary = sheetSummary(rows);
  return {
    label: fiscalYear(sheet.fiscalYear).label,
    askedFor: year !== undefined && sheet.fiscalYear < year ? fiscalYear(year).label : null,
    planOn: sheet.planOn,
    planFile: Boolean(sheet.planEvidenceId),
    total: summary.total,
    yes: summary.yes,
    no: rows.filter((r) => r.origin === 'sheet' && r.answerable && r.value === 'no').map((r) => rowName(r.key, r.text)),
    unanswered: summary.unanswered,
    carried: summary.carried,
  };
}
