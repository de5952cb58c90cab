// The 立入検査の手引き rules for one assessment: which items need nothing (記入不要), what an answer
// may contain, and the gaps an inspector would point at. Pure: the server and the UI share it.
import { answerCells, itemNumber, type Numbering, targetLabels } from '../catalog/labels.ts';
import type { CatalogItem } from '../catalog/schema.ts';
import { fiscalYear } from '../dates/fiscal-year.ts';
import { parseJapaneseDate } from '../dates/wareki.ts';
import type { AnswerValues, AssessmentContext, Gap, Progress } from './types.ts';

/** "2(4) サーバ", "1(1)", "2-⑫ サーバ・端末PC", or the gate row's own title. */
export function itemLabel(item: CatalogItem, numbering: Numbering = 'paren'): string {
  if (item.status === 'gate') return item.sectionTitle;
  const targets = item.targets.filter((t) => t !== 'organization' && t !== 'all').map((t) => targetLabels[t].ja);
  return [itemNumber(item.section, item.no, numbering), targets.join('・')].filter(Boolean).join(' ');
}

const isGate = (item: CatalogItem) => item.status === 'gate';

export function gateAnsweredNo(items: CatalogItem[], answers: Map<string, AnswerValues>): boolean {
  const gate = items.find(isGate);
  return gate !== undefined && answers.get(gate.id)?.firstAnswer === 'no';
}

export const OUT_OF_SCOPE_REASON =
  '契約範囲外のため、この事業者の確認は不要です (医療機関確認用か他の事業者確認用に回答があれば問題ありません)';

/**
 * Why an item needs no answer, or null. 2(2)/2(3) need nothing without a vendor contract; in a
 * 事業者確認用 an item outside the vendor's contract needs nothing there (手引き R5 ②).
 */
export function exemption(item: CatalogItem, ctx: AssessmentContext, gateNo: boolean, answer?: AnswerValues): string | null {
  if (gateNo && !isGate(item)) return '「医療情報システムの有無」が「いいえ」のため記入不要です';
  if (item.skipIfNoVendorContract && !ctx.hasVendorContract && ctx.form !== 'vendor') return '事業者と契約していないため記入不要です';
  if (ctx.form === 'vendor' && answer?.outOfScope) return OUT_OF_SCOPE_REASON;
  return null;
}

/**
 * Items an inspector expects answered: not exempt, not a 参考項目 (due only in a later year), and not an
 * item whose treatment is unknown (扱い未確認: not counted until a system administrator confirms it).
 */
const counted = (item: CatalogItem, ctx: AssessmentContext, gateNo: boolean, answer: AnswerValues | undefined) =>
  item.status !== 'reference' && item.status !== 'unknown' && exemption(item, ctx, gateNo, answer) === null;

// Only rows with a 目標日 cell take one (the gate's いいえ means "no medical information system").
const needsTarget = (item: CatalogItem, a: AnswerValues | undefined) => a?.firstAnswer === 'no' && answerCells(item).target;

const complete = (item: CatalogItem, a: AnswerValues | undefined) =>
  !!a?.firstAnswer && (!answerCells(item).date || !!a.firstDate) && (!needsTarget(item, a) || !!a.targetDate);

/** The fiscal years a 目標日 may fall in: the assessment's own, up to the year the form names (R5 参考項目: 令和6年度中). */
export function targetPeriod(item: CatalogItem, year: number): { start: string; end: string; label: string } {
  const due = Math.max(year, item.dueFiscalYear ?? year);
  const [from, to] = [fiscalYear(year), fiscalYear(due)];
  return { start: from.start, end: to.end, label: due === year ? `${from.label}中` : `${from.label}から${to.label}中` };
}

export function progressOf(items: CatalogItem[], answers: Map<string, AnswerValues>, ctx: AssessmentContext): Progress {
  const gateNo = gateAnsweredNo(items, answers);
  const needed = items.filter((i) => counted(i, ctx, gateNo, answers.get(i.id)));
  return { answered: needed.filter((i) => complete(i, answers.get(i.id))).length, total: needed.length };
}

export function gapsOf(items: CatalogItem[], answers: Map<string, AnswerValues>, ctx: AssessmentContext): Gap[] {
  const gate = items.find(isGate);
  if (gate && !answers.get(gate.id)?.firstAnswer) {
    return [
      {
        itemId: gate.id,
        code: 'GATE_MISSING',
        message: `「${gate.sectionTitle}」に回答がありません。ここが「いいえ」なら他の項目は記入不要です。`,
      },
    ];
  }
  const gateNo = gateAnsweredNo(items, answers);
  const gaps: Gap[] = [];
  for (const item of items.filter((i) => (isGate(i) ? answerCells(i).date : true) && counted(i, ctx, gateNo, answers.get(i.id)))) {
    const a = answers.get(item.id);
    const label = itemLabel(item, ctx.numbering);
    if (!a?.firstAnswer) gaps.push({ itemId: item.id, code: 'FIRST_MISSING', message: `${label}: 1回目の回答がありません` });
    else if (answerCells(item).date && !a.firstDate)
      gaps.push({ itemId: item.id, code: 'FIRST_DATE_MISSING', message: `${label}: 1回目の確認日がありません` });
    if (needsTarget(item, a) && !a?.targetDate) {
      gaps.push({ itemId: item.id, code: 'TARGET_MISSING', message: `${label}: 「いいえ」の項目に目標日がありません` });
    }
  }
  return gaps;
}

export interface RawAnswer {
  firstAnswer: 'yes' | 'no' | null;
  firstDate: string | null;
  targetDate: string | null;
  secondAnswer: 'yes' | 'no' | null;
  secondDate: string | null;
  note: string;
}

export type AnswerCheck = { ok: true; values: AnswerValues } | { ok: false; fields: { field: string; message: string }[] };

/** Parses the dates (西暦 or 和暦) and applies the form's rules; every problem names its field. */
export function checkAnswer(item: CatalogItem, raw: RawAnswer, year: number): AnswerCheck {
  const fields: { field: string; message: string }[] = [];
  const date = (field: keyof RawAnswer): string | null => {
    const value = raw[field];
    if (value === null || value === '') return null;
    const parsed = parseJapaneseDate(String(value));
    if (!parsed.ok) fields.push({ field, message: parsed.message });
    return parsed.ok ? parsed.iso : null;
  };
  const cells = answerCells(item);
  const values: AnswerValues = {
    firstAnswer: raw.firstAnswer,
    firstDate: cells.date ? date('firstDate') : null,
    targetDate: cells.target ? date('targetDate') : null,
    secondAnswer: cells.second ? raw.secondAnswer : null,
    secondDate: cells.second ? date('secondDate') : null,
    note: raw.note.trim(),
  };
  const period = targetPeriod(item, year);
  if (values.firstDate && !values.firstAnswer)
    fields.push({ field: 'firstAnswer', message: '1回目の「はい」か「いいえ」を選んでください' });
  if (values.targetDate && values.firstAnswer !== 'no')
    fields.push({ field: 'targetDate', message: '目標日は 1回目が「いいえ」のときに記入します' });
  if (values.targetDate && (values.targetDate < period.start || values.targetDate > period.end)) {
    fields.push({ field: 'targetDate', message: `目標日は${period.label} (${period.start} から ${period.end} まで) の日付にしてください` });
  }
  if (values.secondAnswer && !values.firstAnswer) fields.push({ field: 'secondAnswer', message: '先に 1回目の回答を記入してください' });
  if (values.secondDate && !values.secondAnswer)
    fields.push({ field: 'secondAnswer', message: '2回目の「はい」か「いいえ」を選んでください' });
  if (values.secondDate && values.firstDate && values.secondDate < values.firstDate) {
    fields.push({ field: 'secondDate', message: '2回目の確認日は 1回目の確認日以降にしてください' });
  }
  return fields.length ? { ok: false, fields } : { ok: true, values };
}
