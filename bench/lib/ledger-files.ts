// A large 機器台帳 as a hospital's IT department would export it from Excel: the manual's 12 columns
// with Japanese values, full-width digits in some cells, 和暦 dates, several software per PC; as
// CP932 CSV (what Excel in Japan writes) and as .xlsx. Deterministic: the same n gives the same file.
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { DEVICE_COLUMNS } from '../../domain/devices/columns.ts';

const HEADERS = DEVICE_COLUMNS.filter((c) => c.manual).map((c) => c.ja);
const MAKERS = ['富士通', 'ＮＥＣ', 'Dell', 'HP', 'Lenovo', 'パナソニック', 'キヤノン'];
const OS = [
  'Windows 11 Pro',
  'Win10',
  'ｗｉｎ１１',
  'Windows Server 2019',
  'Windows Server 2012 R2',
  'Windows 8.1',
  'FortiOS 6.0.4',
  'RHEL 8',
];
const PLACES = ['外来', '病棟3階', '病棟4階', '検査室', '放射線科', '薬剤部', '医事課', 'サーバ室', '手術室', '救急外来'];
const USERS = ['看護部', '医局', '医事課', '情報システム課', '検査部', '放射線部'];
const STATES = ['稼働中', '使用中', '予備', '稼働'];

export function ledgerRows(n: number): string[][] {
  const rows: string[][] = [HEADERS];
  for (let i = 1; i <= n; i++) {
    const os = OS[i % OS.length] ?? '';
    const full = i % 7 === 0;
    const ip = `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
    rows.push([
      `PC-${String(i).padStart(6, '0')}`,
      MAKERS[i % MAKERS.length] ?? '',
      os,
      i % 3 === 0 ? '電子カルテ端末\nOffice\nウイルス対策' : 'Office',
      i % 3 === 0 ? '5.2\n2019\n12.1' : '2019',
      full ? ip.normalize('NFKC').replace(/[0-9.]/g, (c) => (c === '.' ? '．' : String.fromCharCode(c.charCodeAt(0) + 0xfee0))) : ip,
      `${PLACES[i % PLACES.length]}PC${String(i).padStart(5, '0')}`,
      PLACES[i % PLACES.length] ?? '',
      USERS[i % USERS.length] ?? '',
      i % 2 === 0 ? `令和${2 + (i % 6)}年${1 + (i % 12)}月${1 + (i % 28)}日` : `20${19 + (i % 7)}/${1 + (i % 12)}/${1 + (i % 28)}`,
      STATES[i % STATES.length] ?? '',
      i % 5 === 0 ? '医療情報システム用端末' : '',
    ]);
  }
  return rows;
}

const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export const cp932Csv = (rows: string[][]): Buffer => iconv.encode(`${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`, 'cp932');

export async function ledgerXlsx(rows: string[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('機器台帳');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer());
}
