// Jurisdictions on both engines: a 保健所's members see the institutions it oversees (name, kind, code,
// beds: never a ledger, whose routes stay 404 to them); an institution's 管理者 chooses its 保健所 among
// its prefecture's (a 担当者 gets 403, an unknown or non-保健所 id a field error), changing it moves the
// institution from one jurisdiction to the other, audited on both sides; a system administrator adds
// and removes links (anyone else 403), an institution in another 保健所's jurisdiction is refused;
// outsiders get 404 for an office's list, and an institution has no jurisdiction of its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type TestDeps, testApp, testDeps } from '../../test/harness.ts';
import { memberClient } from '../../test/members.ts';
import { PASSWORD, seedOrg, seedUser } from '../../test/seed.ts';

let deps: TestDeps;
type Seeded = { id: string };
const org = {} as Record<'hc' | 'hc2' | 'pref' | 'clinic' | 'hospital', Seeded>;
let inspector: TestClient;
let inspector2: TestClient;
let clinicAdmin: TestClient;
let clinicEditor: TestClient;
let outsider: TestClient;
let sysadmin: TestClient;

const names = (body: { institutions: { name: string }[] }) => body.institutions.map((i) => i.name);

beforeAll(async () => {
  deps = await testDeps();
  org.hc = await seedOrg(deps, { slug: 'kita-hc', name: '北保健所', kind: 'health-center' });
  org.hc2 = await seedOrg(deps, { slug: 'minami-hc', name: '南保健所', kind: 'health-center' });
  org.pref = await seedOrg(deps, { slug: 'osaka-pref', name: '大阪府 健康医療部', kind: 'prefecture' });
  org.clinic = await seedOrg(deps, { slug: 'kaede-clinic', name: 'かえでクリニック', kind: 'clinic' });
  org.hospital = await seedOrg(deps, { slug: 'sakura-hospital', name: 'さくら病院', kind: 'hospital' });
  inspector = await memberClient(deps, org.hc.id, 'editor');
  inspector2 = await memberClient(deps, org.hc2.id, 'viewer');
  clinicAdmin = await memberClient(deps, org.clinic.id, 'admin');
  clinicEditor = await memberClient(deps, org.clinic.id, 'editor');
  outsider = await memberClient(deps, org.hospital.id, 'admin');
  const sa = await seedUser(deps, { isSystemAdmin: true });
  sysadmin = new TestClient(testApp(deps));
  await sysadmin.signIn(sa.loginId, PASSWORD);
});
afterAll(() => deps.close());

describe('jurisdictions', () => {
  it('starts empty for the 保健所, and is 404 to anyone else and for an institution', async () => {
    const r = await inspector.get(`/api/orgs/${org.hc.id}/jurisdiction`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ office: { name: '北保健所', kind: 'health-center' }, institutions: [] });
    expect((await outsider.get(`/api/orgs/${org.hc.id}/jurisdiction`)).status).toBe(404);
    expect((await clinicAdmin.get(`/api/orgs/${org.clinic.id}/jurisdiction`)).status).toBe(404);
    expect((await inspector.get(`/api/orgs/${org.hc.id}/oversight`)).status).toBe(404);
  });

  it('lets the institution’s 管理者 choose its 保健所; a 担当者 gets 403, a wrong id a field error', async () => {
    const before = await clinicAdmin.get(`/api/orgs/${org.clinic.id}/oversight`);
    expect(before.body.offices).toEqual([]);
    expect(before.body.choices.map((c: { name: string }) => c.name).sort()).toEqual(['北保健所', '南保健所']);
    expect((await clinicEditor.put(`/api/orgs/${org.clinic.id}/oversight`, { healthCenterId: org.hc.id })).status).toBe(403);
    const wrong = await clinicAdmin.put(`/api/orgs/${org.clinic.id}/oversight`, { healthCenterId: org.pref.id });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields[0].field).toBe('healthCenterId');
    const chosen = await clinicAdmin.put(`/api/orgs/${org.clinic.id}/oversight`, { healthCenterId: org.hc.id });
    expect(chosen.status).toBe(200);
    expect(chosen.body.offices).toMatchObject([{ name: '北保健所', addedVia: 'institution' }]);
    const seen = await inspector.get(`/api/orgs/${org.hc.id}/jurisdiction`);
    expect(seen.body.institutions).toMatchObject([{ name: 'かえでクリニック', kind: 'clinic', addedVia: 'institution' }]);
  });

  it('keeps no ledgers in an office: its own ledger routes do not exist, its own pages do', async () => {
    const hcAdmin = await memberClient(deps, org.hc.id, 'admin');
    for (const path of ['/devices', '/assessments', '/contacts', '/evidence', '/backup-plans', '/readiness'])
      expect((await hcAdmin.get(`/api/orgs/${org.hc.id}${path}`)).status, path).toBe(404);
    expect((await hcAdmin.post(`/api/orgs/${org.hc.id}/devices`, { assetNo: 'X-1', hostname: 'x' })).status).toBe(404);
    for (const path of ['', '/members', '/audit', '/jurisdiction', '/inspections'])
      expect((await hcAdmin.get(`/api/orgs/${org.hc.id}${path}`)).status, path).toBe(200);
  });

  it('never opens the institution’s ledgers to the 保健所', async () => {
    for (const path of ['', '/devices', '/assessments', '/contacts', '/audit'])
      expect((await inspector.get(`/api/orgs/${org.clinic.id}${path}`)).status, path).toBe(404);
  });

  it('moves the institution when it chooses another 保健所, audited on both sides', async () => {
    await clinicAdmin.put(`/api/orgs/${org.clinic.id}/oversight`, { healthCenterId: org.hc2.id });
    expect(names((await inspector.get(`/api/orgs/${org.hc.id}/jurisdiction`)).body)).toEqual([]);
    expect(names((await inspector2.get(`/api/orgs/${org.hc2.id}/jurisdiction`)).body)).toEqual(['かえでクリニック']);
    const hcAdmin = await memberClient(deps, org.hc.id, 'admin');
    const hcEvents = (await hcAdmin.get(`/api/orgs/${org.hc.id}/audit?pageSize=100`)).body.events.map((e: { action: string }) => e.action);
    expect(hcEvents).toEqual(expect.arrayContaining(['jurisdiction.added', 'jurisdiction.removed']));
    const clinicEvents = (await clinicAdmin.get(`/api/orgs/${org.clinic.id}/audit?pageSize=100`)).body.events.map(
      (e: { action: string }) => e.action,
    );
    expect(clinicEvents.filter((a: string) => a === 'jurisdiction.added')).toHaveLength(2);
    // none chosen: out of every 保健所's jurisdiction
    const none = await clinicAdmin.put(`/api/orgs/${org.clinic.id}/oversight`, { healthCenterId: null });
    expect(none.body.offices).toEqual([]);
    expect(names((await inspector2.get(`/api/orgs/${org.hc2.id}/jurisdiction`)).body)).toEqual([]);
  });

  it('lets only a system administrator add and remove links, one 保健所 per institution', async () => {
    const link = { office: 'kita-hc', institution: 'sakura-hospital' };
    expect((await outsider.post('/api/admin/jurisdictions', link)).status).toBe(403);
    const added = await sysadmin.post('/api/admin/jurisdictions', link);
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ office: { name: '北保健所' }, institution: { name: 'さくら病院' } });
    // a prefecture-wide office besides its 保健所
    expect((await sysadmin.post('/api/admin/jurisdictions', { office: 'osaka-pref', institution: 'sakura-hospital' })).status).toBe(201);
    const other = await sysadmin.post('/api/admin/jurisdictions', { office: 'minami-hc', institution: 'sakura-hospital' });
    expect(other.status).toBe(409);
    expect(other.body.error.message).toContain('すでに別の保健所の管轄です');
    const backwards = await sysadmin.post('/api/admin/jurisdictions', { office: 'kaede-clinic', institution: 'sakura-hospital' });
    expect(backwards.status).toBe(400);
    expect((await sysadmin.post('/api/admin/jurisdictions', { office: 'nashi', institution: 'sakura-hospital' })).status).toBe(404);
    expect(names((await inspector.get(`/api/orgs/${org.hc.id}/jurisdiction`)).body)).toEqual(['さくら病院']);
    expect((await sysadmin.post('/api/admin/jurisdictions/remove', link)).status).toBe(200);
    expect((await sysadmin.post('/api/admin/jurisdictions/remove', link)).status).toBe(404);
    expect(names((await inspector.get(`/api/orgs/${org.hc.id}/jurisdiction`)).body)).toEqual([]);
  });
});
