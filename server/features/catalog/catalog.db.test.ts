import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type TestDeps, testApp, testDeps } from '../../test/harness.ts';
import { PASSWORD, seedUser } from '../../test/seed.ts';

let deps: TestDeps;
let client: TestClient;
beforeAll(async () => {
  deps = await testDeps();
  const u = await seedUser(deps);
  client = new TestClient(testApp(deps));
  await client.signIn(u.loginId, PASSWORD);
});
afterAll(() => deps.close());

describe('catalog API', () => {
  it('lists the versions with how many items are not confirmed wording', async () => {
    const res = await client.get('/api/catalog');
    expect(res.status).toBe(200);
    const r7 = res.body.versions.find((v: { id: string }) => v.id === 'R7');
    expect(r7.forms[0]).toMatchObject({ form: 'institution', items: 19, unconfirmed: 10 });
    expect(r7.forms.map((f: { form: string }) => f.form)).toEqual(['institution', 'pharmacy', 'vendor']);
  });

  it('returns a version with its provenance and items, case-insensitive id', async () => {
    const res = await client.get('/api/catalog/r6');
    expect(res.status).toBe(200);
    expect(res.body.provenance.sources.length).toBeGreaterThan(0);
    expect(res.body.forms[0].items[0]).toMatchObject({ id: '0-gate', status: 'gate' });
  });

  it('answers 404 for an unknown version or revision, and 401 when signed out', async () => {
    expect((await client.get('/api/catalog/R99')).status).toBe(404);
    expect((await client.get('/api/catalog/R5?revision=7')).status).toBe(404);
    expect((await new TestClient(testApp(deps)).get('/api/catalog')).status).toBe(401);
  });
});

describe('GET /api/catalog/:versionId/help', () => {
  it('gives Mamori’s own help per item of a form, labelled as not the ministry’s wording', async () => {
    const res = await client.get('/api/catalog/R7/help?form=institution');
    expect(res.status).toBe(200);
    expect(res.body.notice).toContain('厚生労働省のチェックリスト・マニュアルの文言ではありません');
    expect(res.body.items['2-1']).toMatchObject({ title: expect.any(String), meaning: expect.any(String) });
    expect(res.body.items['2-1'].howToCheck.length).toBeGreaterThan(0);
    expect((await client.get('/api/catalog/R7/help?form=unknown')).status).toBe(404);
  });
});
