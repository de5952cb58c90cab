// 立入検査の閲覧許可 on both engines: an institution's 管理者 lets its 保健所 read its live records for a
// period (a 担当者 gets 403, the office or an outsider 404, a missing end, a period over a day or no
// linked office a field error); while it lasts the office's 検査担当 and 管理者 read (GET only: every
// change stays 404), its 閲覧者 and other offices do not; it begins and ends to the second; every read
// is audited in the institution's trail and listed with who read what; a revocation ends it at once
// (ten parallel revocations over a real server: one 200, nine 409); removing the jurisdiction link
// revokes it, and a new link does not revive it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type TestDeps, testApp, testDeps } from '../../test/harness.ts';
import { listen, sendJson } from '../../test/listen.ts';
import { memberClient } from '../../test/members.ts';
import { PASSWORD, seedOrg, seedUser } from '../../test/seed.ts';
import { SESSION_COOKIE } from '../sessions/session-tokens.ts';

let deps: TestDeps;
const org = {} as Record<'hc' | 'hc2' | 'clinic' | 'hospital', { id: string }>;
let inspector: TestClient;
let hcViewer: TestClient;
let otherInspector: TestClient;
let clinicAdmin: TestClient;
let clinicEditor: TestClient;
let outsider: TestClient;
let sysadmin: TestClient;

const live = (path = '') => `/api/orgs/${org.clinic.id}/live-access${path}`;
/** 2026-11-22 10:00 JST is the clock's start (01:00Z); `m` minutes later as people type it */
const jst = (m: number) => {
  const d = new Date(deps.clock.now().getTime() + m * 60_000 + 9 * 3_600_000);
  return d.toISOString().slice(0, 16).replace('T', ' ');
};
const fieldsOf = (body: { error: { fields?: { field: string }[] } }) => (body.error.fields ?? []).map((f) => f.field);

beforeAll(async () => {
  deps = await testDeps();
  org.hc = await seedOrg(deps, { slug: 'kita-hc', name: '北保健所', kind: 'health-center' });
  org.hc2 = await seedOrg(deps, { slug: 'minami-hc', name: '南保健所', kind: 'health-center' });
  org.clinic = await seedOrg(deps, { slug: 'kaede-clinic', name: 'かえでクリニック', kind: 'clinic' });
  org.hospital = await seedOrg(deps, { slug: 'sakura-hospital', name: 'さくら病院', kind: 'hospital' });
  inspector = await memberClient(deps, org.hc.id, 'editor');
  hcViewer = await memberClient(deps, org.hc.id, 'viewer');
  otherInspector = await memberClient(deps, org.hc2.id, 'admin');
  clinicAdmin = await memberClient(deps, org.clinic.id, 'admin');
  clinicEditor = await memberClient(deps, org.clinic.id, 'editor');
  outsider = await memberClient(deps, org.hospital.id, 'admin');
  const sa = await seedUser(deps, { isSystemAdmin: true });
  sysadmin = new TestClient(testApp(deps));
  await sysadmin.signIn(sa.loginId, PASSWORD);
  await clinicAdmin.put(`/api/orgs/${org.clinic.id}/oversight`, { healthCenterId: org.hc.id });
  await clinicAdmin.post(`/api/orgs/${org.clinic.id}/devices`, { assetNo: 'PC-001', hostname: 'uketsuke', description: '受付PC' });
});
afterAll(() => deps.close());

const devicesOfClinic = (c: TestClient) => c.get(`/api/orgs/${org.clinic.id}/devices`);

describe('live read access for the inspection', () => {
  it('is granted by the institution’s 管理者 only, with a period of at most a day', async () => {
    expect((await devicesOfClinic(inspector)).status).toBe(404);
    expect((await clinicEditor.post(live(), { endsAt: jst(60) })).status).toBe(403);
    expect((await inspector.post(live(), { endsAt: jst(60) })).status).toBe(404);
    expect((await outsider.post(live(), { endsAt: jst(60) })).status).toBe(404);
    const noEnd = await clinicAdmin.post(live(), {});
    expect(noEnd.status).toBe(400);
    expect(fieldsOf(noEnd.body)).toEqual(['endsAt']);
    const tooLong = await clinicAdmin.post(live(), { startsAt: jst(0), endsAt: jst(24 * 60 + 1) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.fields[0].message).toContain('24 時間以内');
    const past = await clinicAdmin.post(live(), { startsAt: jst(-60), endsAt: jst(60) });
    expect(fieldsOf(past.body)).toEqual(['startsAt']);
    const badDate = await clinicAdmin.post(live(), { startsAt: '2026-02-30 09:00', endsAt: '2026-02-30 17:00' });
    expect(badDate.status).toBe(400);
    const unlinked = await outsider.post(`/api/orgs/${org.hospital.id}/live-access`, { endsAt: jst(60) });
    expect(fieldsOf(unlinked.body)).toEqual(['officeId']);
    expect((await inspector.get(`/api/orgs/${org.hc.id}/live-access`)).status).toBe(404);
  });

  it('lets the office’s inspectors read, never change, while it lasts — to the second', async () => {
    const created = await clinicAdmin.post(live(), { endsAt: jst(10), note: '立入検査 (医療法第25条)' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ officeName: '北保健所', state: 'active', note: '立入検査 (医療法第25条)' });
    const endsAt = new Date(created.body.endsAt).getTime();
    const read = await devicesOfClinic(inspector);
    expect(read.status).toBe(200);
    expect(read.body.devices.map((d: { assetNo: string }) => d.assetNo)).toEqual(['PC-001']);
    expect((await otherInspector.get(`/api/orgs/${org.clinic.id}/devices`)).status).toBe(404);
    expect((await hcViewer.get(`/api/orgs/${org.clinic.id}/devices`)).status).toBe(404);
    // a change is never read access: 404 as for a stranger
    expect((await inspector.post(`/api/orgs/${org.clinic.id}/devices`, { assetNo: 'X-1', hostname: 'mochikomi' })).status).toBe(404);
    expect((await inspector.post(live(), { endsAt: jst(5) })).status).toBe(404);
    // the grants themselves are the institution's
    expect((await inspector.get(live())).status).toBe(404);
    const session = (await inspector.get('/api/auth/session')).body;
    expect(session.liveAccess).toMatchObject([{ slug: 'kaede-clinic', role: 'viewer', grantId: created.body.id }]);
    const overview = (await inspector.get(`/api/orgs/${org.hc.id}/jurisdiction`)).body;
    expect(overview.institutions[0].liveAccess).toMatchObject({ active: true, endsAt: created.body.endsAt });

    deps.clock.advance(endsAt - deps.clock.now().getTime() - 1000);
    expect((await devicesOfClinic(inspector)).status).toBe(200);
    deps.clock.advance(1000);
    expect((await devicesOfClinic(inspector)).status).toBe(404);
    expect((await inspector.get('/api/auth/session')).body.liveAccess).toEqual([]);
    expect((await clinicAdmin.get(live())).body.grants[0].state).toBe('ended');
  });

  it('shows the institution who of the 保健所 read what, and keeps it in the audit trail', async () => {
    const list = (await clinicAdmin.get(live())).body;
    // newest first; the refused look at the grants themselves is a read under the grant too
    expect(list.views.map((v: { area: string }) => v.area)).toEqual(['devices', 'live-access', 'devices']);
    expect(new Set(list.views.map((v: { who: string }) => v.who)).size).toBe(1);
    const trail = (await clinicAdmin.get(`/api/orgs/${org.clinic.id}/audit?pageSize=100`)).body.events;
    const viewed = trail.filter((e: { action: string }) => e.action === 'live_access.viewed');
    expect(viewed).toHaveLength(3);
    expect(viewed.map((e: { after: { status: number } }) => e.after.status).sort()).toEqual([200, 200, 404]);
    expect(viewed[0].after).toMatchObject({ path: `/api/orgs/${org.clinic.id}/devices`, area: 'devices' });
    const hcAdmin = await memberClient(deps, org.hc.id, 'admin');
    const hcTrail = (await hcAdmin.get(`/api/orgs/${org.hc.id}/audit?pageSize=100`)).body.events.map((e: { action: string }) => e.action);
    expect(hcTrail).toContain('live_access.granted');
    expect(hcTrail).not.toContain('live_access.viewed');
  });

  it('lists an institution once in the session when a second grant extends the first, until the later end', async () => {
    const first = await clinicAdmin.post(live(), { endsAt: jst(10) });
    const second = await clinicAdmin.post(live(), { endsAt: jst(20) });
    const session = (await inspector.get('/api/auth/session')).body;
    expect(session.liveAccess).toHaveLength(1);
    expect(session.liveAccess[0].endsAt).toBe(second.body.endsAt);
    expect((await inspector.get(`/api/orgs/${org.hc.id}/jurisdiction`)).body.institutions[0].liveAccess.endsAt).toBe(second.body.endsAt);
    for (const g of [first.body, second.body]) expect((await clinicAdmin.post(live(`/${g.id}/revoke`), {})).status).toBe(200);
  });

  it('begins at its start, not before', async () => {
    const later = await clinicAdmin.post(live(), { startsAt: jst(5), endsAt: jst(15) });
    expect(later.body.state).toBe('scheduled');
    expect((await devicesOfClinic(inspector)).status).toBe(404);
    expect((await inspector.get(`/api/orgs/${org.hc.id}/jurisdiction`)).body.institutions[0].liveAccess).toMatchObject({ active: false });
    deps.clock.advance(new Date(later.body.startsAt).getTime() - deps.clock.now().getTime());
    expect((await devicesOfClinic(inspector)).status).toBe(200);
  });

  it('ends at once when revoked; of ten parallel revocations one is made (real HTTP server)', async () => {
    const grant = (await clinicAdmin.get(live())).body.grants.find((g: { state: string }) => g.state === 'active');
    const server = await listen(testApp(deps));
    try {
      const headers = { cookie: `${SESSION_COOKIE}=${clinicAdmin.cookie}`, 'x-csrf-token': clinicAdmin.csrf ?? '' };
      const statuses = (
        await Promise.all(Array.from({ length: 10 }, () => sendJson('POST', `${server.url}${live(`/${grant.id}/revoke`)}`, {}, headers)))
      )
        .map((r) => r.status)
        .sort();
      expect(statuses).toEqual([200, ...Array(9).fill(409)]);
    } finally {
      await server.close();
    }
    expect((await devicesOfClinic(inspector)).status).toBe(404);
    const after = (await clinicAdmin.get(live())).body.grants.find((g: { id: string }) => g.id === grant.id);
    expect(after).toMatchObject({ state: 'revoked', revokedAt: expect.any(String) });
    const revokedEvents = (await clinicAdmin.get(`/api/orgs/${org.clinic.id}/audit?pageSize=100`)).body.events.filter(
      (e: { action: string; targetId: string }) => e.action === 'live_access.revoked' && e.targetId === grant.id,
    );
    expect(revokedEvents).toHaveLength(1);
  });

  it('is revoked with the jurisdiction link, and a new link does not revive it', async () => {
    const open = (await clinicAdmin.post(live(), { endsAt: jst(30) })).body;
    expect((await devicesOfClinic(inspector)).status).toBe(200);
    const link = { office: 'kita-hc', institution: 'kaede-clinic' };
    expect((await sysadmin.post('/api/admin/jurisdictions/remove', link)).status).toBe(200);
    expect((await devicesOfClinic(inspector)).status).toBe(404);
    // audited as revoked, on the institution's side and the office's
    const revoked = (await clinicAdmin.get(`/api/orgs/${org.clinic.id}/audit?pageSize=100`)).body.events.filter(
      (e: { action: string; targetId: string }) => e.action === 'live_access.revoked' && e.targetId === open.id,
    );
    expect(revoked).toHaveLength(1);
    const hcAdmin = await memberClient(deps, org.hc.id, 'admin');
    const officeSide = (await hcAdmin.get(`/api/orgs/${org.hc.id}/audit?pageSize=100`)).body.events.filter(
      (e: { action: string; targetId: string }) => e.action === 'live_access.revoked' && e.targetId === open.id,
    );
    expect(officeSide).toHaveLength(1);
    expect((await sysadmin.post('/api/admin/jurisdictions', link)).status).toBe(201);
    expect((await devicesOfClinic(inspector)).status).toBe(404);
    expect((await clinicAdmin.get(live())).body.grants[0].state).toBe('revoked');
  });
});
