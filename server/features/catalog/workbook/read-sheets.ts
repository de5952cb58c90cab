// An official checklist workbook as grids of cell texts, every sheet: the text of each cell (rich
// text joined, as written), whether it is a formula (never read as wording) and, for a merged
// area, which cell it is part of — the shape reader needs to see an answer cell spanning the 1回目,
// 目標日 and 2回目 columns (R5 3(1)). The zip guard inflates and counts every entry before exceljs opens it.
import ExcelJS from 'exceljs';
import { AppError } from '../../../lib/errors.ts';
import { formulaCell, plainOf } from '../../imports/tabular.ts';
import { guardZip } from '../../imports/zip-guard.ts';

export interface GridCell {
  col: number;
  address: string;
  text: string;
  formula: string | null;
  /** the top-left cell of the merged area this cell belongs to (itself for the top-left one), or null */
  mergedInto: string | null;
}

export interface GridRow {
  row: number;
  cells: GridCell[];
}

export interface Grid {
  name: string;
  rows: GridRow[];
}

/** The largest workbook read (an official one-sheet checklist is well under 1 MB). */
export const MAX_WORKBOOK_BYTES = 10 * 1024 * 1024;
const MAX_ROWS = 2000;
const MAX_COLS = 60;

const refuse = (message: string) => new AppError('IMPORT_FILE_INVALID', message, { fields: [{ field: 'file', message }] });

/** `fileName` names the file in a refusal of its zip. */
export async function readSheets(bytes: Uint8Array, fileName = 'workbook.xlsx'): Promise<Grid[]> {
  if (bytes.byteLength > MAX_WORKBOOK_BYTES) {
    throw refuse(
      `ファイルが大きすぎます (${(bytes.byteLength / 1048576).toFixed(1)} MB)。チェックリストのワークブックは通常 1 MB 未満です (上限 10 MB)。`,
    );
  }
  await guardZip(bytes, fileName); // inflated and counted before exceljs sees it: declared sizes are not trusted
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (err) {
    throw refuse(`Excel ファイル (.xlsx) として読めません: ${(err as Error).message.slice(0, 200)}`);
  }
  return book.worksheets.map(gridOf);
}

function gridOf(sheet: ExcelJS.Worksheet): Grid {
  const rows: GridRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber > MAX_ROWS) return;
    const cells: GridCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      if (col > MAX_COLS) return;
      const mergedInto = cell.isMerged ? cell.master.address : null;
      const slave = mergedInto !== null && mergedInto !== cell.address;
      const formula = !slave && isFormula(cell) ? formulaCell(cell).formula : null;
      const text = slave ? '' : formula !== null ? '' : textOf(cell.value);
      cells.push({ col, address: cell.address, text, formula, mergedInto });
    });
    if (cells.some((c) => c.text !== '' || c.formula !== null || c.mergedInto !== null)) rows.push({ row: rowNumber, cells });
  });
  return { name: sheet.name, rows };
}

const isFormula = (cell: ExcelJS.Cell) => {
  const v = cell.value;
  return typeof v === 'object' && v !== null && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v);
};

function textOf(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  // as written (the wording is stored as the ministry printed it); line breaks inside a cell dropped
  return plainOf(value).replace(/\r?\n/g, '').trim();
}
