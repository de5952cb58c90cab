// Reading the annex answers from a vendor's own sheet (CSV or Excel, whatever its layout): a row counts
// when it holds an item number of the annex and an answer — written as a word (はい / いいえ / 対象外,
// yes / no, ○ / ×) or as a mark under a column headed はい, いいえ or 対象外. What is read is shown for
// the person to check before it is saved; a number read twice with different answers is named.
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

export function readAnnexSheet(kind: DisclosureKind, rows: SheetRow[]): AnnexRead {
  const size = ANNEX_SIZE[kind];
  const out: AnnexRead = { answers: {}, unread: [], conflicts: [] };
  const seenAt = new Map<number, number>();
  // columns headed はい / いいえ / 対象外, from the last header row seen above
  let markColumns = new Map<number, AnnexAnswer>();
  for (const { row, cells } of rows) {
    const headers = new Map<number, AnnexAnswer>();
    cells.forEach((c, i) => {
      const h = HEADER[norm(c).toLowerCase()];
      if (h) headers.set(i, h);
    });
    if (headers.size >= 2) {
      markColumns = headers;
      continue;
    }
    const at = cells.findIndex((c) => itemNumber(c, size) !== null);
    if (at < 0) continue;
    const n = itemNumber(cells[at] as string, size) as number;
    let answer: AnnexAnswer | null = null;
    for (let i = at + 1; i < cells.length && !answer; i++) {
      const word = markColumns.has(i) ? null : annexAnswerOf(cells[i]);
      if (word && word !== 'invalid') answer = word;
    }
    if (!answer) {
      const marked = [...markColumns].filter(([i]) => MARKS.has(norm(cells[i] ?? '').toLowerCase()));
      if (marked.length === 1) answer = (marked[0] as [number, AnnexAnswer])[1];
    }
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
