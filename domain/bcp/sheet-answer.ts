// An answer to a 確認項目 of the BCP 確認表 (はい / いいえ / not answered, a note, a file of the evidence
// store) and the BCP document the sheet checks (the date it was made or last reviewed, not in the
// future; its file; a note). Each problem names its field in Japanese.
import { type Check, reader, word } from '../field-reader.ts';

export type SheetValue = 'yes' | 'no';

export interface SheetAnswerValues {
  value: SheetValue | null;
  note: string;
  evidenceId: string | null;
}

export const sheetAnswerLabels: Record<keyof SheetAnswerValues, string> = { value: '回答', note: '備考', evidenceId: '証跡' };

const VALUES: Record<string, SheetValue | null> = { yes: 'yes', はい: 'yes', no: 'no', いいえ: 'no', '': null, 未回答: null };

export function checkSheetAnswer(raw: Partial<Record<keyof SheetAnswerValues, unknown>>): Check<SheetAnswerValues> {
  const r = reader(raw, sheetAnswerLabels);
  const v = word(raw.value).toLowerCase();
  let value: SheetValue | null = null;
  if (v in VALUES) value = VALUES[v] ?? null;
  else r.fail('value', `「${v.slice(0, 40)}」は選べる値ではありません (はい、いいえ、未回答)`);
  const values = { value, note: r.text('note', 4000), evidenceId: r.oneId('evidenceId') };
  return r.problems.length ? { ok: false, problems: r.problems } : { ok: true, values };
}

export interface SheetPlanValues {
  /** the day the BCP was made or last reviewed */
  planOn: string | null;
  planEvidenceId: string | null;
  planNote: string;
}

export const sheetPlanLabels: Record<keyof SheetPlanValues, string> = {
  planOn: 'BCP の策定日・見直し日',
  planEvidenceId: 'BCP の文書',
  planNote: '備考',
};

export function checkSheetPlan(raw: Partial<Record<keyof SheetPlanValues, unknown>>, today: string): Check<SheetPlanValues> {
  const r = reader(raw, sheetPlanLabels);
  const planOn = r.date('planOn');
  if (planOn && planOn > today) r.fail('planOn', `未来の日付 (${planOn}) は入れられません`);
  const values = { planOn, planEvidenceId: r.oneId('planEvidenceId'), planNote: r.text('planNote', 4000) };
  return r.problems.length ? { ok: false, problems: r.problems } : { ok: true, values };
}
