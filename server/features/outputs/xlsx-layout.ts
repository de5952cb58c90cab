// Sheet building blocks for the official-layout xlsx: the eight columns of the printed form, cell
// styles (Japanese font, thin borders, shading) and small writers for merged rows and dates.
import type ExcelJS from 'exceljs';

/** The printed form's columns, left to right (1-based numbers in the sheet). */
export const COL = { no: 1, text: 2, first: 3, firstDate: 4, target: 5, second: 6, secondDate: 7, note: 8 } as const;
export const LAST_COL = COL.note;

export const COLUMN_WIDTHS = [22, 50, 8, 11.5, 11.5, 8, 11.5, 24];

export type CellValue = string | Date | null;

const FONT_NAME = 'Yu Gothic';
export const font = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({ name: FONT_NAME, size: 10, ...extra });

const thin: Partial<ExcelJS.Border> = { style: 'thin' };
export const box: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

export const shade = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
export const HEADER_FILL = shade('FFDDEBF7');
export const SECTION_FILL = shade('FFEDEDED');
export const LABEL_FILL = shade('FFF2F2F2');

export interface CellStyle {
  bold?: boolean;
  size?: number;
  fill?: ExcelJS.Fill;
  border?: boolean;
  align?: ExcelJS.Alignment['horizontal'];
  wrap?: boolean;
  shrink?: boolean;
  numFmt?: string;
}

/** Writes a value with its style. Text is always a plain string value: never a formula. */
export function put(ws: ExcelJS.Worksheet, row: number, col: number, value: CellValue, style: CellStyle = {}): ExcelJS.Cell {
  const cell = ws.getCell(row, col);
  cell.value = value === '' ? null : value;
  cell.font = font({ bold: style.bold, size: style.size ?? 10 });
  cell.alignment = {
    vertical: 'middle',
    horizontal: style.align ?? 'left',
    wrapText: style.wrap ?? false,
    shrinkToFit: style.shrink ?? false,
  };
  if (style.border !== false) cell.border = box;
  if (style.fill) cell.fill = style.fill;
  if (style.numFmt) cell.numFmt = style.numFmt;
  return cell;
}

/** Writes a value into the first cell of a range and merges the range (all cells share the style). */
export function putMerged(
  ws: ExcelJS.Worksheet,
  [top, left, bottom, right]: [number, number, number, number],
  value: CellValue,
  style: CellStyle = {},
): ExcelJS.Cell {
  const cell = put(ws, top, left, value, style);
  if (bottom > top || right > left) ws.mergeCells(top, left, bottom, right);
  return cell;
}

/** A real Excel date for a YYYY-MM-DD string (UTC midnight, so the serial is a whole day). */
export function excelDate(iso: string | null | undefined): Date | null {
  const m = iso?.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

// Neither LibreOffice nor every Excel fits a row to wrapped text when the file is opened, so rows
// get an explicit height from an estimate: a full-width character takes about two width units at 10pt.
const LINE_PT = 14.5;
const charUnits = (ch: string) => ((ch.codePointAt(0) ?? 0) > 0xff ? 1.9 : 1);

function linesIn(text: string, width: number): number {
  const usable = Math.max(width - 1.5, 1);
  return text.split('\n').reduce((n, line) => {
    const units = [...line].reduce((sum, ch) => sum + charUnits(ch), 0);
    return n + Math.max(1, Math.ceil(units / usable));
  }, 0);
}

/** A row height (points) that shows every line of the given texts in cells of the given widths. */
export function fitHeight(cells: [text: string, width: number][], minimum = 18): number {
  const lines = Math.max(1, ...cells.map(([text, width]) => linesIn(text, width)));
  return Math.max(minimum, lines * LINE_PT + 4);
}

export const widthOf = (from: number, to: number): number => COLUMN_WIDTHS.slice(from - 1, to).reduce((a, b) => a + b, 0);

export const DATE_FORMAT = 'yyyy/mm/dd';

/** Offered on every answer cell that needs an answer, so the file can be filled in in Excel. */
export const YES_NO_VALIDATION: ExcelJS.DataValidation = {
  type: 'list',
  allowBlank: true,
  formulae: ['"はい,いいえ"'],
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: '入力できない値です',
  error: '「はい」または「いいえ」を選んでください。',
};
