// The 連絡体制図's 事業者 brought into the 事業者台帳: listed until they are, created or linked once
// (also when two people press the button at once), audited, and only by 担当者 and 管理者.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/client.ts';
import { type TestDeps, testApp, testDeps } from '../../test/harness.ts';
import { listen, sendJson } from '../../test/listen.ts';
import { memberClient } from '../../test/members.ts';
import { seedOrg } from '../../test/seed.ts';
import { SESSION_COOKIE } from '../sessions/session-tokens.ts';

let deps: TestDeps;
let orgId: string;
let editor: TestClient;
let viewer: TestClient;
const url = (rest = '') => `/api/orgs/${orgId}/vendors${rest}`;
const addEntry = async (organizationName: string, more: Record<string, unknown> = {}) =>
  (
    await editor.post(`/api/orgs/${orgId}/contacts`, { side: 'external', category: '事業者', organizationName, ...more })
  ).body.external.find((e: { organizationName: string }) => e.organizationName === organizationName).id as string;

beforeAll(async () => {
  deps = await testDeps();
  orgId = (await seedOrg(deps, { slug: 'chart-vendors' })).id;
  editor = await memberClient(deps, orgId, 'editor');
  viewer = await memberClient(deps, orgId, 'viewer');
});
afterAll(() => deps.close());

describe('bringing the 連絡体制図’s 事業者 into the ledger', () => {
  it('lists them, creates or links each once, audited, and lists nothing more', async () => {
    const a = await addEntry('A社');
    const b = await addEntry('株式会社Bメディカル');
    await addEntry('清掃サービス', { providesMedicalSystem: false });
    const existing = (await editor.post(url(), { name: 'Bメディカル(株)' })).body;
    const before = (await editor.get(url())).body;
    expect(before.fromChart).toEqual([
      { kind: 'create', entryId: a, name: 'A社' },
      { kind: 'link', entryId: b, vendorId: existing.id, name: '株式会社Bメディカル' },
    ]);
    expect((await viewer.post(url('/from-chart'), {})).status).toBe(403);
    const res = await editor.post(url('/from-chart'), {});
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ created: 1, linked: 1 });
    const after = (await editor.get(url())).body;
    expect(after.fromChart).toEqual([]);
    expect(after.vendors.map((v: { name: string; contactEntryId: string }) => [v.name, v.contactEntryId])).toEqual([
      ['A社', a],
      ['Bメディカル(株)', b],
    ]);
    const events = (await deps.db.query.auditEvents.findMany()).filter((e) => e.organizationId === orgId && e.action.startsWith('vendor.'));
    expect(events.map((e) => [e.action, (e.after as { contactEntryId: string | null }).contactEntryId])).toEqual([
      ['vendor.created', null],
      ['vendor.created', a],
      ['vendor.updated', b],
    ]);
  });

  it('creates each once when two people bring them in at the same moment (real HTTP server)', async () => {
    for (const n of ['C社', 'D社', 'E社']) await addEntry(n);
    const server = await listen(testApp(deps));
    try {
      const headers = { cookie: `${SESSION_COOKIE}=${editor.cookie}`, 'x-csrf-token': editor.csrf ?? '' };
      const answers = await Promise.all(
        Array.from({ length: 6 }, () => sendJson('POST', `${server.url}${url('/from-chart')}`, {}, headers)),
      );
      expect(answers.map((r) => r.status)).toEqual(Array(6).fill(200));
      expect(answers.reduce((n, r) => n + (r.body as { created: number }).created, 0)).toBe(3);
    } finally {
      await server.close();
    }
    const names = (await editor.get(url())).body.vendors.map((v: { name: string }) => v.name);
    expect(names.filter((n: string) => ['C社', 'D社', 'E社'].includes(n))).toHaveLength(3);
  });

  it('keeps the vendor when its chart entry is deleted: it only loses the link, and the chart lists it again', async () => {
    const entry = await addEntry('F社');
    await editor.post(url('/from-chart'), {});
    const vendor = (await editor.get(url())).body.vendors.find((v: { name: string }) => v.name === 'F社');
    expect(vendor.contactEntryId).toBe(entry);
    const removed = await editor.delete(`/api/orgs/${orgId}/contacts/${entry}`);
    expect(removed.status).toBe(200);
    const after = (await editor.get(url())).body.vendors.find((v: { name: string }) => v.name === 'F社');
    expect(after).toMatchObject({ id: vendor.id, contactEntryId: null });
  });

  it('adopts and deletes at the same moment without an error: each ends whole (real HTTP server)', async () => {
    const entries = await Promise.all(['G社', 'H社', 'I社', 'J社'].map((n) => addEntry(n)));
    const server = await listen(testApp(deps));
    try {
      const headers = { cookie: `${SESSION_COOKIE}=${editor.cookie}`, 'x-csrf-token': editor.csrf ?? '' };
      const answers = await Promise.all([
        sendJson('POST', `${server.url}${url('/from-chart')}`, {}, headers),
        ...entries.map((id) => sendJson('DELETE', `${server.url}/api/orgs/${orgId}/contacts/${id}`, undefined, headers)),
        sendJson('POST', `${server.url}${url('/from-chart')}`, {}, headers),
      ]);
      expect(answers.map((a) => a.status)).toEqual(Array(answers.length).fill(200));
    } finally {
      await server.close();
    }
    const vendors = (await editor.get(url())).body.vendors as { name: string; contactEntryId: string | null }[];
    // whatever won, no vendor points to an entry that is gone
    expect(vendors.filter((v) => v.contactEntryId && entries.includes(v.contactEntryId))).toEqual([]);
  });
});
