// The 外部接続点 register through the API: register the maintenance VPN on a ledger device, the
// warnings it carries, another organisation's device refused, conflicting edits, the A4 overview.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/client.ts';
import { type TestDeps, testDeps } from '../../test/harness.ts';
import { memberClient } from '../../test/members.ts';
import { seedOrg } from '../../test/seed.ts';

let deps: TestDeps;
let orgId: string;
let editor: TestClient;
let viewer: TestClient;
let fortigate: string;
let otherDevice: string;
const url = (rest = '') => `/api/orgs/${orgId}/connections${rest}`;

beforeAll(async () => {
  deps = await testDeps();
  orgId = (await seedOrg(deps, { slug: 'conn-hospital', name: 'さくら病院' })).id;
  const otherOrg = (await seedOrg(deps, { slug: 'conn-other' })).id;
  editor = await memberClient(deps, orgId, 'editor');
  viewer = await memberClient(deps, orgId, 'viewer');
  fortigate = (await editor.post(`/api/orgs/${orgId}/devices`, { assetNo: 'NW-1', hostname: 'FGT60E', os: 'FortiOS 6.0.4' })).body.id;
  const other = await memberClient(deps, otherOrg, 'editor');
  otherDevice = (await other.post(`/api/orgs/${otherOrg}/devices`, { assetNo: 'X-1' })).body.id;
});
afterAll(() => deps.close());

describe('the 外部接続点 register', () => {
  let vpn: { id: string; version: number };

  it('registers the maintenance VPN on its ledger device, and says what is wrong with it', async () => {
    const res = await editor.post(url(), {
      name: '電子カルテ保守用VPN',
      kind: 'vpn',
      deviceId: fortigate,
      vendorName: 'ABCメディカル',
      sourceRestriction: 'none',
      mfa: false,
      firmware: 'FortiOS 6.0.4',
      confirmedOn: '令和8年11月1日',
    });
    expect(res.status).toBe(201);
    vpn = res.body;
    expect(res.body).toMatchObject({ confirmedOn: '2026-11-01', warnings: ['接続元制限がありません', '多要素認証がありません'] });
    const list = (await viewer.get(url())).body.connections;
    expect(list).toMatchObject([{ name: '電子カルテ保守用VPN', deviceLabel: 'NW-1 FGT60E' }]);
  });

  it('refuses another organisation’s device, bad sources and a missing name, naming the fields', async () => {
    const foreign = await editor.post(url(), { name: 'x', kind: 'rdp', deviceId: otherDevice });
    expect(foreign.body.error.fields).toEqual([{ field: 'deviceId', message: '機器台帳にありません' }]);
    const bad = await editor.post(url(), { kind: 'vpn', sourceRestriction: 'restricted', allowedSources: '203.0.113.0/40' });
    expect(bad.body.error.fields.map((f: { field: string }) => f.field)).toEqual(['name', 'allowedSources']);
  });

  it('restricts the source with a version check, and keeps the history', async () => {
    const fixed = await editor.request('PUT', url(`/${vpn.id}`), {
      ...vpn,
      sourceRestriction: 'restricted',
      allowedSources: '203.0.113.10\n198.51.100.0/28',
      mfa: true,
      version: vpn.version,
    });
    expect(fixed.body).toMatchObject({ allowedSources: ['203.0.113.10', '198.51.100.0/28'], warnings: [] });
    const stale = await editor.request('PUT', url(`/${vpn.id}`), { ...vpn, version: vpn.version });
    expect(stale.status).toBe(409);
    const detail = (await viewer.get(url(`/${vpn.id}`))).body;
    expect(detail.history.map((h: { action: string }) => h.action)).toEqual(['connection.updated', 'connection.created']);
    expect((await viewer.request('PUT', url(`/${vpn.id}`), { ...vpn })).status).toBe(403);
  });

  it('records which connection point a device is maintained through, refusing one that is not the organisation’s', async () => {
    const device = (await editor.get(`/api/orgs/${orgId}/devices/${fortigate}`)).body.device;
    const bogus = await editor.request('PUT', `/api/orgs/${orgId}/devices/${fortigate}`, {
      ...device,
      remoteMaintenance: true,
      remoteVia: '00000000-0000-4000-8000-000000000000',
    });
    expect(bogus.body.error.fields).toEqual([{ field: 'remoteVia', message: '外部接続点がありません' }]);
    const ok = await editor.request('PUT', `/api/orgs/${orgId}/devices/${fortigate}`, {
      ...device,
      remoteMaintenance: true,
      remoteVia: vpn.id,
    });
    expect(ok.body).toMatchObject({ remoteMaintenance: true, remoteVia: vpn.id });
    const csv = await viewer.raw(`/api/orgs/${orgId}/devices/export?format=csv`);
    const lines = Buffer.from(await csv.arrayBuffer())
      .subarray(3)
      .toString('utf8')
      .split('\r\n');
    expect(lines[0]?.endsWith(',経由する外部接続点')).toBe(true);
    expect(lines[1]?.endsWith(',電子カルテ保守用VPN')).toBe(true);
  });

  it('prints the overview on A4 and exports the register', async () => {
    await editor.post(url(), { name: '検査会社 RDP', kind: 'rdp', sourceRestriction: 'unknown' });
    const page = String((await viewer.get(url('/print'))).body);
    expect(page).toContain('外部接続点 2 件のうち、接続元を制限していない (または未確認の) もの 1 件');
    expect(page).toContain('<h3>リモートデスクトップ</h3>');
    expect(page).toContain('接続元制限を確認していません');
    const csv = await viewer.raw(url('/export?format=csv'));
    const text = Buffer.from(await csv.arrayBuffer())
      .subarray(3)
      .toString('utf8');
    expect(text.split('\r\n')[0]).toBe(
      '名称,種類,事業者,機器,用途,回線・通信事業者,接続元制限,許可する接続元,接続できる時間帯,国・地域の制限,多要素認証,ファームウェア・バージョン,確認した人,確認日,状態,備考,注意',
    );
    expect(text).toContain('電子カルテ保守用VPN,保守用VPN,ABCメディカル,NW-1 FGT60E');
  });
});
