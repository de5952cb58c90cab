// One item's answer as the person is editing it (dates as typed, so 和暦 stays as written), what is
// sent to the server, and how the server's saved answer is folded back in without losing keystrokes
// made while the save was under way. Pure: no React.

import type { AnswerValues } from '../../../../domain/assessment/types.ts';
import type { AnswerCells } from '../../../../domain/catalog/labels.ts';
import { parseJapaneseDate } from '../../../../domain/dates/wareki.ts';
import type { AnswerInput, YesNo } from '../../api-answers.ts';

export interface Draft {
  firstAnswer: YesNo | null;
  firstDate: string;
  targetDate: string;
  secondAnswer: YesNo | null;
  secondDate: string;
  note: string;
}

export type DraftField = keyof Draft;
export type DateField = 'firstDate' | 'targetDate' | 'secondDate';

const FIELDS: DraftField[] = ['firstAnswer', 'firstDate', 'targetDate', 'secondAnswer', 'secondDate', 'note'];

export function draftOf(answer: AnswerValues | null): Draft {
  return {
    firstAnswer: answer?.firstAnswer ?? null,
    firstDate: answer?.firstDate ?? '',
    targetDate: answer?.targetDate ?? '',
    secondAnswer: answer?.secondAnswer ?? null,
    secondDate: answer?.secondDate ?? '',
    note: answer?.note ?? '',
  };
}

/** Whether two dates as typed mean the same day (2026-03-31 and 令和8年3月31日 do). */
function sameDay(a: string, b: string): boolean {
  if (a.trim() === b.trim()) return true;
  const pa = parseJapaneseDate(a);
  const pb = parseJapaneseDate(b);
  return pa.ok && pb.ok && pa.iso === pb.iso;
}

const isDateField = (f: DraftField): f is DateField => f === 'firstDate' || f === 'targetDate' || f === 'secondDate';

/** The server keeps notes trimmed: a trailing space being typed is not a change. */
const sameField = (f: DraftField, a: Draft, b: Draft): boolean =>
  isDateField(f) ? sameDay(a[f], b[f]) : f === 'note' ? a.note.trim() === b.note.trim() : a[f] === b[f];

export function sameDraft(a: Draft, b: Draft): boolean {
  return FIELDS.every((f) => sameField(f, a, b));
}

/**
 * The request body. Items answered only はい/いいえ (the gate) carry no dates and no 2回目; the target date only
 * belongs to a first answer of いいえ. Dates go as typed: the server reads 和暦 too and says what is wrong.
 */
export function inputOf(d: Draft, cells: AnswerCells, version: number): AnswerInput {
  const date = (s: string, asked: boolean) => (asked && s.trim() ? s.trim() : null);
  return {
    firstAnswer: d.firstAnswer,
    firstDate: date(d.firstDate, cells.date),
    targetDate: d.firstAnswer === 'no' ? date(d.targetDate, cells.target) : null,
    secondAnswer: cells.second ? d.secondAnswer : null,
    secondDate: date(d.secondDate, cells.second),
    note: d.note,
    version,
  };
}

/**
 * After a save: fields the person did not touch while it ran take the server's value; fields edited
 * meanwhile keep the edit. What the person typed stays as typed when the server read it the same way
 * (a date in 和暦, a note with the space they are about to follow with a word).
 */
export function mergeSaved(current: Draft, sent: Draft, saved: Draft): Draft {
  const out = { ...current };
  for (const f of FIELDS) {
    if (current[f] !== sent[f] || sameField(f, current, saved)) continue;
    (out as Record<DraftField, unknown>)[f] = saved[f];
  }
  return out;
}

/** What the date typed so far reads as (shown under the field; the server has the last word). */
export function previewDate(typed: string): { ok: true; iso: string } | { ok: false; message: string } | null {
  if (!typed.trim()) return null;
  return parseJapaneseDate(typed);
}

/**
 * Picking an answer fills an empty date with today (JST), as the official form wants a date beside it;
 * clearing the answer clears its date (and the target date with a first answer).
 */
export function withAnswer(d: Draft, column: 'first' | 'second', value: YesNo | null, dated: boolean, today: string): Draft {
  const date = (current: string) => (value === null ? '' : dated && !current.trim() ? today : current);
  if (column === 'first') {
    // a target date only stands beside a first いいえ
    return { ...d, firstAnswer: value, firstDate: date(d.firstDate), targetDate: value === 'no' ? d.targetDate : '' };
  }
  return { ...d, secondAnswer: value, secondDate: date(d.secondDate) };
}
