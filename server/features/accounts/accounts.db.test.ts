// The 利用者台帳's Active Directory import, on both engines: a system registered once per name; an
// export as PowerShell 5.1 writes it (UTF-16LE, the #TYPE line) previewed, then written; a re-import
// from PowerShell 7 (UTF-8, fewer columns) changes only what its columns feed; a file with a bad value
// changes nothing and names the row and column; viewers read but do not import.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PS7_EN, PS51_JA } from '../../../domain/accounts/ad-fixtures.test-helpers.ts';
import type { TestClient } from '../../test/client.ts';
import { type TestDeps, testDeps } from '../../test/harness.ts';
import { memberClient } from '../../test/members.ts';
import { seedOrg } from '../../test/seed.ts';

let deps: TestDeps;
let orgId: string;
let editor: TestClient;
let viewer: TestClient;
let systemId: string;

const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const send = async (client: TestClient, name: string, bytes: Buffer, dryRun = false) => {
  const form = new FormData();
  form.append('file', new File([new Uint8Array(bytes)], name));
  const res = await client.raw(`/api/orgs/${orgId}/account-systems/${systemId}/import${dryRun ? '?dryRun=1' : ''}`, {
    method: 'POST',
    body: form,
  });
  return { status: res.status, body: (await res.json()) as any };
};
const accounts = async () =>
  (await viewer.get(`/api/orgs/${orgId}/account-systems/${systemId}/accounts`)).body.accounts as Record<string, unknown>[];

beforeAll(async () => {
  deps = await testDeps();
  orgId = (await seedOrg(deps, { slug: 'accounts-hospital', name: 'かえで病院' })).id;
  editor = await memberClient(deps, orgId, 'editor');
  viewer = await memberClient(deps, orgId, 'viewer');
});
afterAll(() => deps.close());

describe('the 利用者台帳 from Active Directory', () => {
  it('registers a system once per name, and refuses a viewer', async () => {
    const made = await editor.post(`/api/orgs/${orgId}/account-systems`, { name: 'Windows ドメイン', source: 'directory' });
    expect(made.status).toBe(201);
    systemId = made.body.id;
    const twice = await editor.post(`/api/orgs/${orgId}/account-systems`, { name: 'windows　ドメイン', source: 'directory' });
    expect(twice.status).toBe(409);
    const bad = await editor.post(`/api/orgs/${orgId}/account-systems`, { name: '電子カルテ', source: 'x' });
    expect(bad.status).toBe(400);
    expect((await viewer.post(`/api/orgs/${orgId}/account-systems`, { name: 'PACS', source: 'list' })).status).toBe(403);
    expect((await viewer.get(`/api/orgs/${orgId}/account-systems`)).body.systems).toMatchObject([
      { name: 'Windows ドメイン', accounts: 0 },
    ]);
  });

  it('previews a PowerShell 5.1 export (UTF-16LE, #TYPE) without writing, then writes it all', async () => {
    const preview = await send(editor, 'ad-users.csv', utf16(PS51_JA), true);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      encoding: 'utf16le',
      typeLine: true,
      typeNameColumns: ['MemberOf'],
      summary: { create: 6, update: 0, unchanged: 0, notInFile: 0 },
      kinds: { person: 3, computer: 1, service: 1, builtin: 1 },
      stored: false,
    });
    expect(preview.body.notices[0]).toContain('MemberOf');
    expect(await accounts()).toEqual([]);
    const stored = await send(editor, 'ad-users.csv', utf16(PS51_JA));
    expect(stored.body.stored).toBe(true);
    const list = await accounts();
    expect(list.map((a) => [a.accountId, a.status, a.kind])).toEqual([
      ['Administrator', 'active', 'builtin'],
      ['karte-kyoyo', 'active', 'person'],
      ['KARTE-PC01$', 'active', 'computer'],
      ['saito.h', 'disabled', 'person'],
      ['svc-backup', 'active', 'service'],
      ['takahashi.i', 'active', 'person'],
    ]);
    expect(list.find((a) => a.accountId === 'takahashi.i')).toMatchObject({
      name: '髙橋 一郎',
      employeeId: '10234',
      department: '内科',
      lastLogonAt: '2026-11-29T23:12:45.000Z',
      isAdmin: null,
    });
    const events = (await deps.db.query.auditEvents.findMany()).filter((e) => e.action === 'accounts.imported');
    expect(events).toHaveLength(1);
    expect((events[0]?.after as { summary: unknown } | undefined)?.summary).toEqual({ create: 6, update: 0, unchanged: 0, notInFile: 0 });
  });

  it('finds nothing to change when the same file comes again', async () => {
    const again = await send(editor, 'ad-users.csv', utf16(PS51_JA), true);
    expect(again.body.changes).toEqual([]);
    expect(again.body.summary).toEqual({ create: 0, update: 0, unchanged: 6, notInFile: 0 });
  });

  it('changes only what a re-import’s columns feed, matching IDs whatever their case', async () => {
    const again = PS7_EN.replace('"yamada.t"', '"TAKAHASHI.I"');
    const res = await send(editor, 'ps7.csv', Buffer.from(again, 'utf8'));
    expect(res.body).toMatchObject({ encoding: 'utf8', typeLine: false, summary: { create: 1, update: 1, notInFile: 5 }, stored: true });
    const t = (await accounts()).find((a) => a.accountId === 'TAKAHASHI.I');
    // the file has Department, LastLogonDate and MemberOf (joined): those change; employeeId is kept
    expect(t).toMatchObject({ department: 'ﾘﾊﾋﾞﾘ科', employeeId: '10234', lastLogonAt: '2026-11-03T07:05:09.000Z', isAdmin: false });
  });

  it('writes nothing when a value cannot be read, naming the row and column; a file that is not AD is refused', async () => {
    const before = await accounts();
    const broken = PS7_EN.replace('"12/31/2025 11:59:59 PM"', '"2/30/2025 9:00:00 AM"');
    const res = await send(editor, 'broken.csv', Buffer.from(broken, 'utf8'));
    expect(res.status).toBe(422);
    expect(res.body.error.details.rejected).toEqual([
      { row: 3, column: 'PasswordLastSet', message: 'ありえない日付です (2/30/2025 9:00:00 AM)' },
    ]);
    expect(await accounts()).toEqual(before);
    const notAd = await send(editor, 'leavers.csv', Buffer.from('氏名,職員番号,退職日\n山田,1,2026-03-31\n', 'utf8'));
    expect(notAd.status).toBe(400);
    expect(notAd.body.error.message).toContain('SamAccountName');
    const cut = utf16(PS51_JA).subarray(0, 101);
    expect((await send(editor, 'cut.csv', Buffer.from(cut))).body.error.message).toContain('文字の途中で切れています');
    expect((await send(viewer, 'ad-users.csv', utf16(PS51_JA))).status).toBe(403);
  });
});

describe("a system's accounts in a view, a page at a time", () => {
  const view = async (query: string) => (await viewer.get(`/api/orgs/${orgId}/account-systems/${systemId}/accounts?${query}`)).body;

  it('searches, filters (disabled ones only when asked) and pages on the server; an unknown filter is refused', async () => {
    const all = await view('');
    expect(all.total).toBe(all.accounts.length);
    expect(all.matching).toBe(all.total);
    const active = all.accounts.filter((a: any) => a.status === 'active').length;
    const admins = await view('filter=admins');
    expect(admins.accounts.map((a: any) => a.accountId)).toEqual(['Administrator']);
    expect(admins).toMatchObject({ total: all.total, matching: 1 });
    // a filter without 'disabled' hides disabled accounts; with it they are in
    const search = await view('q=SAITO&filter=noMfa');
    expect(search.accounts).toEqual([]);
    expect((await view('q=SAITO&filter=disabled')).accounts.map((a: any) => a.accountId)).toEqual(['saito.h']);
    expect((await view('filter=')).matching).toBe(active);
    const first = await view('filter=disabled&limit=2');
    const second = await view('filter=disabled&limit=2&offset=2');
    expect(first.accounts).toHaveLength(2);
    expect(second.offset).toBe(2);
    expect(new Set([...first.accounts, ...second.accounts].map((a: any) => a.id)).size).toBe(4);
    expect(active).toBeLessThan(all.total);
    const bad = await viewer.get(`/api/orgs/${orgId}/account-systems/${systemId}/accounts?filter=retired`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].field).toBe('filter');
  });
});
