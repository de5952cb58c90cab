// MDS/SDS (製造業者/サービス事業者による医療情報セキュリティ開示書, JAHIS 標準) per vendor system:
// the document (a file in the evidence store), its JAHIS version, its date, the product version it
// describes, and the answers to the guideline 第7.0版 annex item by item (はい / いいえ / 対象外).
// The annex has 41 MDS and 58 SDS items; their wording is not in Mamori's reference material, so items
// are shown by number only, never with invented text. Pure: the server stores, the web shows.
import { type Problem, reader, word } from '../field-reader.ts';

type Label = { ja: string; en: string };

export const DISCLOSURE_KINDS = ['mds', 'sds'] as const;
export type DisclosureKind = (typeof DISCLOSURE_KINDS)[number];
export const disclosureKindLabels: Record<DisclosureKind, Label> = {
  mds: { ja: 'MDS (製造業者: 製品)', en: 'MDS (manufacturer: product)' },
  sds: { ja: 'SDS (サービス事業者: サービス)', en: 'SDS (service provider: service)' },
};

/** Items of the guideline 第7.0版 annex (別紙) per kind: numbers only, the wording is the guideline's. */
export const ANNEX_SIZE: Record<DisclosureKind, number> = { mds: 41, sds: 58 };

export const ANNEX_ANSWERS = ['yes', 'no', 'na'] as const;
export type AnnexAnswer = (typeof ANNEX_ANSWERS)[number];
export const annexAnswerLabels: Record<AnnexAnswer, Label> = {
  yes: { ja: 'はい', en: 'Yes' },
  no: { ja: 'いいえ', en: 'No' },
  na: { ja: '対象外', en: 'N/A' },
};

/** JAHIS versions of the guide (JAHIS標準 14-008 Ver.2.0 … 24-005 Ver.5.0); another may be typed. */
export const JAHIS_VERSIONS = ['Ver.2.0', 'Ver.3.0a', 'Ver.4.0', 'Ver.4.1', 'Ver.5.0'] as const;

export interface DisclosureValues {
  kind: DisclosureKind;
  /** "Ver.5.0" (typed "5.0", "ver 5.0" and "Ｖｅｒ．５．０" alike) */
  jahisVersion: string;
  /** the document's date (作成日 / 提出日), YYYY-MM-DD */
  issuedOn: string | null;
  /** the product or service version the document describes */
  productVersion: string;
  /** the file in the evidence store */
  evidenceId: string | null;
  /** annex item number ("1" … "41" / "58") → answer; items not answered are absent */
  answers: Record<string, AnnexAnswer>;
  note: string;
}

export const disclosureLabels: Record<keyof DisclosureValues, string> = {
  kind: '種類',
  jahisVersion: 'JAHIS 版',
  issuedOn: '作成日',
  productVersion: '対象の製品・サービスの版',
  evidenceId: 'ファイル',
  answers: '別紙の回答',
  note: '備考',
};

/** "5.0", "ver5.0", "Ｖｅｒ．５．０" → "Ver.5.0"; anything else as typed. */
export function jahisVersionOf(raw: string): string {
  const v = word(raw);
  const m = /^(?:ver\.?\s*)?(\d+\.\d+[a-z]?)$/i.exec(v);
  return m ? `Ver.${m[1]}` : v;
}

const ANSWER_WORDS: Record<string, AnnexAnswer> = {
  yes: 'yes',
  はい: 'yes',
  '○': 'yes',
  no: 'no',
  いいえ: 'no',
  '×': 'no',
  na: 'na',
  対象外: 'na',
  '-': 'na',
  '―': 'na',
};

/** An answer as typed or as a vendor's sheet writes it (はい / いいえ / 対象外, yes / no / na); null if none. */
export function annexAnswerOf(raw: unknown): AnnexAnswer | null | 'invalid' {
  const v = word(raw).toLowerCase();
  if (!v) return null;
  return ANSWER_WORDS[v] ?? 'invalid';
}

export function checkDisclosure(
  raw: Partial<Record<keyof DisclosureValues, unknown>>,
): { ok: true; values: DisclosureValues } | { ok: false; problems: Problem[] } {
  const r = reader(raw, disclosureLabels);
  const kind = r.pick('kind', DISCLOSURE_KINDS, 'mds');
  if (!word(raw.kind)) r.fail('kind', 'MDS か SDS かを選んでください');
  const jahisVersion = jahisVersionOf(r.text('jahisVersion', 40));
  const issuedOn = r.date('issuedOn');
  const answers: Record<string, AnnexAnswer> = {};
  const given = raw.answers && typeof raw.answers === 'object' ? (raw.answers as Record<string, unknown>) : {};
  const bad: string[] = [];
  for (const [no, value] of Object.entries(given)) {
    const n = Number(word(no));
    const answer = annexAnswerOf(value);
    if (!Number.isInteger(n) || n < 1 || n > ANNEX_SIZE[kind] || answer === 'invalid') bad.push(word(no).slice(0, 10));
    else if (answer) answers[String(n)] = answer;
  }
  if (bad.length)
    r.fail(
      'answers',
      `項目 ${bad.slice(0, 5).join('、')} の回答を読み取れません (${kind.toUpperCase()} の別紙は 1〜${ANNEX_SIZE[kind]}、回答は はい・いいえ・対象外)`,
    );
  const values: DisclosureValues = {
    kind,
    jahisVersion,
    issuedOn,
    productVersion: r.text('productVersion', 100),
    evidenceId: r.oneId('evidenceId'),
    answers,
    note: r.text('note', 4000),
  };
  return r.problems.length ? { ok: false, problems: r.problems } : { ok: true, values };
}

export interface AnnexSummary {
  answered: number;
  total: number;
  /** item numbers answered いいえ, ascending */
  no: number[];
  /** item numbers not answered, ascending */
  missing: number[];
}

export function annexSummary(d: Pick<DisclosureValues, 'kind' | 'answers'>): AnnexSummary {
  const total = ANNEX_SIZE[d.kind];
  const numbers = Array.from({ length: total }, (_, i) => i + 1);
  return {
    answered: numbers.filter((n) => d.answers[String(n)]).length,
    total,
    no: numbers.filter((n) => d.answers[String(n)] === 'no'),
    missing: numbers.filter((n) => !d.answers[String(n)]),
  };
}

/** Item numbers as people read them: "3、7、12〜15". */
export function itemRanges(numbers: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < numbers.length; i++) {
    const start = numbers[i] as number;
    let end = start;
    while (numbers[i + 1] === end + 1) end = numbers[++i] as number;
    parts.push(end - start >= 2 ? `${start}〜${end}` : end === start ? String(start) : `${start}、${end}`);
  }
  return parts.join('、');
}

/** The latest document per kind (by date, then by when it was recorded): the ones that count. */
export function currentDisclosures<T extends { kind: DisclosureKind; issuedOn: string | null; createdAt: string | Date }>(list: T[]): T[] {
  // a document without its date is older than any dated one (recorded later or not)
  const key = (x: T) => `${x.issuedOn ?? '0000-00-00'}|${x.createdAt instanceof Date ? x.createdAt.toISOString() : x.createdAt}`;
  const best = new Map<DisclosureKind, T>();
  for (const d of list) {
    const seen = best.get(d.kind);
    if (!seen || key(d) > key(seen)) best.set(d.kind, d);
  }
  return DISCLOSURE_KINDS.flatMap((k) => (best.has(k) ? [best.get(k) as T] : []));
}

/** Two spellings of one version meet: NFKC, no spaces, lower case, no leading "v" / "ver". */
export const versionKey = (v: string) =>
  word(v)
    .toLowerCase()
    .replace(/\s/g, '')
    .replace(/^ver\.?|^v/, '');

export interface DisclosureProblem {
  kind: 'none' | 'outdated' | 'no-answers' | 'no-file';
  /** the document it is about (none for 'none') */
  doc?: DisclosureKind;
  message: string;
}

/**
 * What a system in use lacks about its MDS/SDS: none at all, one describing another version than the
 * one in use, 別紙 items answered いいえ, a record without its file. Mamori's own rule (the 手引き asks
 * only that MDS/SDS be submitted; the guideline 第7.0版 asks to select vendors whose annex answers
 * are all はい or 対象外).
 */
export function disclosureProblems(
  system: { currentVersion: string; disclosureRequestedOn: string | null },
  current: (Pick<DisclosureValues, 'kind' | 'answers' | 'productVersion' | 'evidenceId'> & { jahisVersion: string })[],
): DisclosureProblem[] {
  if (current.length === 0) {
    const asked = system.disclosureRequestedOn ? ` (${system.disclosureRequestedOn} に依頼済み)` : '';
    return [{ kind: 'none', message: `MDS/SDS を受け取っていません${asked}` }];
  }
  const out: DisclosureProblem[] = [];
  for (const d of current) {
    const name = d.kind.toUpperCase();
    if (system.currentVersion && d.productVersion && versionKey(system.currentVersion) !== versionKey(d.productVersion))
      out.push({
        kind: 'outdated',
        doc: d.kind,
        message: `${name} は版 ${d.productVersion} のもので、使用中の版 ${system.currentVersion} のものではありません`,
      });
    const s = annexSummary(d);
    if (s.no.length) out.push({ kind: 'no-answers', doc: d.kind, message: `${name} の別紙で「いいえ」の項目: ${itemRanges(s.no)}` });
    if (!d.evidenceId) out.push({ kind: 'no-file', doc: d.kind, message: `${name} のファイルが保管されていません` });
  }
  return out;
}
