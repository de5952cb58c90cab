// Text that PostgreSQL cannot store (NUL, lone surrogates) is refused at the edge with a field error,
// on every route, signed in or not; well-formed text (emoji as surrogate pairs) is stored as sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvText, MANUAL_HEADERS, MANUAL_ROWS, postImport, utf8 } from '../features/devices/ledger-files.test-helpers.ts';
import { TestClient } from '../test/client.ts';
import { type TestDeps, testApp, testDeps } from '../test/harness.ts';
import { memberClient } from '../test/members.ts';
import { PASSWORD, seedOrg, seedUser } from '../test/seed.ts';

let deps: TestDeps;
let orgId: string;
let admin: TestClient;
beforeAll(async () => {
  deps = await testDeps();
  const org = await seedOrg(deps);
  orgId = org.id;
  const user = await seedUser(deps, { isSystemAdmin: true, org: { id: orgId, role: 'admin' } });
  admin = new TestClient(testApp(deps));
  await admin.signIn(user.loginId, PASSWORD);
});
afterAll(() => deps.close());

const POISON: [string, unknown, string][] = [
  ['NUL', { loginId: 'a\u0000b', password: 'x' }, 'loginId'],
  ['lone high surrogate', { name: 'x\uD800', note: 'ok' }, 'name'],
  ['lone low surrogate in a nested array', { rows: [{ note: 'ok' }, { note: '\uDC00y' }] }, 'rows.1.note'],
  ['a key', { 'k\u0000': 'v' }, 'k\u0000'],
];

describe('unstorable text', () => {
  it('is refused before sign-in with 400 naming the field', async () => {
    const anon = new TestClient(testApp(deps));
    for (const [what, body, field] of POISON) {
      const res = await anon.post('/api/auth/login', body);
      expect(res.status, what).toBe(400);
      expect(res.body.error.code, what).toBe('VALIDATION');
      expect(res.body.error.fields[0].field, what).toBe(field);
    }
  });

  it('is refused on every mutating route (none answers 500), and in the URL and query', async () => {
    const routes = testApp(deps)
      .routes.filter((r) => r.path.startsWith('/api/') && ['POST', 'PUT', 'PATCH'].includes(r.method))
      .map((r) => ({ method: r.method, path: r.path.replace(':orgId', orgId).replace(/:\w+/g, '1') }));
    expect(routes.length).toBeGreaterThan(30);
    for (const r of routes) {
      const res = await admin.request(r.method, r.path, { note: 'a\u0000', name: 'b' });
      expect(res.status, `${r.method} ${r.path}`).toBe(400);
      expect(res.body.error.fields?.[0]?.field, `${r.method} ${r.path}`).toBe('note');
    }
    const query = await admin.get(`/api/orgs/${orgId}/devices?q=%00`);
    expect(query.status).toBe(400);
    expect(query.body.error.fields[0].field).toBe('q');
    const path = await admin.get(`/api/orgs/${orgId}/devices/a%00b`);
    expect(path.status).toBe(400);
    const broken = await admin.get(`/api/orgs/${orgId}/devices/%ED%A0%80`);
    expect(broken.status).toBe(400);
  });

  it('is refused in a form field and a file name', async () => {
    const form = new FormData();
    form.set('description', 'x\u0000');
    form.set('file', new File([new Uint8Array([37, 80, 68, 70])], 'a.pdf', { type: 'application/pdf' }));
    const res = await admin.raw(`/api/orgs/${orgId}/evidence`, { method: 'POST', body: form });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { fields: { field: string }[] } }).error.fields[0]?.field).toBe('description');
    const named = new FormData();
    named.set('file', new File([new Uint8Array([37, 80, 68, 70])], 'a\uD800.pdf', { type: 'application/pdf' }));
    const byName = await admin.raw(`/api/orgs/${orgId}/evidence`, { method: 'POST', body: named });
    expect(byName.status).toBe(400);
    expect(((await byName.json()) as { error: { fields: { field: string }[] } }).error.fields[0]?.field).toBe('file');
  });

  it('lets well-formed text through: an emoji is stored and audited as sent', async () => {
    const editor = await memberClient(deps, orgId, 'editor');
    const res = await editor.post(`/api/orgs/${orgId}/devices`, { description: '受付PC 😀', hostname: 'uketsuke' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const list = await editor.get(`/api/orgs/${orgId}/devices`);
    expect(JSON.stringify(list.body)).toContain('受付PC 😀');
    const audit = await admin.get(`/api/orgs/${orgId}/audit`);
    expect(JSON.stringify(audit.body)).toContain('受付PC 😀');
  });
});

describe('unstorable text inside an uploaded file', () => {
  it('names the row and column of a CSV cell holding a NUL, and stores nothing', async () => {
    const editor = await memberClient(deps, orgId, 'editor');
    const before = (await editor.get(`/api/orgs/${orgId}/devices`)).body.total;
    const rows = [MANUAL_HEADERS, ...MANUAL_ROWS];
    const bad = rows.map((r, i) => (i === 2 ? r.map((cell, j) => (j === 1 ? `${cell}\u0000x` : cell)) : r));
    const res = await postImport(editor, orgId, '機器台帳.csv', utf8(csvText(bad), true));
    expect(res.status, JSON.stringify(res.body)).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(JSON.stringify(res.body)).toMatch(/3 行目|行 3|"row":3/);
    expect((await editor.get(`/api/orgs/${orgId}/devices`)).body.total).toBe(before);
  });
});
