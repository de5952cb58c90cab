// An uploaded table as rows of cells: CSV (papaparse, after decoding) or .xlsx (exceljs, after the
// zip guard; the sheet chosen by name, else the first). Row numbers are the file's own (1-based), so
// messages point at the row a person sees in Excel. Empty rows are dropped. A CSV cell is always text
// (one starting with = is kept as written; exports neutralise it); an .xlsx formula cell carries its
// address, its formula and the result Excel saved with it (or none), for the importer to decide.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { isStorableText, unstorableIn } from '../../../domain/storable-text.ts';
import { AppError } from '../../lib/errors.ts';
import { type Detected, decodeText, type Encoding } from './decode.ts';
import { guardZip } from './zip-guard.ts';

export interface FormulaCell {
  formula: string;
  /** where it is in the sheet, as Excel names it (E5) */
  address: string;
  /** the result saved with the workbook; null when there is none (or it is an error) */
  value: string | Date | null;
  /** the error the result is (#REF!, #N/A …), if it is one */
  error: string | null;
}
export type Cell = string | Date | FormulaCell;
export interface TableRow {
  row: number;
  cells: Cell[];
}
export interface Table {
  format: 'csv' | 'xlsx';
  encoding: Detected | null;
  sheets: string[];
  sheet: string | null;
  rows: TableRow[];
}

/** Longest cell a ledger import reads; a longer one is refused by the row's checks, not stored. */
export const MAX_CELL = 100_000;

export const isFormula = (c: Cell | undefined): c is FormulaCell => typeof c === 'object' && c !== null && !(c instanceof Date);

/** Cells as text: a date as YYYY-MM-DD, an .xlsx formula as the result saved with it (null without one). */
export function textRows(table: Table): { row: number; cells: (string | null)[] }[] {
  const text = (c: Cell | undefined): string | null => {
    if (c instanceof Date) return Number.isNaN(c.getTime()) ? '' : c.toISOString().slice(0, 10);
    if (isFormula(c)) return c.value === null ? null : text(c.value);
    return c ?? '';
  };
  return table.rows.map((r) => ({ row: r.row, cells: r.cells.map(text) }));
}

/** `fileName` names the file in a refusal of its zip. */
export async function readTable(
  bytes: Uint8Array,
  opts: { format: 'csv' | 'xlsx'; encoding?: Encoding; sheet?: string; fileName?: string },
): Promise<Table> {
  const table =
    opts.format === 'xlsx' ? await readXlsx(bytes, opts.sheet, opts.fileName ?? 'ファイル') : readCsv(bytes, opts.encoding ?? 'auto');
  assertStorableCells(table);
  return table;
}

/** A cell with a NUL or a broken surrogate (a binary file saved as CSV) is refused by row and column. */
function assertStorableCells(table: Table): void {
  for (const { row, cells } of table.rows) {
    const col = cells.findIndex((c) => !isFormula(c) && typeof c === 'string' && !isStorableText(c));
    if (col >= 0) {
      const message = `${unstorableIn(`${row} 行目 ${col + 1} 列目`)}。ファイルの内容を確認してください。`;
      throw new AppError('IMPORT_FILE_INVALID', message, { fields: [{ field: 'file', message }], details: { row, column: col + 1 } });
    }
  }
}

function readCsv(bytes: Uint8Array, encoding: Encoding): Table {
  const { text, detected } = decodeText(bytes, encoding);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const broken = parsed.errors.find((e) => e.type === 'Quotes');
  if (broken) {
    const message = `${(broken.row ?? 0) + 1} 行目: 引用符 (") が閉じていません。`;
    throw new AppError('IMPORT_FILE_INVALID', message, { fields: [{ field: 'file', message }] });
  }
  const rows: TableRow[] = [];
  parsed.data.forEach((cells, i) => {
    if (cells.some((c) => c.trim() !== '')) rows.push({ row: i + 1, cells });
  });
  return { format: 'csv', encoding: detected, sheets: [], sheet: null, rows };
}

async function readXlsx(bytes: Uint8Array, sheetName: string | undefined, fileName: string): Promise<Table> {
  await guardZip(bytes, fileName); // never trusts the sizes the zip declares: inflates and counts first
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (err) {
    const message = `Excel ファイル (.xlsx) として読めません: ${(err as Error).message.slice(0, 200)}`;
    throw new AppError('IMPORT_FILE_INVALID', message, { fields: [{ field: 'file', message }] });
  }
  const sheets = book.worksheets.map((w) => w.name);
  const sheet = sheetName ? book.getWorksheet(sheetName) : book.worksheets[0];
  if (!sheet) {
    const message = `シート「${sheetName}」がありません (${sheets.join('、')})。`;
    throw new AppError('VALIDATION', message, { fields: [{ field: 'sheet', message }] });
  }
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = xlsxCell(cell);
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= '';
    if (cells.some((c) => c instanceof Date || isFormula(c) || String(c).trim() !== '')) rows.push({ row: rowNumber, cells });
  });
  return { format: 'xlsx', encoding: null, sheets, sheet: sheet.name, rows };
}

function xlsxCell(cell: ExcelJS.Cell): Cell {
  // a merged area reads as its top-left cell's value everywhere in it (header cells over two columns)
  const source = cell.isMerged && cell.master !== cell ? cell.master : cell;
  const value = source.value;
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) return formulaCell(source);
    return plainOf(value);
  }
  return String(value);
}

export function formulaCell(cell: ExcelJS.Cell): FormulaCell {
  const result = cell.result as unknown;
  const error = typeof result === 'object' && result !== null && 'error' in result ? String((result as { error: unknown }).error) : null;
  const value = result === undefined || result === null || error !== null ? null : result instanceof Date ? result : plainOf(result);
  return { formula: String(cell.formula ?? ''), address: cell.address, value, error };
}

/** A non-formula value as text: rich text joined, a hyperlink's text, an error's code. */
export function plainOf(value: unknown): string {
  if (typeof value !== 'object' || value === null) return String(value);
  if ('richText' in value) return (value as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('');
  if ('text' in value) return String((value as { text: unknown }).text);
  if ('error' in value) return String((value as { error: unknown }).error);
  return '';
}
