// A system's own user list into the 利用者台帳, on both engines: headings guessed (CP932 CSV as Excel
// writes it), values read as exports write them (○/×, 有効/利用停止, 和暦, a time in JST); a heading
// nobody guessed mapped by a person and remembered for the system's next file; an unreadable value
// refused by row and column with nothing written; an .xlsx read the same way; the suggestion for
// アクセス利用権限 reading the roles.
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
let systemId: string;

const csv = (rows: string[][]) => iconv.encode(rows.map((r) => r.join(',')).join('\r\n'), 'cp932');
const send = async (name: string, bytes: Buffer | Uint8Array, opts: { dryRun?: boolean; mapping?: object } = {}) => {
  const form = new FormData();
  form.append('file', new File([new Uint8Array(bytes)], name));
  if (opts.mapping) form.append('mapping', JSON.stringify(opts.mapping));
  const res = await editor.raw(`/api/orgs/${orgId}/account-systems/${systemId}/import${opts.dryRun ? '?dryRun=1' : ''}`, {
    method: 'POST',
    body: form,
  });
  return { status: res.status, body: (await res.json()) as any };
};
const accounts = async () => (await editor.get(`/api/orgs/${orgId}/account-systems/${systemId}/accounts`)).body.accounts as any[];

beforeAll(async () => {
  deps = await testDeps();
  orgId = (await seedOrg(deps, { slug: 'list-hospital', name: 'かえで病院' })).id;
  editor = await memberClient(deps, orgId, 'editor');
  systemId = (await editor.post(`/api/orgs/${orgId}/account-systems`, { name: '電子カルテ', source: 'list' })).body.id;
});
afterAll(() => deps.close());

describe("a system's own user list", () => {
  const HEAD = [
    '利用者ID',
    '氏名',
    'フリガナ',
    '職種',
    '所属',
    '権限グループ',
    '管理者',
    '状態',
    '最終ログイン日時',
    '二要素認証',
    '備考欄',
  ];
  const file = csv([
    HEAD,
    ['dr001', '髙橋 一郎', 'タカハシ イチロウ', '医師', '内科', '医師', '×', '有効', '令和8年11月30日 8:12', '○', ''],
    ['ns014', '齋藤 花子', 'サイトウ ハナコ', '看護師', '看護部', '看護師', '×', '利用停止', '2026/03/30 17:45', '×', '退職'],
    ['admin', 'システム管理', '', '', '情報システム', 'システム管理者', '○', '有効', '2026-12-01 09:00:00', '×', ''],
  ]);

  it('guesses the headings, previews, and writes the values as the export means them', async () => {
    const preview = await send('利用者一覧.csv', file, { dryRun: true });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      encoding: 'cp932',
      headerRow: 1,
      summary: { create: 3 },
      unreadColumns: ['備考欄'],
      stored: false,
    });
    expect(preview.body.columns.slice(0, 3)).toEqual([
      { heading: '利用者ID', field: 'accountId', guessed: true },
      { heading: '氏名', field: 'name', guessed: true },
      { heading: 'フリガナ', field: 'nameKana', guessed: true },
    ]);
    expect(await accounts()).toEqual([]);
    expect((await send('利用者一覧.csv', file)).body.stored).toBe(true);
    const byId = Object.fromEntries((await accounts()).map((a) => [a.accountId, a]));
    expect(byId.dr001).toMatchObject({
      name: '髙橋 一郎',
      role: '医師',
      isAdmin: false,
      status: 'active',
      mfa: true,
      lastLogonAt: '2026-11-29T23:12:00.000Z',
    });
    expect(byId.ns014).toMatchObject({ status: 'disabled', mfa: false });
    expect(byId.admin).toMatchObject({ isAdmin: true, mfa: false });
  });

  it('refuses an unreadable value by row and column, writing nothing', async () => {
    const before = await accounts();
    const bad = csv([HEAD, ['dr001', '髙橋 一郎', '', '医師', '内科', '医師', 'たぶん', '有効', '令和7年2月30日', '○', '']]);
    const res = await send('利用者一覧.csv', bad);
    expect(res.status).toBe(422);
    expect(res.body.error.details.rejected).toEqual([
      { row: 2, column: '管理者', message: expect.stringContaining('たぶん') },
      { row: 2, column: '最終ログイン日時', message: expect.stringContaining('令和7年2月30日') },
    ]);
    expect(await accounts()).toEqual(before);
  });

  it('asks for the ID column when no heading names it, takes a mapping, and remembers it for the next file', async () => {
    const odd = csv([
      ['ユーザコード', '漢字氏名', '権限'],
      ['dr001', '髙橋 一郎', '医師 (内科)'],
      ['ph002', '伊藤 次郎', '薬剤師'],
    ]);
    // the headings come back with no field, for the person to map; nothing can be imported so
    const unmapped = await send('users.csv', odd, { dryRun: true });
    expect(unmapped.status).toBe(200);
    expect(unmapped.body.columns.map((c: any) => c.field)).toEqual([null, null, 'role']);
    expect(unmapped.body.problems).toEqual([{ row: 1, column: null, message: expect.stringContaining('ID (ログインID)') }]);
    expect((await send('users.csv', odd)).status).toBe(422);
    const mapped = await send('users.csv', odd, { mapping: { ユーザコード: 'accountId', 漢字氏名: 'name' } });
    expect(mapped.body).toMatchObject({ summary: { create: 1, update: 1 }, stored: true });
    // the next file of the system is read with the mapping last used (the guess for 権限 included), without sending it
    const again = await send('users.csv', odd, { dryRun: true });
    expect(again.body.columns).toEqual([
      { heading: 'ユーザコード', field: 'accountId', guessed: false },
      { heading: '漢字氏名', field: 'name', guessed: false },
      { heading: '権限', field: 'role', guessed: false },
    ]);
    expect(again.body.summary).toMatchObject({ create: 0, update: 0, unchanged: 2 });
    // what the file has no column for is kept
    expect((await accounts()).find((a) => a.accountId === 'dr001')).toMatchObject({ role: '医師 (内科)', mfa: true, department: '内科' });
  });

  it('reads an .xlsx the same way', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('利用者');
    sheet.addRow(['ユーザコード', '漢字氏名', '権限', '退職日']);
    sheet.addRow(['rt001', '渡邊 健', '放射線技師', new Date(Date.UTC(2026, 2, 31))]);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const res = await send('users.xlsx', bytes);
    expect(res.body).toMatchObject({ format: 'xlsx', sheet: '利用者', summary: { create: 1 }, stored: true });
    expect((await accounts()).find((a) => a.accountId === 'rt001')).toMatchObject({
      name: '渡邊 健',
      leftOn: '2026-03-31',
      leaverBy: 'account',
    });
  });
});
