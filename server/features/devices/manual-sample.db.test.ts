// The manual's own sample ledger (チェックリストマニュアル P.6) through the real import path, as a
// CP932 CSV and as an .xlsx: its masked address 192.168.〇.〇 is refused by row and field and nothing
// is written; with the address left empty all four rows import with the class (Win11, Win8 → 端末PC),
// the status (稼働, 停止) and the users as written. Formula cells: text in a CSV (kept, neutralised on
// export), an .xlsx formula's saved result taken with a warning naming the cell.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/client.ts';
import { type TestDeps, testDeps } from '../../test/harness.ts';
import { memberClient } from '../../test/members.ts';
import { seedOrg } from '../../test/seed.ts';
import {
  cp932,
  csvText,
  ledgerXlsx,
  MANUAL_HEADERS,
  MANUAL_SAMPLE_ROWS,
  postImport,
  utf8,
  type XlsxValue,
} from './ledger-files.test-helpers.ts';

let deps: TestDeps;
let csvOrg: string;
let xlsxOrg: string;
let csvEditor: TestClient;
let xlsxEditor: TestClient;

const IP = MANUAL_HEADERS.indexOf('IPアドレス');
const blanked = MANUAL_SAMPLE_ROWS.map((r) => r.map((v, i) => (i === IP ? '' : v)));
const dateCell = (ymd: string) => {
  const [y, m, d] = ymd.split('/').map(Number);
  return new Date(Date.UTC(y as number, (m as number) - 1, d));
};
/** As Excel keeps it: 登録日 a date cell, the rest text (管理番号 001 typed as text keeps its zeros). */
const asXlsx = (rows: string[][]): XlsxValue[][] =>
  rows.map((r) => r.map((v, i) => (i === MANUAL_HEADERS.indexOf('登録日') ? dateCell(v) : v)));

async function stored(orgId: string) {
  const r = (await deps.db.execute(`select count(*)::int as n from devices where organization_id = '${orgId}'`)) as unknown as {
    rows: { n: number }[];
  };
  return r.rows[0]?.n;
}

const devicesOf = async (client: TestClient, orgId: string) =>
  (await client.get(`/api/orgs/${orgId}/devices?sort=assetNo&limit=100`)).body.devices as Record<string, unknown>[];

beforeAll(async () => {
  deps = await testDeps();
  csvOrg = (await seedOrg(deps, { slug: 'sample-csv' })).id;
  xlsxOrg = (await seedOrg(deps, { slug: 'sample-xlsx' })).id;
  csvEditor = await memberClient(deps, csvOrg, 'editor');
  xlsxEditor = await memberClient(deps, xlsxOrg, 'editor');
});
afterAll(() => deps.close());

const MASKED = expect.stringContaining('IPアドレス: 192.168.〇.〇 は伏せ字 (〇) を含む記入例で、IP アドレスではありません');

describe('the manual’s sample ledger', () => {
  it('as a CP932 CSV: the masked address refuses the import, naming row 2 and IPアドレス, and nothing is written', async () => {
    const res = await postImport(csvEditor, csvOrg, '機器台帳の例.csv', cp932(csvText([MANUAL_HEADERS, ...MANUAL_SAMPLE_ROWS])));
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('IMPORT_ROWS_INVALID');
    expect(res.body.error.details.rejected).toEqual([{ row: 2, column: 'IPアドレス', field: 'ipAddress', message: MASKED }]);
    expect(res.body.error.details.report.encoding).toBe('cp932');
    expect(await stored(csvOrg)).toBe(0);
  });

  it('as a CP932 CSV with the address left empty: all four rows, with class, status and users', async () => {
    const res = await postImport(csvEditor, csvOrg, '機器台帳の例.csv', cp932(csvText([MANUAL_HEADERS, ...blanked])));
    expect(res.body).toMatchObject({ stored: true, encoding: 'cp932', summary: { created: 4, rejected: 0 } });
    const rows = await devicesOf(csvEditor, csvOrg);
    expect(rows.map((d) => [d.assetNo, d.hostname, d.os, d.deviceClass, d.status, d.userName, d.registeredOn])).toEqual([
      ['001', 'Room1のPC1', 'Win11', 'pc', 'active', 'a医師(〇〇科)', '2020-12-01'],
      ['002', 'Room1のPC2', 'Win11', 'pc', 'stopped', 'b医師(〇〇科)', '2020-12-01'],
      ['003', 'Room2のPC1', 'Win8', 'pc', 'active', 'c医師(△△科)', '2014-10-01'],
      ['004', 'Room3のPC1', 'Win11', 'pc', 'active', 'a医師(〇〇科)、b医師(〇〇科)、c医師(△△科)', '2021-08-01'],
    ]);
    expect(rows[1]).toMatchObject({ maker: 'A社', description: 'メンテナンス', software: [{ name: '〇〇電子カルテ', version: '1.2' }] });
    expect(rows[3]).toMatchObject({ maker: 'B社', osNormalized: 'windows 11', software: [{ name: '〇〇管理システム', version: '5.0.1' }] });
  });

  it('as an .xlsx: the masked address is refused by row 3 (below the title and header rows), then all four import alike', async () => {
    const refused = await postImport(xlsxEditor, xlsxOrg, '機器台帳の例.xlsx', await ledgerXlsx(asXlsx(MANUAL_SAMPLE_ROWS)));
    expect(refused.status).toBe(422);
    expect(refused.body.error.details.rejected).toEqual([{ row: 3, column: 'IPアドレス', field: 'ipAddress', message: MASKED }]);
    expect(await stored(xlsxOrg)).toBe(0);
    const res = await postImport(xlsxEditor, xlsxOrg, '機器台帳の例.xlsx', await ledgerXlsx(asXlsx(blanked)));
    expect(res.body).toMatchObject({ stored: true, format: 'xlsx', summary: { created: 4, rejected: 0 }, warnings: [] });
    const pick = (d: Record<string, unknown>) => [d.assetNo, d.hostname, d.deviceClass, d.status, d.userName, d.registeredOn, d.software];
    expect((await devicesOf(xlsxEditor, xlsxOrg)).map(pick)).toEqual((await devicesOf(csvEditor, csvOrg)).map(pick));
  });
});

describe('formula cells', () => {
  it('a CSV cell beginning with = + - @ is text: imported as written, neutralised in the CSV export, a string in the .xlsx export', async () => {
    const cells = ['=HYPERLINK("http://evil.example","x")', '+81-3-1234-5678', '-', '@SUM(A1)'];
    const rows = cells.map((c, i) => [`F-${i}`, '', '', '', '', '', `f${i}`, '', '', '', '', c]);
    const res = await postImport(csvEditor, csvOrg, 'f.csv', utf8(csvText([MANUAL_HEADERS, ...rows])));
    expect(res.body).toMatchObject({ stored: true, summary: { created: 4, rejected: 0 }, warnings: [] });
    const kept = (await csvEditor.get(`/api/orgs/${csvOrg}/devices?q=f-&limit=10&sort=assetNo`)).body.devices as { description: string }[];
    expect(kept.map((d) => d.description)).toEqual(cells);
    const csv = await csvEditor.raw(`/api/orgs/${csvOrg}/devices/export?format=csv`);
    const text = await csv.text();
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(text).toContain("'+81-3-1234-5678");
    expect(text).toContain("'@SUM(A1)");
    const xlsx = await csvEditor.raw(`/api/orgs/${csvOrg}/devices/export?format=xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    const cellsOut: ExcelJS.Cell[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => cellsOut.push(cell)));
    const evil = cellsOut.find((c) => String(c.value).startsWith('=HYPERLINK'));
    expect(evil?.type).toBe(ExcelJS.ValueType.String);
    expect(cellsOut.some((c) => c.type === ExcelJS.ValueType.Formula)).toBe(false);
  });

  it('an .xlsx formula imports its saved result with a warning naming the cell; one without a saved result is refused by cell', async () => {
    const STATUS = MANUAL_HEADERS.indexOf('状態');
    const VERSION = MANUAL_HEADERS.indexOf('ソフトウェアバージョン');
    const rows: XlsxValue[][] = asXlsx(blanked).map((r) => [...r]);
    (rows[1] as XlsxValue[])[STATUS] = { formula: 'IF(TRUE,"停止","稼働")', result: '停止' };
    (rows[2] as XlsxValue[])[VERSION] = { formula: '1+1', result: 2 };
    const res = await postImport(xlsxEditor, xlsxOrg, 'formulas.xlsx', await ledgerXlsx(rows), {}, true);
    expect(res.body.summary).toMatchObject({ rejected: 0, unchanged: 3, updated: 1 });
    expect(res.body.warnings).toEqual([
      {
        row: 4,
        column: '状態',
        field: 'status',
        cell: 'K4',
        message: 'K4 は数式です。計算結果の値「停止」を取り込みました (=IF(TRUE,"停止","稼働"))',
      },
      {
        row: 5,
        column: 'ソフトウェアバージョン',
        field: 'softwareVersion',
        cell: 'E5',
        message: expect.stringContaining('E5 は数式です。計算結果の値「2」を取り込みました'),
      },
    ]);
    expect(res.body.preview.find((p: { row: number }) => p.row === 5).values.software).toEqual([{ name: '〇〇電子カルテ', version: '2' }]);
    (rows[3] as XlsxValue[])[STATUS] = { formula: 'K3' };
    const refused = await postImport(xlsxEditor, xlsxOrg, 'formulas.xlsx', await ledgerXlsx(rows));
    expect(refused.status).toBe(422);
    expect(refused.body.error.details.rejected).toEqual([
      {
        row: 6,
        column: '状態',
        field: 'status',
        message: expect.stringContaining('K6 は数式 (=K3) ですが、計算結果の値が保存されていません'),
      },
    ]);
  });
});
