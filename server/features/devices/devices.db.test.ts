// The 機器台帳 through the API: create with field errors named, search across kana and width
// variants, filters and sort, conflicting edits, retire instead of delete, bulk change, per-row
// history, export with formulas neutralised.
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/client.ts';
import { type TestDeps, testDeps } from '../../test/harness.ts';
import { memberClient } from '../../test/members.ts';
import { seedOrg } from '../../test/seed.ts';

let deps: TestDeps;
let orgId: string;
let editor: TestClient;
let viewer: TestClient;
const url = (rest = '') => `/api/orgs/${orgId}/devices${rest}`;
const ids: Record<string, string> = {};

beforeAll(async () => {
  deps = await testDeps();
  orgId = (await seedOrg(deps, { slug: 'ledger-clinic' })).id;
  editor = await memberClient(deps, orgId, 'editor');
  viewer = await memberClient(deps, orgId, 'viewer');
  const rows = [
    {
      assetNo: 'SV-1',
      hostname: 'デンシカルテサーバ',
      deviceClass: 'サーバ',
      os: 'Windows Server 2016',
      ipAddress: '192.168.1.10',
      location: 'サーバ室',
      vendorName: 'ABCメディカル',
    },
    { assetNo: 'PC-1', hostname: 'ｶﾞｲﾗｲPC01', deviceClass: '端末PC', os: 'ｗｉｎ１１', ipAddress: '192.168.1.101', location: '外来' },
    { assetNo: 'PC-2', hostname: 'ビョウトウPC02', deviceClass: 'pc', os: 'Windows 10 Pro', ipAddress: '192.168.1.102', location: '病棟' },
    {
      assetNo: 'NW-1',
      hostname: 'FGT60E',
      deviceClass: 'ネットワーク機器',
      os: 'FortiOS 6.0.4',
      ipAddress: 'fe80::1',
      description: '=cmd|calc',
    },
  ];
  for (const r of rows) {
    const res = await editor.post(url(), r);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    ids[r.assetNo] = res.body.id;
  }
});
afterAll(() => deps.close());

describe('the device ledger', () => {
  it('keeps the value as written and the OS spelling used for matching', async () => {
    const pc = (await viewer.get(url(`/${ids['PC-1']}`))).body.device;
    expect(pc).toMatchObject({
      os: 'win11',
      osNormalized: 'windows 11',
      hostname: 'ガイライPC01',
      deviceClass: 'pc',
      status: 'active',
      version: 1,
    });
  });

  it('names every bad field of a form: IP, 和暦 date, class, duplicate 管理番号', async () => {
    const bad = await editor.post(url(), {
      assetNo: 'X',
      ipAddress: '192.168.1.300',
      supportEnd: '令和7年2月30日',
      deviceClass: 'プリンタ台',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { field: string }) => f.field)).toEqual(['ipAddress', 'deviceClass', 'supportEnd']);
    expect(bad.body.error.message).toContain('IPアドレス: 192.168.1.300');
    const dup = await editor.post(url(), { assetNo: 'SV-1' });
    expect(dup.status).toBe(409);
    expect(dup.body.error.fields).toEqual([{ field: 'assetNo', message: '既に使われています' }]);
  });

  it('finds rows across katakana/hiragana and full/half width, filters by class and sorts', async () => {
    const find = async (q: string) =>
      (await viewer.get(url(`?q=${encodeURIComponent(q)}`))).body.devices.map((d: { assetNo: string }) => d.assetNo);
    expect(await find('でんしかるて')).toEqual(['SV-1']);
    expect(await find('がいらい')).toEqual(['PC-1']);
    expect(await find('ＰＣ０')).toEqual(['PC-1', 'PC-2']);
    expect(await find('abc めでぃかる')).toEqual(['SV-1']);
    const pcs = await viewer.get(url('?class=pc&sort=hostname&dir=desc'));
    expect(pcs.body).toMatchObject({ total: 2 });
    expect(pcs.body.devices.map((d: { assetNo: string }) => d.assetNo)).toEqual(['PC-2', 'PC-1']);
    expect((await viewer.get(url('?class=printer'))).status).toBe(400);
  });

  it('pages through a sorted list without skipping or repeating a row, ties and empty values included', async () => {
    const assetNos = async (query: string) => {
      const body = (await viewer.get(url(query))).body;
      return { total: body.total as number, rows: body.devices.map((d: { assetNo: string }) => d.assetNo) as string[] };
    };
    expect((await assetNos('?sort=assetNo')).rows).toEqual(['NW-1', 'PC-1', 'PC-2', 'SV-1']);
    expect((await assetNos('?sort=assetNo&dir=desc')).rows).toEqual(['SV-1', 'PC-2', 'PC-1', 'NW-1']);
    // supportEnd is empty on every row: the order is then the id's, the same on every page
    for (const query of ['sort=hostname', 'sort=supportEnd', 'sort=supportEnd&dir=desc', 'sort=location&dir=desc']) {
      const whole = await assetNos(`?${query}`);
      const pages = await Promise.all([0, 1, 2, 3].map((offset) => assetNos(`?${query}&limit=1&offset=${offset}`)));
      expect(
        pages.flatMap((p) => p.rows),
        query,
      ).toEqual(whole.rows);
      expect(pages.map((p) => p.total)).toEqual([4, 4, 4, 4]);
    }
  });

  it('tells the second of two editors, and keeps the first one’s change', async () => {
    const current = (await editor.get(url(`/${ids['PC-2']}`))).body.device;
    const first = await editor.request('PUT', url(`/${ids['PC-2']}`), { ...current, location: '病棟3階' });
    expect(first.body).toMatchObject({ location: '病棟3階', version: 2 });
    const second = await editor.request('PUT', url(`/${ids['PC-2']}`), { ...current, location: '手術室' });
    expect(second.status).toBe(409);
    expect((await viewer.get(url(`/${ids['PC-2']}`))).body.device.location).toBe('病棟3階');
  });

  it('retires instead of deleting, hides retired rows unless asked, and changes several rows at once', async () => {
    const retired = await editor.post(url(`/${ids['PC-1']}/retire`));
    expect(retired.body).toMatchObject({ status: 'retired' });
    expect((await viewer.get(url())).body.total).toBe(3);
    expect((await viewer.get(url('?retired=1'))).body.total).toBe(4);
    // the total is the number of matches whatever the page, also a page past the end
    const paged = (await viewer.get(url('?retired=1&limit=2&offset=2'))).body;
    expect([paged.devices.length, paged.total]).toEqual([2, 4]);
    const past = (await viewer.get(url('?retired=1&limit=2&offset=10'))).body;
    expect([past.devices.length, past.total]).toEqual([0, 4]);
    // the filter buttons' counts cover every device, retired included, whatever the filter and page
    const facetsOf = (body: { facets: { deviceClass: string; status: string; n: number }[] }) =>
      body.facets.map((f) => `${f.deviceClass}/${f.status}=${f.n}`).sort();
    expect(facetsOf(past)).toEqual(facetsOf((await viewer.get(url('?status=active&limit=1'))).body));
    expect(facetsOf(past).some((f) => f.endsWith('/retired=1'))).toBe(true);
    expect(past.facets.reduce((n: number, f: { n: number }) => n + f.n, 0)).toBe(4);
    const bulk = await editor.post(url('/bulk'), { ids: [ids['SV-1'], ids['NW-1']], changes: { vendorName: 'ＸＹＺシステム' } });
    expect(bulk.body.changed).toBe(2);
    expect((await viewer.get(url('?vendor=XYZシステム'))).body.total).toBe(2);
    const words = await editor.post(url('/bulk'), { ids: [ids['NW-1']], changes: { status: 'ﾒﾝﾃﾅﾝｽ中' } });
    expect(words.body.devices[0]).toMatchObject({ status: 'maintenance' });
    expect((await viewer.get(url('?status=maintenance'))).body.total).toBe(1);
    expect((await editor.post(url('/bulk'), { ids: [ids['NW-1']], changes: { status: '検討中' } })).status).toBe(400);
    expect((await editor.post(url('/bulk'), { ids: [ids['SV-1']], changes: {} })).status).toBe(400);
  });

  it('shows a row’s history from the audit trail, newest first', async () => {
    const history = (await viewer.get(url(`/${ids['PC-2']}`))).body.history;
    expect(history.map((h: { label: string }) => h.label)).toEqual(['変更', '登録']);
    expect(history[0]).toMatchObject({ before: { location: '病棟' }, after: { location: '病棟3階' } });
  });

  it('refuses a viewer every change', async () => {
    expect((await viewer.post(url(), { assetNo: 'V-1' })).status).toBe(403);
    expect((await viewer.post(url(`/${ids['SV-1']}/retire`))).status).toBe(403);
    expect((await viewer.post(url('/bulk'), { ids: [ids['SV-1']], changes: { status: 'spare' } })).status).toBe(403);
  });
});

describe('export', () => {
  it('writes CSV with BOM and the manual’s columns first, CP932 on request, formulas neutralised', async () => {
    const res = await viewer.raw(url('/export?format=csv'));
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toMatch(
      /^管理番号,メーカー,OS,ソフトウェア,ソフトウェアバージョン,IPアドレス,コンピュータ名,設置場所,利用者,登録日,状態,説明,機器種別/,
    );
    const header = text.split('\r\n')[0]?.split(',') ?? [];
    expect(header.filter((name) => name === '')).toEqual([]); // every column named, no trailing comma
    expect(text).toContain(",'=cmd|calc,");
    expect(text).toContain('廃棄');
    const sjis = await viewer.raw(url('/export?format=csv-sjis'));
    expect(decodeURIComponent(res.headers.get('content-disposition') ?? '')).toMatch(/機器台帳_[a-z0-9-]+_UTF-8\.csv$/);
    expect(decodeURIComponent(sjis.headers.get('content-disposition') ?? '')).toMatch(/機器台帳_[a-z0-9-]+_Shift_JIS\.csv$/);
    expect(iconv.decode(Buffer.from(await sjis.arrayBuffer()), 'cp932')).toContain('デンシカルテサーバ');
  });

  it('writes an .xlsx whose cells are values, never formulas', async () => {
    const res = await viewer.raw(url('/export?format=xlsx'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const sheet = book.getWorksheet('機器台帳');
    const rows = sheet?.getSheetValues() ?? [];
    expect((rows[1] as unknown[]).slice(1, 4)).toEqual(['管理番号', 'メーカー', 'OS']);
    const nw = sheet?.getRows(2, 4)?.find((r) => r.getCell(1).value === 'NW-1');
    expect(nw?.getCell(12).type).toBe(ExcelJS.ValueType.String);
    expect(nw?.getCell(12).value).toBe('=cmd|calc');
  });
});
