// Importing the 機器台帳 from files as hospitals have them: CP932 CSV with full-width digits and 和暦,
// .xlsx with a merged title row, re-imports that update by 管理番号; and bad input, each refused with
// row, column and reason while the ledger stays as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/client.ts';
import { type TestDeps, testDeps } from '../../test/harness.ts';
import { memberClient } from '../../test/members.ts';
import { seedOrg } from '../../test/seed.ts';
import { cp932, csvText, ledgerXlsx, MANUAL_HEADERS, MANUAL_ROWS, postImport, utf8, zipBomb } from './ledger-files.test-helpers.ts';

let deps: TestDeps;
let orgId: string;
let editor: TestClient;
let viewer: TestClient;

/** The ledger as the database holds it, to assert that a refused import changed nothing. */
async function ledger() {
  const r = (await deps.db.execute(
    `select asset_no, hostname, ip_address, os, status, version from devices where organization_id = '${orgId}' order by asset_no, hostname`,
  )) as unknown as { rows: unknown[] };
  return r.rows;
}
const list = async (q = '') => (await editor.get(`/api/orgs/${orgId}/devices?q=${encodeURIComponent(q)}&limit=100`)).body;

beforeAll(async () => {
  deps = await testDeps();
  orgId = (await seedOrg(deps, { slug: 'import-hospital' })).id;
  editor = await memberClient(deps, orgId, 'editor');
  viewer = await memberClient(deps, orgId, 'viewer');
});
afterAll(() => deps.close());

describe('import of the 機器台帳', () => {
  it('previews a CP932 CSV as Excel saves it: encoding detected, the manual’s headers recognised, nothing written', async () => {
    const res = await postImport(editor, orgId, '機器台帳.csv', cp932(csvText([MANUAL_HEADERS, ...MANUAL_ROWS])), {}, true);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      encoding: 'cp932',
      headerRow: 1,
      stored: false,
      summary: { created: 3, updated: 0, unchanged: 0, rejected: 0 },
    });
    expect(res.body.columns.map((c: { key: string }) => c.key)).toEqual([
      'assetNo',
      'maker',
      'os',
      'software',
      'softwareVersion',
      'ipAddress',
      'hostname',
      'location',
      'userName',
      'registeredOn',
      'status',
      'description',
    ]);
    const pc = res.body.preview.find((p: { row: number }) => p.row === 3).values;
    expect(pc).toMatchObject({
      maker: 'NEC',
      ipAddress: '192.168.10.101',
      registeredOn: '2023-04-01',
      status: 'active',
      software: [{ name: 'Office', version: '2016' }],
    });
    expect(await ledger()).toEqual([]);
  });

  it('imports it all at once, then a second import of the same file changes nothing, and a changed row is updated', async () => {
    const file = cp932(csvText([MANUAL_HEADERS, ...MANUAL_ROWS]));
    expect((await postImport(editor, orgId, '機器台帳.csv', file)).body).toMatchObject({ stored: true, summary: { created: 3 } });
    const sv = (await list('emr-sv01')).devices[0];
    expect(sv).toMatchObject({
      assetNo: 'SV-001',
      os: 'Windows Server 2012 R2',
      osNormalized: 'windows server 2012 r2',
      registeredOn: '2020-04-01',
    });
    expect(sv.software).toEqual([
      { name: '電子カルテ', version: '5.2' },
      { name: 'SQL Server', version: '2014' },
    ]);
    expect((await postImport(editor, orgId, '機器台帳.csv', file)).body.summary).toEqual({
      created: 0,
      updated: 0,
      unchanged: 3,
      rejected: 0,
    });
    const changed = MANUAL_ROWS.map((r) => (r[0] === 'PC-001' ? r.map((v, i) => (i === 7 ? '病棟3階' : v)) : r));
    const again = await postImport(editor, orgId, '機器台帳.csv', utf8(csvText([MANUAL_HEADERS, ...changed]), true));
    expect(again.body).toMatchObject({ encoding: 'utf8-bom', summary: { created: 0, updated: 1, unchanged: 2 } });
    const history = (await editor.get(`/api/orgs/${orgId}/devices/${(await list('PC-001')).devices[0].id}`)).body.history;
    expect(history.map((h: { label: string }) => h.label)).toEqual(['取り込み (機器台帳.csv)', '取り込み (機器台帳.csv)']);
    expect(history[0].before).toEqual({ location: '外来' });
  });

  it('keeps what the file has no column for: a support end date typed on screen survives a re-import', async () => {
    const pc = (await list('PC-001')).devices[0];
    await editor.request('PUT', `/api/orgs/${orgId}/devices/${pc.id}`, { ...pc, supportEnd: '令和13年10月14日', deviceClass: 'medical' });
    const res = await postImport(editor, orgId, '機器台帳.csv', cp932(csvText([MANUAL_HEADERS, ...MANUAL_ROWS])));
    expect(res.body.summary).toMatchObject({ updated: 1, unchanged: 2 });
    expect((await list('PC-001')).devices[0]).toMatchObject({ supportEnd: '2031-10-14', deviceClass: 'medical', location: '外来' });
  });

  it('reads an .xlsx with a merged title row above the headers and empty rows below', async () => {
    const rows = [
      [
        'SV-010',
        'NEC',
        'Windows Server 2019',
        '',
        '',
        '192.168.20.10',
        'PACS-SV',
        'サーバ室',
        '',
        new Date('2021-04-01T00:00:00Z'),
        '稼働中',
        'PACS',
      ],
    ];
    const res = await postImport(editor, orgId, 'ledger.xlsx', await ledgerXlsx(rows), {}, true);
    expect(res.body).toMatchObject({ format: 'xlsx', sheet: '機器台帳', headerRow: 2, summary: { created: 1, rejected: 0 } });
    expect(res.body.preview[0].values).toMatchObject({ assetNo: 'SV-010', registeredOn: '2021-04-01' });
  });

  it('finds Snipe-IT and Lansweeper headers, and remembers a mapping the person chose', async () => {
    const headers = ['Asset Tag', 'Asset Name', 'Manufacturer', 'IPAddress', 'OS', 'Location', 'Kaisou'];
    const rows = [headers, ['LS-1', 'NURSE-PC1', 'Dell', '10.1.1.5', 'Windows 10 Pro', '病棟', '3F']];
    const res = await postImport(editor, orgId, 'lansweeper.csv', utf8(csvText(rows)), {
      mapping: JSON.stringify({ Kaisou: 'location', Location: '' }),
    });
    expect(res.body.columns).toEqual([
      { header: 'Asset Tag', key: 'assetNo' },
      { header: 'Asset Name', key: 'hostname' },
      { header: 'Manufacturer', key: 'maker' },
      { header: 'IPAddress', key: 'ipAddress' },
      { header: 'OS', key: 'os' },
      { header: 'Location', key: null },
      { header: 'Kaisou', key: 'location' },
    ]);
    const next = await postImport(editor, orgId, 'lansweeper.csv', utf8(csvText(rows)), {}, true);
    expect(next.body.columns.at(-1)).toEqual({ header: 'Kaisou', key: 'location' });
    expect(next.body.summary.unchanged).toBe(1);
  });
});

describe('bad input is refused by row and column, and nothing is written', () => {
  const rowsWith = (extra: string[][]) => csvText([MANUAL_HEADERS, ...extra]);

  it('names 192.168.1.300, 令和7年2月30日, an unknown 状態 and a duplicate 管理番号, and takes a CSV cell beginning with = as text', async () => {
    const before = await ledger();
    const bad = rowsWith([
      ['X-1', '', 'Win10', '', '', '192.168.1.300', 'x1', '', '', '', '', ''],
      ['X-2', '', '', '', '', '', 'x2', '', '', '令和7年2月30日', '', ''],
      ['X-3', '', '', '', '', '', 'x3', '', '', '', '廃棄検討中', ''],
      ['X-4', '', '', '', '', '', 'x4', '', '', '', '', '=HYPERLINK("http://evil","x")'],
      ['X-5', '', '', '', '', '', 'x5', '', '', '', '', ''],
      ['X-5', '', '', '', '', '', 'x5b', '', '', '', '', ''],
    ]);
    const res = await postImport(editor, orgId, 'bad.csv', utf8(bad));
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('IMPORT_ROWS_INVALID');
    const rejected = res.body.error.details.rejected as { row: number; column: string; message: string }[];
    expect(rejected.map((r) => [r.row, r.column])).toEqual([
      [2, 'IPアドレス'],
      [3, '登録日'],
      [4, '状態'],
      [7, '管理番号'],
    ]);
    expect(rejected[0]?.message).toContain('192.168.1.300 は IPv4 アドレスとして正しくありません');
    expect(rejected[1]?.message).toContain('令和7年2月30日 は存在しない日付です');
    expect(rejected[2]?.message).toContain(
      '「廃棄検討中」は状態として読み取れません。稼働中 (稼働・稼動)、停止中 (停止・休止)、メンテナンス中',
    );
    expect(rejected[3]?.message).toBe('管理番号 X-5 が 6 行目と重複しています');
    expect(await ledger()).toEqual(before);
  });

  it('imports the good rows only when asked to skip the rejected ones, and takes a correction typed in the preview', async () => {
    const rows = rowsWith([
      ['Y-1', '', '', '', '', '10.0.0.1', 'y1', '', '', '', '', ''],
      ['Y-2', '', '', '', '', '10.0.0.999', 'y2', '', '', '', '', ''],
    ]);
    const fixed = await postImport(
      editor,
      orgId,
      'y.csv',
      utf8(rows),
      { overrides: JSON.stringify({ 3: { ipAddress: '10.0.0.99' } }) },
      true,
    );
    expect(fixed.body.summary).toMatchObject({ created: 2, rejected: 0 });
    const skipped = await postImport(editor, orgId, 'y.csv', utf8(rows), { skipInvalid: '1' });
    expect(skipped.body).toMatchObject({ stored: true, summary: { created: 1, rejected: 1 } });
    expect((await list('y2')).total).toBe(0);
  });

  it('refuses a file in neither UTF-8 nor CP932, UTF-8 chosen for a CP932 file, and a broken quote', async () => {
    const before = await ledger();
    const latin = new Uint8Array([0x8e, 0x41, 0xff, 0xfe, 0x2c, 0x81, 0x7f, 0x0a]);
    const a = await postImport(editor, orgId, 'x.csv', latin);
    expect(a.body.error).toMatchObject({ code: 'IMPORT_ENCODING', fields: [{ field: 'encoding' }] });
    const b = await postImport(editor, orgId, 'x.csv', cp932(rowsWith(MANUAL_ROWS)), { encoding: 'utf8' });
    expect(b.body.error.message).toMatch(/UTF-8 として読めません/);
    const c = await postImport(editor, orgId, 'x.csv', utf8('管理番号,コンピュータ名\r\nA,"open\r\n'));
    expect(c.body.error.message).toMatch(/引用符/);
    expect(await ledger()).toEqual(before);
  });

  it('refuses a 10 MB field by row and column, an xlsx zip bomb, an xlsx formula without a saved result, and a file without headers', async () => {
    const before = await ledger();
    const huge = await postImport(
      editor,
      orgId,
      'huge.csv',
      utf8(rowsWith([['H-1', '', '', '', '', '', 'h', '', '', '', '', 'x'.repeat(10 * 1024 * 1024)]])),
    );
    expect(huge.status).toBe(422);
    expect(huge.body.error.details.rejected[0]).toMatchObject({
      row: 2,
      column: '説明',
      message: expect.stringContaining('文字を超えています'),
    });
    const bomb = await postImport(editor, orgId, 'bomb.xlsx', zipBomb());
    expect(bomb.status).toBe(400);
    expect(bomb.body.error.message).toMatch(/大きすぎます|zip 爆弾/);
    const formula = await postImport(
      editor,
      orgId,
      'f.xlsx',
      await ledgerXlsx([['F-1', '', '', '', '', '', 'f1', '', '', '', '', { formula: 'A1&"x"' }]]),
    );
    expect(formula.body.error.details.rejected[0]).toMatchObject({
      row: 3,
      column: '説明',
      message: expect.stringContaining('L3 は数式 (=A1&"x") ですが、計算結果の値が保存されていません'),
    });
    const noHeader = await postImport(editor, orgId, 'n.csv', utf8('a,b\r\n1,2\r\n'));
    expect(noHeader.body.error.message).toMatch(/見出し行が見つかりません/);
    expect(await ledger()).toEqual(before);
  });

  it('lets a viewer neither preview nor import', async () => {
    const res = await postImport(viewer, orgId, 'x.csv', utf8(rowsWith(MANUAL_ROWS)), {}, true);
    expect(res.status).toBe(403);
  });

  it('refreshes the planner statistics after a bulk import, not after a few rows', async () => {
    const reltuples = async () => {
      const r = (await deps.db.execute(`select reltuples from pg_class where relname = 'devices'`)) as unknown as {
        rows: { reltuples: number }[];
      };
      return Number(r.rows[0]?.reltuples);
    };
    const other = (await seedOrg(deps, { slug: 'bulk-hospital' })).id;
    const bulkEditor = await memberClient(deps, other, 'editor');
    const few = MANUAL_HEADERS.map((_, i) => (i === 0 ? 'FEW-1' : i === 6 ? 'few1' : ''));
    const before = await reltuples();
    expect((await postImport(bulkEditor, other, 'few.csv', utf8(csvText([MANUAL_HEADERS, few])))).status).toBe(200);
    expect(await reltuples()).toBe(before);
    const rows = Array.from({ length: 120 }, (_, n) => MANUAL_HEADERS.map((_, i) => (i === 0 ? `BULK-${n}` : i === 6 ? `bulk${n}` : '')));
    expect((await postImport(bulkEditor, other, 'bulk.csv', utf8(csvText([MANUAL_HEADERS, ...rows])))).status).toBe(200);
    expect(await reltuples()).toBeGreaterThanOrEqual(121);
  });
});
