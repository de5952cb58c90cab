// The 事業者 ledger through the API: a vendor once per organisation whatever its spelling, its 24-hour
// contact as a reference to the 連絡体制図, its systems with the contract, remote maintenance as
// confirmed with it and update responsibility; another organisation's rows refused; version checks;
// history; the roles; the contact entry deleted leaves the vendor without a link, nothing else.
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
let device: string;
let vpn: string;
let contact: string;
let foreignDevice: string;
let foreignContact: string;
const url = (rest = '') => `/api/orgs/${orgId}/vendors${rest}`;

beforeAll(async () => {
  deps = await testDeps();
  orgId = (await seedOrg(deps, { slug: 'vendor-hospital', name: 'さくら病院' })).id;
  const otherOrg = (await seedOrg(deps, { slug: 'vendor-other' })).id;
  editor = await memberClient(deps, orgId, 'editor');
  viewer = await memberClient(deps, orgId, 'viewer');
  device = (await editor.post(`/api/orgs/${orgId}/devices`, { assetNo: 'SV-1', hostname: 'emr-db' })).body.id;
  vpn = (await editor.post(`/api/orgs/${orgId}/connections`, { name: '電子カルテ保守用VPN', kind: 'vpn' })).body.id;
  const chart = (
    await editor.post(`/api/orgs/${orgId}/contacts`, { side: 'external', category: '事業者', organizationName: 'ABCメディカル' })
  ).body;
  contact = chart.external[0].id;
  const other = await memberClient(deps, otherOrg, 'editor');
  foreignDevice = (await other.post(`/api/orgs/${otherOrg}/devices`, { assetNo: 'X-1' })).body.id;
  foreignContact = (await other.post(`/api/orgs/${otherOrg}/contacts`, { side: 'external', category: '事業者', organizationName: 'X' }))
    .body.external[0].id;
});
afterAll(() => deps.close());

describe('the 事業者 ledger', () => {
  let vendor: { id: string; version: number };
  let system: { id: string; version: number };

  it('registers a vendor with its 24-hour contact in the 連絡体制図, once whatever the spelling', async () => {
    const res = await editor.post(url(), { name: '株式会社 ABCメディカル', contactEntryId: contact });
    expect(res.status).toBe(201);
    vendor = res.body;
    expect(res.body).toMatchObject({ name: '株式会社 ABCメディカル', status: 'active', contactEntryId: contact, systems: [] });
    const again = await editor.post(url(), { name: 'ＡＢＣメディカル（株）' });
    expect(again.status).toBe(409);
    expect(again.body.error.fields).toEqual([{ field: 'name', message: '既に登録されている事業者です' }]);
  });

  it('refuses another organisation’s contact, device and connection point, naming the fields', async () => {
    const contactOf = await editor.post(url(), { name: 'XYZ', contactEntryId: foreignContact });
    expect(contactOf.body.error.fields).toEqual([
      { field: 'contactEntryId', message: '連絡体制図の連絡先: この組織の連絡体制図にありません' },
    ]);
    const sys = await editor.post(url(`/${vendor.id}/systems`), {
      name: '電子カルテ',
      deviceIds: [foreignDevice],
      connectionIds: [foreignDevice],
    });
    expect(sys.status).toBe(400);
    expect(sys.body.error.fields.map((f: { field: string }) => f.field)).toEqual(['deviceIds', 'connectionIds']);
  });

  it('records a system: contract in 和暦, remote maintenance as confirmed, who applies security updates', async () => {
    const unconfirmed = await editor.post(url(`/${vendor.id}/systems`), { name: '電子カルテ', kind: 'emr', remoteMaintenance: 'yes' });
    expect(unconfirmed.body.error.fields.map((f: { field: string }) => f.field)).toEqual(['remoteConfirmedBy', 'remoteConfirmedOn']);
    const res = await editor.post(url(`/${vendor.id}/systems`), {
      name: '電子カルテ',
      kind: 'emr',
      contractFrom: '令和6年4月1日',
      contractTo: '令和11年3月31日',
      maintenanceContract: true,
      remoteMaintenance: 'yes',
      remoteConfirmedBy: '情報システム課 佐藤',
      remoteConfirmedOn: '令和8年5月20日',
      remoteDocumentedAs: '保守報告書 2026-05',
      securityUpdates: 'vendor',
      deviceIds: [device],
      connectionIds: [vpn],
    });
    expect(res.status).toBe(201);
    system = res.body;
    expect(res.body).toMatchObject({
      contractFrom: '2024-04-01',
      contractTo: '2029-03-31',
      remoteConfirmedOn: '2026-05-20',
      deviceIds: [device],
      connectionIds: [vpn],
      devices: [{ id: device, label: 'SV-1 emr-db' }],
      connections: [{ id: vpn, label: '電子カルテ保守用VPN' }],
      advice: ['セキュリティ更新を定めた契約の条項が未記入です'],
    });
    const list = (await viewer.get(url())).body.vendors;
    expect(list).toMatchObject([{ id: vendor.id, contactLabel: '事業者 ABCメディカル', systems: [{ id: system.id, kind: 'emr' }] }]);
  });

  it('changes with a version check and keeps the history of the vendor and its systems', async () => {
    const fixed = await editor.request('PUT', url(`/${vendor.id}/systems/${system.id}`), {
      ...system,
      securityUpdatesClause: '保守契約書 第12条',
      version: system.version,
    });
    expect(fixed.status).toBe(200);
    expect(fixed.body.advice).toEqual([]);
    const stale = await editor.request('PUT', url(`/${vendor.id}/systems/${system.id}`), { ...system, version: system.version });
    expect(stale.status).toBe(409);
    const renamed = await editor.request('PUT', url(`/${vendor.id}`), {
      ...vendor,
      name: 'ABCメディカル株式会社',
      version: vendor.version,
    });
    expect(renamed.body).toMatchObject({ name: 'ABCメディカル株式会社', version: vendor.version + 1 });
    const detail = (await viewer.get(url(`/${vendor.id}`))).body;
    expect(detail.history.map((h: { action: string }) => h.action)).toEqual([
      'vendor.updated',
      'vendor.system_updated',
      'vendor.system_created',
      'vendor.created',
    ]);
  });

  it('lets members read and only 担当者 and 管理者 change', async () => {
    expect((await viewer.post(url(), { name: '閲覧者の会社' })).status).toBe(403);
    expect((await viewer.post(url(`/${vendor.id}/systems`), { name: 'x' })).status).toBe(403);
    expect((await viewer.get(url(`/${vendor.id}`))).status).toBe(200);
    expect((await viewer.get(url('/00000000-0000-4000-8000-000000000000'))).status).toBe(404);
    expect((await viewer.get(url('/not-an-id'))).status).toBe(404);
  });

  it('exports the ledger, one row per system, for Excel as UTF-8, Shift_JIS or .xlsx', async () => {
    await editor.post(url(), { name: '検査システム株式会社' });
    const csv = await viewer.raw(url('/export?format=csv'));
    expect(csv.status).toBe(200);
    const text = Buffer.from(await csv.arrayBuffer())
      .subarray(3)
      .toString('utf8');
    const [header, ...rows] = text.split('\r\n').filter(Boolean);
    expect(header?.split(',').slice(0, 5)).toEqual(['法人名', '事業者の状態', '24時間の連絡先', 'システム名', '種類']);
    expect(rows[0]).toContain(
      'ABCメディカル株式会社,取引中,事業者 ABCメディカル,電子カルテ,電子カルテ,,2024-04-01,2029-03-31,あり,リモート保守あり',
    );
    expect(rows[0]).toContain(',電子カルテ保守用VPN,SV-1 emr-db,,取引中,');
    expect(rows.some((r) => r.startsWith('検査システム株式会社,取引中,,,'))).toBe(true);
    const sjis = await viewer.raw(url('/export?format=csv-sjis'));
    expect(sjis.headers.get('content-type')).toContain('Shift_JIS');
    const xlsx = await viewer.raw(url('/export?format=xlsx'));
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });

  it('keeps the vendor when its 連絡体制図 entry is deleted, without the link', async () => {
    expect((await editor.request('DELETE', `/api/orgs/${orgId}/contacts/${contact}`)).status).toBe(200);
    const after = (await viewer.get(url(`/${vendor.id}`))).body.vendor;
    expect(after).toMatchObject({ name: 'ABCメディカル株式会社', contactEntryId: null, contactLabel: null, systems: [{ id: system.id }] });
  });
});

describe('the 事業者 ledger under parallel saves (real HTTP server)', () => {
  const send = async (method: string, path: string, bodies: unknown[]) => {
    const server = await listen(testApp(deps));
    try {
      const headers = { cookie: `${SESSION_COOKIE}=${editor.cookie}`, 'x-csrf-token': editor.csrf ?? '' };
      return (await Promise.all(bodies.map((b) => sendJson(method, `${server.url}${path}`, b, headers)))).map((r) => r.status).sort();
    } finally {
      await server.close();
    }
  };
  const count = async (name: string) =>
    (await viewer.get(url())).body.vendors.filter((v: { nameKey: string }) => v.nameKey === name).length as number;

  it('registers one company once when twelve spellings of it arrive at once', async () => {
    const spellings = ['株式会社 並列医療', '並列医療(株)', '並列医療株式会社', '(株)並列医療', '並列 医療', '並列医療'];
    const statuses = await send(
      'POST',
      url(),
      [...spellings, ...spellings].map((name) => ({ name })),
    );
    expect(statuses).toEqual([201, ...Array(11).fill(409)]);
    expect(await count('並列医療')).toBe(1);
  });

  it('lets one of two vendors renamed at once to the same company win, the other told', async () => {
    const a = (await editor.post(url(), { name: '改名元A' })).body;
    const b = (await editor.post(url(), { name: '改名元B' })).body;
    const statuses = await Promise.all([
      send('PUT', url(`/${a.id}`), [{ name: '改名先', version: a.version }]),
      send('PUT', url(`/${b.id}`), [{ name: '改名先', version: b.version }]),
    ]);
    expect(statuses.flat().sort()).toEqual([200, 409]);
    expect(await count('改名先')).toBe(1);
  });

  it('applies one of ten changes made on the same version of a system', async () => {
    const v = (await editor.post(url(), { name: '版確認システム社' })).body;
    const s = (await editor.post(url(`/${v.id}/systems`), { name: '部門システム' })).body;
    const statuses = await send(
      'PUT',
      url(`/${v.id}/systems/${s.id}`),
      Array.from({ length: 10 }, (_, i) => ({ name: `部門システム ${i}`, version: s.version })),
    );
    expect(statuses).toEqual([200, ...Array(9).fill(409)]);
    const after = (await viewer.get(url(`/${v.id}`))).body;
    expect(after.vendor.systems[0].version).toBe(s.version + 1);
    expect(after.history.filter((h: { action: string }) => h.action === 'vendor.system_updated')).toHaveLength(1);
  });
});
