// Moving an assessment from provisional text (推定, or another form's items) onto the text that
// replaces it (the official workbook, a correction): an item is the same when it has the same number
// and target classes, or else the same wording; its answer moves with it. Items matched by number
// whose wording changed keep the answer and are listed for review; new items are listed to be
// answered; answers of items with no counterpart are set aside, never deleted. Pure.
import type { CatalogItem } from '../catalog/schema.ts';

export interface TextMovePlan {
  /** answer of `from` moves to `to`; `changed` when the wording differs */
  moves: { from: string; to: string; changed: boolean }[];
  /** items of the new text with no counterpart: to be answered */
  added: string[];
  /** items of the old text with an answer and no counterpart: the answer is kept aside */
  setAside: string[];
}

/** What a move did, as stored with the assessment and shown on its sheet (labels, not ids). */
export interface TextMoveReport {
  at: string;
  by: string;
  from: string;
  to: string;
  kept: number;
  changed: string[];
  added: string[];
  setAside: string[];
}

/** Wording compared as a person reads it: width, spaces and the closing 。 do not count. */
export const sameWording = (a: string | null, b: string | null): boolean => a !== null && b !== null && wordingKey(a) === wordingKey(b);

const wordingKey = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\s　]/g, '')
    .replace(/[。.]$/, '');

const targetsKey = (i: CatalogItem) =>
  i.targets
    .filter((t) => t !== 'organization' && t !== 'all')
    .sort()
    .join(',');

function sameNumber(a: CatalogItem, b: CatalogItem): boolean {
  if (a.section !== b.section || a.no !== b.no || a.no === null) return false;
  const [ta, tb] = [targetsKey(a), targetsKey(b)];
  // an item whose targets were not known (R7 2-⑨…⑪ before the official text) matches by number alone
  return ta === tb || ta === '' || tb === '';
}

export function planTextMove(from: CatalogItem[], to: CatalogItem[], answered: Set<string>): TextMovePlan {
  const matched = new Map<string, string>(); // from id → to id
  const taken = new Set<string>();
  const pair = (test: (a: CatalogItem, b: CatalogItem) => boolean) => {
    for (const a of from.filter((i) => !matched.has(i.id))) {
      const b = to.find((x) => !taken.has(x.id) && test(a, x));
      if (b) {
        matched.set(a.id, b.id);
        taken.add(b.id);
      }
    }
  };
  pair((a, b) => a.status === 'gate' && b.status === 'gate');
  pair(sameNumber);
  pair((a, b) => sameWording(a.text, b.text));
  const byId = new Map(to.map((i) => [i.id, i]));
  const moves = [...matched]
    .filter(([a]) => answered.has(a))
    .map(([a, b]) => {
      const before = from.find((i) => i.id === a);
      return { from: a, to: b, changed: !sameWording(before?.text ?? null, byId.get(b)?.text ?? null) };
    });
  return {
    moves,
    added: to.filter((i) => !taken.has(i.id)).map((i) => i.id),
    setAside: from.filter((i) => !matched.has(i.id) && answered.has(i.id)).map((i) => i.id),
  };
}

/**
 * The item id an answer is kept under when its item has no counterpart in the new text: it names
 * the text it was given on, so it never clashes with an item of the new one.
 */
export const asideId = (text: { versionId: string; revision: number; form: string }, itemId: string): string =>
  `aside|${text.versionId}|${text.revision}|${text.form}|${itemId}`;

export function parseAsideId(id: string): { versionId: string; revision: number; form: string; itemId: string } | null {
  const m = /^aside\|([^|]+)\|(\d+)\|([^|]+)\|(.+)$/.exec(id);
  return m ? { versionId: m[1] as string, revision: Number(m[2]), form: m[3] as string, itemId: m[4] as string } : null;
}
