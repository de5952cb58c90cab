// Reading the annex answers from a vendor's own sheet (CSV or Excel, whatever its layout): a row counts
// when it holds an item number of the annex and an answer — written as a word (はい / いいえ / 対象外,
// yes / no, ○ / ×) or as a mark under a column headed はい, いいえ or 対象外. What is read is shown for
// the person to check before it is saved; a number read twice with different answers is named. A header
// naming the number (項番 / No), the answer (回答) or the mark columns decides where to read; a row where
// two numbers stand before the answer (a 大項目 or page number beside the item's) is not guessed.
import { ANNEX_SIZE, type AnnexAnswer, annexAnswerOf, type DisclosureKind } from './disclosure.ts';

export interface SheetRow {
  row: number;
  cells: string[];
}

export interface AnnexRead {
  answers: Record<string, AnnexAnswer>;
  /** rows with an item number and no answer it could read */
  unread: number[];
  /** item numbers read twice with different answers (the first is kept), with the rows */
  conflicts: string[];
}

const norm = (c: string) => c.normalize('NFKC').trim();
const MARKS = new Set(['○', '◯', '〇', '●', '✓', '✔', 'v', 'x', '1', '■', 'レ']);
const HEADER: Record<string, AnnexAnswer> = { はい: 'yes', yes: 'yes', いいえ: 'no', no: 'no', 対象外: 'na', 'n/a': 'na', na: 'na' };

/** "12", "No.12", "MDS-12", "項目12", "(12)" → 12 within the annex, else null. */
function itemNumber(cell: string, size: number): number | null {
  const m = /^(?:no\.?|項目|項番|mds-?|sds-?|\()?\s*(\d{1,2})\)?\.?$/i.exec(norm(cell));
  const n = m ? Number(m[1]) : Number.NaN;
  return Number.isInteger(n) && n >= 1 && n <= size ? n : null;
}

const NUMBER_HEADERS = new Set(['項番', '項目番号', '番号', 'no', 'no.', '項目no', '項目no.']);
const ANSWER_HEADERS = new Set(['回答', '回答欄', 'answer', '結果']);

interface Layout {
  /** the column headed 項番 / No, when a header names it */
  numberCol: number | null;
  /** the column headed 回答 */
  answerCol: number | null;
  /** columns headed はい / いいえ / 対象外, where a mark answers */
  marks: Map<number, AnnexAnswer>;
}

/** A header row: it names the number column, the answer column, or two or more mark columns. */
function headerOf(cells: string[]): Layout | null {
  const layout: Layout = { numberCol: null, answerCol: null, marks: new Map() };
  cells.forEach((c, i) => {
    const h = norm(c).toLowerCase().replace(/\s/g, '');
    if (HEADER[h]) layout.marks.set(i, HEADER[h]);
    else if (NUMBER_HEADERS.has(h) && layout.numberCol === null) layout.numberCol = i;
    else if (ANSWER_HEADERS.has(h) && layout.answerCol === null) layout.answerCol = i;
  });
  return layout.marks.size >= 2 || layout.numberCol !== null || layout.answerCol !== null ? layout : null;
}

export function readAnnexSheet(kind: DisclosureKind, rows: SheetRow[]): AnnexRead {
  const size = ANNEX_SIZE[kind];
  const out: AnnexRead = { answers: {}, unread: [], conflicts: [] };
  const seenAt = new Map<number, number>();
  let layout: Layout = { numberCol: null, answerCol: null, marks: new Map() };
  for (const { row, cells } of rows) {
    const header = headerOf(cells);
    if (header) {
      layout = header;
      continue;
    }
    // the item number: in the column headed 項番 / No; without one, the row's only number before its answer
    let at: number;
    if (layout.numberCol !== null) at = itemNumber(cells[layout.numberCol] ?? '', size) === null ? -1 : layout.numberCol;
    else {
      const numbers = cells.map((c, i) => (itemNumber(c, size) !== null ? i : -1)).filter((i) => i >= 0);
      at = numbers[0] ?? -1;
      // a 大項目 or page number beside it: which one is the item cannot be told
      if (numbers.length > 1 && (numbers[1] as number) < firstWordAt(cells, at)) {
        out.unread.push(row);
        continue;
      }
    }
    if (at < 0) continue;
    const n = itemNumber(cells[at] as string, size) as number;
    const answer = answerOf(cells, at, layout);
    if (!answer) {
      out.unread.push(row);
      continue;
    }
    const before = out.answers[String(n)];
    if (before && before !== answer) out.conflicts.push(`項目 ${n} (${seenAt.get(n)} 行目と ${row} 行目)`);
    else if (!before) {
      out.answers[String(n)] = answer;
      seenAt.set(n, row);
    }
  }
  return out;
}

/** The first column after `from` holding an answer word (cells.length when none). */
function firstWordAt(cells: string[], from: number): number {
  for (let i = from + 1; i < cells.length; i++) {
    const w = annexAnswerOf(cells[i]);
    if (w && w !== 'invalid') return i;
  }
  return cells.length;
}

/** A mark under a はい / いいえ / 対象外 column first; else the word in the 回答 column (or, without mark columns, the first word after the number). */
function answerOf(cells: string[], at: number, layout: Layout): AnnexAnswer | null {
  const marked = [...layout.marks].filter(([i]) => MARKS.has(norm(cells[i] ?? '').toLowerCase()));
  if (marked.length === 1) return (marked[0] as [number, AnnexAnswer])[1];
  if (marked.length > 1) return null;
  if (layout.answerCol !== null) {
    const w = annexAnswerOf(cells[layout.answerCol]);
    return w && w !== 'invalid' ? w : null;
  }
  if (layout.marks.size > 0) return null; // a word in a remark column is not the answer
  const i = firstWordAt(cells, at);
  const w = annexAnswerOf(cells[i]);
  return w && w !== 'invalid' ? w : null;
}
