// BCP の訓練・演習: the ministry's BCP material asks that the plan be exercised. An exercise is
// recorded with its date (not in the future), the scenario played (ランサムウェアで電子カルテが停止 …),
// its kind (机上訓練, 実動訓練, 連絡訓練, その他), who took part (one per line), what went well, what
// went wrong (問題点), a file of the evidence store and a note; its improvement actions (改善策) with
// an owner (担当), a due date and, once done, the date done. An action past its due date and not done
// is 期限切れ.
import { type Check, reader, word } from '../field-reader.ts';

type Label = { ja: string; en: string };

export type { Check };

export const EXERCISE_KINDS = ['tabletop', 'live', 'contact', 'other'] as const;
export type ExerciseKind = (typeof EXERCISE_KINDS)[number];
export const exerciseKindLabels: Record<ExerciseKind, Label> = {
  tabletop: { ja: '机上訓練', en: 'Tabletop exercise' },
  live: { ja: '実動訓練', en: 'Live exercise' },
  contact: { ja: '連絡訓練', en: 'Contact drill' },
  other: { ja: 'その他', en: 'Other' },
};

export interface ExerciseValues {
  heldOn: string;
  scenario: string;
  kind: ExerciseKind;
  /** one person (or group) per entry */
  participants: string[];
  wentWell: string;
  /** 問題点 */
  problems: string;
  /** a file of the evidence store (minutes, photos, the scenario sheet) */
  evidenceId: string | null;
  note: string;
}

export const exerciseLabels: Record<keyof ExerciseValues, string> = {
  heldOn: '実施日',
  scenario: '想定 (シナリオ)',
  kind: '種類',
  participants: '参加者',
  wentWell: 'うまくできたこと',
  problems: '問題点',
  evidenceId: '証跡',
  note: '備考',
};

const fold = (s: string) => s.normalize('NFKC').replace(/\s/g, '').toLowerCase();
const KIND_WORDS: Record<string, ExerciseKind> = { 机上: 'tabletop', 机上演習: 'tabletop', 実動: 'live', 連絡: 'contact' };

/** A kind by code, Japanese or English label (or a few short words); undefined when not known. */
export function readExerciseKind(raw: unknown): ExerciseKind | undefined {
  const key = fold(word(raw));
  if (!key) return undefined;
  return (
    EXERCISE_KINDS.find((k) => [k, exerciseKindLabels[k].ja, exerciseKindLabels[k].en].some((x) => fold(x) === key)) ??
    Object.entries(KIND_WORDS).find(([w]) => fold(w) === key)?.[1]
  );
}

/** Participants from a list or from text, one per line; blanks and repeats dropped. */
export function readParticipants(raw: unknown): string[] {
  const list = Array.isArray(raw) ? raw.map(word) : word(raw).split(/\r?\n/);
  return [...new Set(list.map((x) => x.trim()).filter(Boolean))];
}

/** An exercise as recorded: its date not after `today` (an exercise dated in the future is refused). */
export function checkExercise(raw: Partial<Record<keyof ExerciseValues, unknown>>, today: string): Check<ExerciseValues> {
  const r = reader(raw, exerciseLabels);
  const { problems, fail, text } = r;
  const heldOn = r.date('heldOn');
  if (!heldOn && !problems.some((p) => p.field === 'heldOn')) fail('heldOn', '実施日を入力してください');
  if (heldOn && heldOn > today) fail('heldOn', `未来の日付 (${heldOn}) は入れられません`);
  const scenario = text('scenario', 1000);
  if (!scenario) fail('scenario', '想定を入力してください (例: ランサムウェアで電子カルテが停止)');
  let kind: ExerciseKind = 'other';
  if (!word(raw.kind)) fail('kind', '種類を選んでください');
  else {
    const found = readExerciseKind(raw.kind);
    if (found) kind = found;
    else
      fail(
        'kind',
        `「${word(raw.kind).slice(0, 40)}」は選べる値ではありません (${EXERCISE_KINDS.map((k) => exerciseKindLabels[k].ja).join('、')})`,
      );
  }
  const participants = readParticipants(raw.participants);
  if (participants.length > 500) fail('participants', '500 人 (行) までにしてください');
  if (participants.some((p) => p.length > 200)) fail('participants', '1 行 200 文字以内にしてください');
  const values: ExerciseValues = {
    heldOn: heldOn ?? '',
    scenario,
    kind,
    participants: participants.slice(0, 500),
    wentWell: text('wentWell', 4000),
    problems: text('problems', 4000),
    evidenceId: r.oneId('evidenceId'),
    note: text('note', 4000),
  };
  return problems.length ? { ok: false, problems } : { ok: true, values };
}

// ---- improvement actions (改善策) ----

export interface ExerciseActionValues {
  what: string;
  /** 担当 */
  owner: string;
  dueOn: string;
  /** the day it was done (null: not yet) */
  doneOn: string | null;
}

export const exerciseActionLabels: Record<keyof ExerciseActionValues, string> = {
  what: '改善策',
  owner: '担当',
  dueOn: '期限',
  doneOn: '完了日',
};

/** An improvement action: what and its due date are needed; the day done is not after `today`. */
export function checkExerciseAction(raw: Partial<Record<keyof ExerciseActionValues, unknown>>, today: string): Check<ExerciseActionValues> {
  const r = reader(raw, exerciseActionLabels);
  const { problems, fail, text } = r;
  const what = text('what', 2000);
  if (!what) fail('what', '改善策を入力してください (例: 紙カルテへの切り替え手順を作る)');
  const owner = text('owner');
  const dueOn = r.date('dueOn');
  if (!dueOn && !problems.some((p) => p.field === 'dueOn')) fail('dueOn', '期限を入力してください');
  const doneOn = r.date('doneOn');
  if (doneOn && doneOn > today) fail('doneOn', `未来の日付 (${doneOn}) は入れられません`);
  const values: ExerciseActionValues = { what, owner, dueOn: dueOn ?? '', doneOn };
  return problems.length ? { ok: false, problems } : { ok: true, values };
}

export type ActionState = 'done' | 'open' | 'overdue';

/** 完了 once done; 期限切れ when its due date has passed (`today` is after it) and it is not done. */
export function actionState(a: { dueOn: string; doneOn: string | null }, today: string): ActionState {
  if (a.doneOn) return 'done';
  return a.dueOn < today ? 'overdue' : 'open';
}

/** Actions not done, and of them those 期限切れ. */
export function actionCounts(actions: { dueOn: string; doneOn: string | null }[], today: string) {
  const states = actions.map((a) => actionState(a, today));
  return { open: states.filter((s) => s !== 'done').length, overdue: states.filter((s) => s === 'overdue').length };
}
