// 教育・訓練の記録: security training sessions (研修) with who attended, and phishing drills
// (標的型メール訓練). The ministry's material asks that every member of staff is trained and that drills are held,
// and that the institution can show it (and report it to the management). Each rule names the field
// in Japanese, as every ledger's does (domain/field-reader.ts).
import { type Check, type Problem, reader, word } from '../field-reader.ts';

type Label = { ja: string; en: string };

export const TRAINING_KINDS = ['group', 'elearning', 'handout', 'other'] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];
export const trainingKindLabels: Record<TrainingKind, Label> = {
  group: { ja: '集合研修', en: 'Classroom session' },
  elearning: { ja: 'e-ラーニング', en: 'E-learning' },
  handout: { ja: '資料の配布・回覧', en: 'Handout / circulation' },
  other: { ja: 'その他', en: 'Other' },
};

export type { Check };

export interface SessionValues {
  heldOn: string;
  topic: string;
  kind: TrainingKind;
  /** 講師: who gave it (a person, a vendor, the e-learning's provider) */
  instructor: string;
  /** the material as a file of the organisation's evidence store */
  materialEvidenceId: string | null;
  note: string;
}

export const sessionLabels: Record<keyof SessionValues | 'attendees', string> = {
  heldOn: '実施日',
  topic: '内容 (テーマ)',
  kind: '形式',
  instructor: '講師',
  materialEvidenceId: '資料 (証跡)',
  note: '備考',
  attendees: '受講者',
};

const fold = (s: string) => s.normalize('NFKC').replace(/\s/g, '').toLowerCase();

/** A kind from its code or its Japanese / English label (「e ラーニング」「eラーニング」 too). */
export function readTrainingKind(raw: unknown): TrainingKind | null {
  const key = fold(word(raw)).replace(/[-‐ー－]/g, '');
  if (!key) return null;
  return (
    TRAINING_KINDS.find((k) =>
      [k, trainingKindLabels[k].ja, trainingKindLabels[k].en].some((x) => fold(x).replace(/[-‐ー－]/g, '') === key),
    ) ?? null
  );
}

/** A date (西暦 or 和暦) named by `field`, required and not after `today`. */
type DateReader<K extends string> = { problems: Problem[]; date: (f: K) => string | null; fail: (f: K, m: string) => void };
function pastDate<K extends string>(r: DateReader<K>, field: K, today: string, missing: string): string {
  const before = r.problems.length;
  const d = r.date(field);
  if (!d && r.problems.length === before) r.fail(field, missing);
  if (d && d > today) r.fail(field, `未来の日付 (${d}) は入れられません`);
  return d ?? '';
}

/** A training session's own fields (its attendees are read by `checkAttendees`). */
export function checkSession(raw: Partial<Record<keyof SessionValues, unknown>>, today: string): Check<SessionValues> {
  const r = reader<string>(raw as Record<string, unknown>, sessionLabels);
  const heldOn = pastDate(r, 'heldOn', today, '実施日を入力してください');
  const topic = r.text('topic', 500);
  if (!topic) r.fail('topic', '研修の内容を入力してください (例: 標的型メールへの対応)');
  const kindWord = word(raw.kind);
  const kind = readTrainingKind(kindWord);
  if (!kindWord) r.fail('kind', `形式を選んでください (${TRAINING_KINDS.map((k) => trainingKindLabels[k].ja).join('、')})`);
  else if (!kind) r.fail('kind', `「${kindWord.slice(0, 40)}」は選べる値ではありません`);
  const values: SessionValues = {
    heldOn,
    topic,
    kind: kind ?? 'other',
    instructor: r.text('instructor'),
    materialEvidenceId: r.oneId('materialEvidenceId'),
    note: r.text('note', 4000),
  };
  return r.problems.length ? { ok: false, problems: r.problems } : { ok: true, values };
}

/** One attendee as asked: a person of the 利用者台帳 (by account id) or a name typed, with an optional 部署. */
export type AttendeeInput =
  | { accountId: string; name?: undefined; department: string }
  | { accountId?: undefined; name: string; department: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Attendees as sent (an array of { accountId } or { name, department }); each problem names `attendees`. */
export function checkAttendees(raw: unknown): Check<AttendeeInput[]> {
  const problems: Problem[] = [];
  const fail = (i: number, message: string) =>
    problems.push({ field: 'attendees', message: `${sessionLabels.attendees} ${i + 1}: ${message}` });
  if (raw === undefined || raw === null) return { ok: true, values: [] };
  if (!Array.isArray(raw))
    return { ok: false, problems: [{ field: 'attendees', message: `${sessionLabels.attendees}: 一覧で指定してください` }] };
  if (raw.length > 2000)
    return { ok: false, problems: [{ field: 'attendees', message: `${sessionLabels.attendees}: 2000 人までにしてください` }] };
  const out: AttendeeInput[] = [];
  raw.forEach((item, i) => {
    const a = (item ?? {}) as Record<string, unknown>;
    const accountId = word(a.accountId);
    const name = word(a.name);
    const department = word(a.department);
    if (department.length > 200) fail(i, '部署は 200 文字以内にしてください');
    if (accountId) {
      if (!UUID.test(accountId)) fail(i, '利用者台帳の指定が正しくありません');
      else out.push({ accountId, department: department.slice(0, 200) });
    } else if (name) {
      if (name.length > 200) fail(i, '名前は 200 文字以内にしてください');
      else out.push({ name, department: department.slice(0, 200) });
    } else fail(i, '利用者台帳から選ぶか、名前を入力してください');
  });
  return problems.length ? { ok: false, problems } : { ok: true, values: out };
}

// ---- phishing drills (標的型メール訓練) ----

export interface DrillValues {
  heldOn: string;
  /** what the mail pretended to be (宅配便の不在通知, 院内の給与明細 …) */
  scenario: string;
  /** mails sent */
  sent: number;
  /** people who opened the mail's link or attachment */
  clicked: number;
  /** people who reported the mail as suspicious */
  reported: number;
  note: string;
}

export const drillLabels: Record<keyof DrillValues, string> = {
  heldOn: '実施日',
  scenario: '訓練メールの内容 (シナリオ)',
  sent: '送信数',
  clicked: '開封・クリック数',
  reported: '報告数',
  note: '備考',
};

/** A whole number 0 or more; empty is `fallback` (null: required). */
function nonNegative(raw: unknown, fail: (m: string) => void, fallback: number | null): number | null {
  if (raw === null || raw === undefined || word(raw) === '') {
    if (fallback === null) fail('入力してください (0 以上の整数)');
    return fallback;
  }
  const v = typeof raw === 'number' ? raw : Number(word(raw).replace(/[,、]/g, ''));
  if (!Number.isInteger(v) || v < 0 || v > 1_000_000) {
    fail(`0 以上の整数にしてください (「${word(raw).slice(0, 20)}」)`);
    return null;
  }
  return v;
}

export function checkDrill(raw: Partial<Record<keyof DrillValues, unknown>>, today: string): Check<DrillValues> {
  const r = reader<keyof DrillValues>(raw, drillLabels);
  const heldOn = pastDate(r, 'heldOn', today, '実施日を入力してください');
  const scenario = r.text('scenario', 500);
  if (!scenario) r.fail('scenario', '訓練メールの内容を入力してください (例: 宅配便の不在通知を装ったメール)');
  const sent = nonNegative(raw.sent, (m) => r.fail('sent', m), null);
  const atMostSent = (field: 'clicked' | 'reported') => {
    const v = nonNegative(raw[field], (m) => r.fail(field, m), 0);
    if (sent !== null && v !== null && v > sent) r.fail(field, `${drillLabels.sent} (${sent}) 以下にしてください`);
    return v;
  };
  const clicked = atMostSent('clicked');
  const reported = atMostSent('reported');
  if (r.problems.length || sent === null || clicked === null || reported === null) return { ok: false, problems: r.problems };
  return { ok: true, values: { heldOn, scenario, sent, clicked, reported, note: r.text('note', 4000) } };
}
