// The 利用者台帳 under truly parallel requests against a real HTTP server, on both engines: one system
// per folded name when six spellings of it are registered at once; the same AD export imported four
// times at once writes each account once (one import creates, the others find nothing to change, no
// error); four leavers lists at once store each person once.
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PS51_JA } from '../../../domain/accounts/ad-fixtures.test-helpers.ts';
import type { TestClient } from '../../test/client.ts';
import { type TestDeps, testApp, testDeps } from '../../test/harness.ts';
import { type Listening, listen, sendJson } from '../../test/listen.ts';
import { memberClient } from '../../test/members.ts';
import { seedOrg } from '../../test/seed.ts';
import { SESSION_COOKIE } from '../sessions/session-tokens.ts';

let deps: TestDeps;
let orgId: string;
let editor: TestClient;
let server: Listening;

const headers = () => ({ cookie: `${SESSION_COOKIE}=${editor.cookie}`, 'x-csrf-token': editor.csrf ?? '' });
/** One multipart upload over its own connection. */
const upload = async (path: string, name: string, bytes: Buffer) => {
  const form = new FormData();
  form.append('file', new File([new Uint8Array(bytes)], name));
  const res = await fetch(`${server.url}${path}`, { method: 'POST', headers: { ...headers(), connection: 'close' }, body: form });
  return { status: res.status, body: (await res.json()) as any };
};

beforeAll(async () => {
  deps = await testDeps();
  orgId = (await seedOrg(deps, { slug: 'parallel-accounts' })).id;
  editor = await memberClient(deps, orgId, 'editor');
  server = await listen(testApp(deps));
});
afterAll(async () => {
  await server.close();
  await deps.close();
});

describe('the 利用者台帳 under parallel requests (real HTTP server)', () => {
  it('registers one system when six spellings of its name arrive at once', async () => {
    const names = [
      'Windows ドメイン',
      'windows ドメイン',
      'WINDOWS ドメイン',
      'Windows　ドメイン',
      'Ｗｉｎｄｏｗｓ ドメイン',
      'windows  ドメイン',
    ];
    const answers = await Promise.all(
      names.map((name) => sendJson('POST', `${server.url}/api/orgs/${orgId}/account-systems`, { name, source: 'directory' }, headers())),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    expect((await editor.get(`/api/orgs/${orgId}/account-systems`)).body.systems).toHaveLength(1);
  });

  it('writes each account once when the same export is imported four times at once', async () => {
    const systemId = (await editor.get(`/api/orgs/${orgId}/account-systems`)).body.systems[0].id;
    const file = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PS51_JA, 'utf16le')]);
    const answers = await Promise.all(
      [1, 2, 3, 4].map(() => upload(`/api/orgs/${orgId}/account-systems/${systemId}/import`, 'ad.csv', file)),
    );
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    expect(answers.map((a) => a.body.summary.create).sort()).toEqual([0, 0, 0, 6]);
    expect(answers.filter((a) => a.body.stored)).toHaveLength(1);
    expect((await editor.get(`/api/orgs/${orgId}/account-systems/${systemId}/accounts`)).body.accounts).toHaveLength(6);
    const audited = (await deps.db.query.auditEvents.findMany()).filter((e) => e.action === 'accounts.imported');
    expect(audited).toHaveLength(1);
  });

  it('stores each leaver once when four lists arrive at once', async () => {
    const list = iconv.encode('職員番号,氏名,退職日\r\n10234,髙橋 一郎,令和8年10月31日\r\n20451,齋藤 花子,2026/03/31', 'cp932');
    const answers = await Promise.all([1, 2, 3, 4].map(() => upload(`/api/orgs/${orgId}/leavers/import`, 'leavers.csv', list)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    expect(answers.map((a) => a.body.summary.create).sort()).toEqual([0, 0, 0, 2]);
    expect((await editor.get(`/api/orgs/${orgId}/leavers`)).body.leavers).toHaveLength(2);
  });
});
