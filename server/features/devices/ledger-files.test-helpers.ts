// Files as hospitals have them, made for the tests: the manual's ledger as Excel in Japan saves it
// (CP932 CSV with full-width digits and 和暦, or .xlsx with a merged title row above the headers),
// and hostile ones (a zip bomb).
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { DEVICE_COLUMNS } from '../../../domain/devices/columns.ts';
import type { TestClient } from '../../test/client.ts';

export const MANUAL_HEADERS = DEVICE_COLUMNS.filter((c) => c.manual).map((c) => c.ja);

export const MANUAL_ROWS: string[][] = [
  [
    'SV-001',
    '富士通',
    'Windows Server 2012 R2',
    '電子カルテ\nSQL Server',
    '5.2\n2014',
    '192.168.10.10',
    'EMR-SV01',
    'サーバ室',
    '情報システム課',
    '令和2年4月1日',
    '稼働中',
    '電子カルテサーバ',
  ],
  ['PC-001', 'ＮＥＣ', 'Win11', 'Office', '2016', '１９２．１６８．１０．１０１', '外来PC01', '外来', '看護部', 'R5.4.1', '使用中', ''],
  ['NW-001', 'フォーティネット', 'FortiOS 6.0.4', '', '', '192.168.10.1', 'FGT60E', 'サーバ室', '', '2019/10/01', '稼働', '保守用VPN装置'],
];

/**
 * The manual's own sample ledger (チェックリストマニュアル P.6, 機器台帳の例; NOTES §3.1), as printed:
 * full-width digits, 〇〇/△△ for names, and its address masked as 192.168.〇.〇 (the other rows' addresses
 * are not transcribed in the notes, so they are left empty).
 */
export const MANUAL_SAMPLE_ROWS: string[][] = [
  ['001', 'A社', 'Win11', '〇〇電子カルテ', '2.0', '192.168.〇.〇', 'Room1のPC１', 'Room1', 'a医師（〇〇科）', '2020/12/1', '稼働', ''],
  ['002', 'A社', 'Win11', '〇〇電子カルテ', '1.2', '', 'Room1のPC2', 'Room1', 'b医師（〇〇科）', '2020/12/1', '停止', 'メンテナンス'],
  ['003', 'A社', 'Win8', '〇〇電子カルテ', '2.0', '', 'Room2のPC１', 'Room2', 'c医師（△△科）', '2014/10/1', '稼働', ''],
  [
    '004',
    'B社',
    'Win11',
    '〇〇管理システム',
    '5.0.1',
    '',
    'Room3のPC１',
    'Room3',
    'a医師（〇〇科）、b医師（〇〇科）、c医師（△△科）',
    '2021/8/1',
    '稼働',
    '',
  ],
];

const csvCell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
export const csvText = (rows: string[][]) => `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
export const cp932 = (text: string) => {
  // a character CP932 cannot hold would be written as "?": refuse it here rather than test a different file
  if (iconv.decode(iconv.encode(text, 'cp932'), 'cp932') !== text) throw new Error('not representable in CP932');
  return new Uint8Array(iconv.encode(text, 'cp932'));
};
export const utf8 = (text: string, bom = false) => new Uint8Array(Buffer.from(`${bom ? '\ufeff' : ''}${text}`));

/** The ledger as .xlsx: a merged title row, the headers, the rows, and empty rows at the end. */
export type XlsxValue = string | Date | { formula: string; result?: string | number | Date };

export async function ledgerXlsx(rows: XlsxValue[][], headers = MANUAL_HEADERS, sheet = '機器台帳'): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet(sheet);
  ws.addRow(['機器台帳 (令和7年度)']);
  ws.mergeCells(1, 1, 1, headers.length);
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  ws.addRow([]);
  ws.getCell(ws.rowCount + 3, 1).value = '';
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** A zip (named .xlsx) with one entry of 300 MB of zeros: a few hundred KB on disk. */
export function zipBomb(): Uint8Array {
  const size = 300 * 1024 * 1024;
  const data = deflateRawSync(Buffer.alloc(size), { level: 9 });
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12);
  end.writeUInt32LE(30 + name.length + data.length, 16);
  return new Uint8Array(Buffer.concat([local, name, data, central, name, end]));
}

/** POST a file to the device import, with the options as the UI sends them. */
export function postImport(
  client: TestClient,
  orgId: string,
  name: string,
  bytes: Uint8Array,
  fields: Record<string, string> = {},
  dryRun = false,
) {
  const form = new FormData();
  form.append('file', new File([Buffer.from(bytes)], name));
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return client.raw(`/api/orgs/${orgId}/devices/import${dryRun ? '?dryRun=1' : ''}`, { method: 'POST', body: form }).then(async (res) => ({
    status: res.status,
    body: (await res.json()) as any,
  }));
}
