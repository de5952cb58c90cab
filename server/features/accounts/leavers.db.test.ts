// Personnel's leavers list against the 利用者台帳, on both engines: a CP932 list with 令和7年2月30日
// refused by row and column with nothing stored; a good list previewed with the accounts it matches
// (by 職員番号, by name only) and those still enabled, then written; the accounts' leave dates; the
// findings (a leaver's enabled account, an account never used) in the findings list; the suggestion
// for 不要なアカウント going from いいえ to はい once the accounts are disabled; the dormant days set per
// organisation; viewers read but do not import.
import { eq } from 'drizzle-orm';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PS51_JA } from '../../../domain/accounts/ad-fixtures.test-helpers.ts';
import { accounts } from '../../db/schema.ts';
import type { TestClient } from '../../test/client.ts';
import { type TestDeps, testDeps } from '../../test/harness.ts';
import { memberClient } from '../../test/members.ts';
import { seedOrg } from '../../test/seed.ts';

let deps: TestDeps;
let orgId: string;
let editor: TestClient;
let viewer: TestClient;
let systemId: string;
let sheet: string;

const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const post = async (client: TestClient, path: string, name: string, bytes: Buffer) => {
  const form = new FormData();
  form.append('file', new File([new Uint8Array(bytes)], name));
  const res = await client.raw(path, { method: 'POST', body: form });
  return { status: res.status, body: (await res.json()) as any };
};
const leaversFile = (rows: string[][]) => iconv.encode(rows.map((r) => r.join(',')).join('\r\n'), 'cp932');
const sendLeavers = (client: TestClient, bytes: Buffer, dryRun = false) =>
  post(client, `/api/orgs/${orgId}/leavers/import${dryRun ? '?dryRun=1' : ''}`, '退職者一覧.csv', bytes);
const accountFindings = async () =>
  ((await viewer.get(`/api/orgs/${orgId}/findings`)).body.findings as any[]).filter((f) => f.subject.type === 'account');
const suggestionFor = async (itemId: string) =>
  (await viewer.get(`/api/orgs/${orgId}/assessments/${sheet}/suggestions`)).body.items[itemId];

beforeAll(async () => {
  deps = await testDeps();
  orgId = (await seedOrg(deps, { slug: 'leavers-hospital', name: 'かえで病院' })).id;
  editor = await memberClient(deps, orgId, 'editor');
  viewer = await memberClient(deps, orgId, 'viewer');
  systemId = (await editor.post(`/api/orgs/${orgId}/account-systems`, { name: 'Windows ドメイン', source: 'directory' })).body.id;
  const imported = await post(editor, `/api/orgs/${orgId}/account-systems/${systemId}/import`, 'ad.csv', utf16(PS51_JA));
  expect(imported.body.stored).toBe(true);
  sheet = (await editor.post(`/api/orgs/${orgId}/assessments`, { fiscalYear: 2025, form: 'institution' })).body.id;
});
afterAll(() => deps.close());

describe('the leavers list and what it finds', () => {
  it('names the missing leavers list in the suggestion for 不要なアカウント', async () => {
    const s = await suggestionFor('2-5');
    expect(s.answer).toBe('no'); // karte-kyoyo was created in 2012 and never logged on
    expect(s.reasons.join()).toContain('退職者一覧が取り込まれていない');
  });

  it('refuses 令和7年2月30日 naming the row and column, storing nothing', async () => {
    const bad = leaversFile([
      ['職員番号', '氏名', '退職日'],
      ['10234', '髙橋 一郎', '令和8年10月31日'],
      ['30001', '佐藤 三郎', '令和7年2月30日'],
    ]);
    const res = await sendLeavers(editor, bad);
    expect(res.status).toBe(422);
    expect(res.body.error.details.rejected).toEqual([{ row: 3, column: '退職日', message: expect.stringContaining('令和7年2月30日') }]);
    expect((await viewer.get(`/api/orgs/${orgId}/leavers`)).body.leavers).toEqual([]);
  });

  it('previews the accounts the list matches and those still enabled, then writes it; the accounts carry the date', async () => {
    const good = leaversFile([
      ['令和8年度 退職者一覧', '', '', ''],
      ['職員番号', '氏　名', '所属', '退職日'],
      ['10234', '髙橋 一郎', '内科', '令和8年10月31日'],
      ['', '斎藤 花子', '看護部', '2026/03/31'],
      ['40001', '伊藤 次郎', '医事課', 'R8.4.30'],
    ]);
    const preview = await sendLeavers(editor, good, true);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      encoding: 'cp932',
      summary: { create: 3, update: 0, unchanged: 0, notInFile: 0 },
      matches: { byEmployeeId: 1, byName: 1, stillEnabledCount: 1 },
      stored: false,
    });
    expect(preview.body.matches.stillEnabled).toEqual([
      { leaver: '髙橋 一郎', leftOn: '2026-10-31', system: 'Windows ドメイン', accountId: 'takahashi.i', by: 'employeeId' },
    ]);
    expect((await viewer.get(`/api/orgs/${orgId}/leavers`)).body.leavers).toEqual([]);
    const stored = await sendLeavers(editor, good);
    expect(stored.body.stored).toBe(true);
    expect((await sendLeavers(editor, good, true)).body.summary).toEqual({ create: 0, update: 0, unchanged: 3, notInFile: 0 });
    const list = (await viewer.get(`/api/orgs/${orgId}/leavers`)).body.leavers;
    expect(list.map((l: any) => [l.name, l.leftOn, l.accounts.map((a: any) => [a.label, a.by])])).toEqual([
      ['斎藤 花子', '2026-03-31', [['saito.h (齋藤 花子) — Windows ドメイン', 'name']]],
      ['伊藤 次郎', '2026-04-30', []],
      ['髙橋 一郎', '2026-10-31', [['takahashi.i (髙橋 一郎) — Windows ドメイン', 'employeeId']]],
    ]);
    const listed = (await viewer.get(`/api/orgs/${orgId}/account-systems/${systemId}/accounts`)).body.accounts;
    expect(listed.find((a: any) => a.accountId === 'takahashi.i')).toMatchObject({ leftOn: '2026-10-31', leaverBy: 'employeeId' });
    const events = (await deps.db.query.auditEvents.findMany()).filter((e) => e.action === 'leavers.imported');
    expect(events).toHaveLength(1);
  });

  it("exports the system's accounts with their leave dates (Shift_JIS CSV named so, or .xlsx)", async () => {
    const res = await viewer.raw(`/api/orgs/${orgId}/account-systems/${systemId}/export?format=csv-sjis`);
    expect(res.status).toBe(200);
    expect(decodeURIComponent(res.headers.get('content-disposition') ?? '')).toContain('Shift_JIS');
    const text = iconv.decode(Buffer.from(await res.arrayBuffer()), 'cp932');
    const lines = text.split(/\r?\n/);
    expect(lines[0]).toContain('ID,氏名,職員番号');
    expect(lines.find((l) => l.startsWith('takahashi.i,'))).toContain('2026-10-31,退職者一覧 (職員番号)');
    expect(lines.find((l) => l.startsWith('saito.h,'))).toContain('退職者一覧 (氏名のみ・要確認)');
    const xlsx = await viewer.raw(`/api/orgs/${orgId}/account-systems/${systemId}/export?format=xlsx`);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
  });

  it("lists the leaver's enabled account and the never-used one among the findings, with the checklist items", async () => {
    const found = await accountFindings();
    const byId = new Map(found.map((f) => [`${f.id.split(':rule:account:')[1]}:${f.subject.label.split(' ')[0]}`, f]));
    expect([...byId.keys()].sort()).toEqual(['dormant:karte-kyoyo', 'leaver:takahashi.i', 'password-never-expires:karte-kyoyo']);
    const leaver = byId.get('leaver:takahashi.i');
    expect(leaver).toMatchObject({ severity: 'high', confidence: 'high', subject: { type: 'account', systemId } });
    expect(leaver.title).toContain('2026-10-31');
    expect(leaver.items.map((i: any) => i.label)).toContainEqual(expect.stringContaining('不要なアカウント'));
  });

  it('turns 不要なアカウント to はい once the accounts are disabled (a re-import from AD)', async () => {
    const before = await suggestionFor('2-5');
    expect(before.answer).toBe('no');
    expect(before.rows.map((r: any) => r.label)).toContain('takahashi.i (髙橋 一郎) — Windows ドメイン');
    const disabled = ['"SamAccountName","Enabled"', '"takahashi.i","False"', '"karte-kyoyo","False"'].join('\r\n');
    const res = await post(editor, `/api/orgs/${orgId}/account-systems/${systemId}/import`, 'disable.csv', Buffer.from(disabled));
    expect(res.body.summary.update).toBe(2);
    const after = await suggestionFor('2-5');
    expect(after.answer).toBe('yes');
    expect(await accountFindings()).toEqual([]);
  });

  it('takes the dormant days from the organisation, and refuses a viewer', async () => {
    // svc-backup last used 82 days before the clock's today: within 90 (+14 for AD), beyond 30 (+14)
    await deps.db
      .update(accounts)
      .set({ lastLogonAt: new Date('2026-09-01T00:00:00Z') })
      .where(eq(accounts.accountId, 'svc-backup'));
    expect(await accountFindings()).toEqual([]);
    const set = await editor.put(`/api/orgs/${orgId}/ledger-settings`, { dormantDays: 30 });
    expect(set.status).toBe(200);
    expect((await accountFindings()).map((f) => [f.id.split(':rule:account:')[1], f.subject.label, f.title])).toEqual([
      ['dormant', 'svc-backup — Windows ドメイン', '約 82 日使われていないアカウントです'],
    ]);
    expect(set.body.dormantDays).toBe(30);
    expect((await viewer.get(`/api/orgs/${orgId}/ledger-settings`)).body.dormantDays).toBe(30);
    expect((await editor.put(`/api/orgs/${orgId}/ledger-settings`, { dormantDays: 0 })).status).toBe(400);
    const good = leaversFile([
      ['職員番号', '氏名', '退職日'],
      ['1', '山田 太郎', '2026-03-31'],
    ]);
    expect((await sendLeavers(viewer, good)).status).toBe(403);
  });
});
