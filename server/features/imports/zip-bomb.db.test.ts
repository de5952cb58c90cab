// Issue 11 item 2 through a real HTTP server: an .xlsx whose sheet declares 1,000 bytes and inflates
// to 2 GiB (about 2 MB uploaded) is refused by the device import and the official workbook import,
// naming the file and the entry, with nothing stored, while the server's memory stays within bounds
// (the server runs in this process, so this process's resident memory is the server's).
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEnv } from '../../http/env.ts';
import { TestClient } from '../../test/client.ts';
import { type TestDeps, testApp, testDeps } from '../../test/harness.ts';
import { PASSWORD, seedOrg, seedUser } from '../../test/seed.ts';
import { forgedBombXlsx } from './zip.test-helpers.ts';

const MB = 1024 * 1024;
const BOUND = 200 * MB;
const MESSAGE =
  '「bomb.xlsx」の「xl/worksheets/sheet1.xml」は、記録された大きさ (1,000 バイト) を超えて展開されます。大きさを偽った zip (zip 爆弾) の疑いがあるため受け付けません。';

let deps: TestDeps;
let server: { url: string; close(): Promise<void> };
let orgId: string;
let editor: TestClient;
let admin: TestClient;
const bomb = forgedBombXlsx(2048, 1000);

/** A signed-in client whose requests go over the network to the listening server. */
async function overHttp(loginId: string): Promise<TestClient> {
  const network = { request: (url: string, init: RequestInit) => fetch(url, init) } as unknown as Hono<AppEnv>;
  const client = new TestClient(network, server.url);
  await client.signIn(loginId, PASSWORD);
  return client;
}

const count = async (table: string, where = 'true') =>
  Number(
    ((await deps.db.execute(`select count(*)::int as n from ${table} where ${where}`)) as unknown as { rows: { n: number }[] }).rows[0]?.n,
  );

/** Uploads the bomb and reports the answer and how far the process's memory rose meanwhile. */
async function uploadBomb(client: TestClient, path: string, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.set('file', new File([Buffer.from(bomb)], 'bomb.xlsx'));
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  let sampled = rssBefore;
  const sampler = setInterval(() => {
    sampled = Math.max(sampled, process.memoryUsage().rss);
  }, 5);
  try {
    const res = await client.raw(path, { method: 'POST', body: form });
    const body = (await res.json()) as { error: { code: string; message: string; fields?: { field: string }[] } };
    sampled = Math.max(sampled, process.memoryUsage().rss);
    return { status: res.status, body, rssGrowth: sampled - rssBefore, peakGrowth: process.resourceUsage().maxRSS * 1024 - peakBefore };
  } finally {
    clearInterval(sampler);
  }
}

beforeAll(async () => {
  deps = await testDeps({ MAMORI_MAX_UPLOAD_MB: '20' });
  const http = serve({ fetch: testApp(deps).fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise((resolve) => http.once('listening', resolve));
  server = {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => http.close(() => resolve())),
  };
  orgId = (await seedOrg(deps)).id;
  editor = await overHttp((await seedUser(deps, { org: { id: orgId, role: 'editor' } })).loginId);
  admin = await overHttp((await seedUser(deps, { isSystemAdmin: true })).loginId);
});
afterAll(async () => {
  await server.close();
  await deps.close();
});

describe('an .xlsx with forged sizes (1,000 bytes declared, 2 GiB inside)', () => {
  it('is about 2 MB on the wire', () => {
    expect(bomb.byteLength).toBeLessThan(3 * MB);
  });

  it('is refused by the device import, nothing stored, memory within bounds', async () => {
    const audits = await count('audit_events');
    const r = await uploadBomb(editor, `/api/orgs/${orgId}/devices/import`);
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code: 'IMPORT_FILE_INVALID', message: MESSAGE, fields: [{ field: 'file' }] });
    expect(await count('devices', `organization_id = '${orgId}'`)).toBe(0);
    expect(await count('audit_events')).toBe(audits);
    expect(r.rssGrowth).toBeLessThan(BOUND);
    expect(r.peakGrowth).toBeLessThan(BOUND);
  });

  it('is refused by the official workbook import, nothing stored, memory within bounds', async () => {
    const audits = await count('audit_events');
    const versions = (await admin.get('/api/catalog')).body.versions;
    const r = await uploadBomb(admin, '/api/catalog/workbook', { fiscalYear: '2026', form: 'institution' });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code: 'IMPORT_FILE_INVALID', message: MESSAGE });
    expect((await admin.get('/api/catalog')).body.versions).toEqual(versions);
    expect(await count('audit_events')).toBe(audits);
    expect(r.rssGrowth).toBeLessThan(BOUND);
    expect(r.peakGrowth).toBeLessThan(BOUND);
  });
});
