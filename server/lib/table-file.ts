// A table of strings as a file a person opens in Excel: CSV (UTF-8 with BOM, or Shift_JIS / CP932)
// with cells that start with = + - @ neutralised, or .xlsx whose cells are always values (never
// formulas), with a bold, frozen, filterable header row.
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { cp932Variants, csvCell } from '../../domain/csv.ts';

export type TableFormat = 'csv' | 'csv-cp932' | 'xlsx';

/** How a CSV file names its encoding: 機器台帳_sakura_UTF-8.csv, 機器台帳_sakura_Shift_JIS.csv. */
export const csvEncodingName = (sjis: boolean) => (sjis ? 'Shift_JIS' : 'UTF-8');

export interface TableFileOut {
  body: Buffer;
  contentType: string;
  fileName: string;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function tableFile(rows: string[][], format: TableFormat, stem: string, sheetName: string): Promise<TableFileOut> {
  if (format === 'xlsx') return { body: await xlsxOf(rows, sheetName), contentType: XLSX, fileName: `${stem}.xlsx` };
  const text = `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
  const sjis = format === 'csv-cp932';
  const body = sjis ? iconv.encode(cp932Variants(text), 'cp932') : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
  // the encoding in the name too: both files sit side by side in Downloads, and an older tool takes only one
  return { body, contentType: `text/csv; charset=${sjis ? 'Shift_JIS' : 'utf-8'}`, fileName: `${stem}_${csvEncodingName(sjis)}.csv` };
}

async function xlsxOf(rows: string[][], sheetName: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  for (const r of rows) sheet.addRow(r);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((c, i) => {
    c.width = Math.min(40, Math.max(10, (rows[0]?.[i]?.length ?? 8) * 2 + 4));
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: rows[0]?.length ?? 1 } };
  return Buffer.from(await book.xlsx.writeBuffer());
}
