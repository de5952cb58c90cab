// What each role may do inside an organisation, and what a system administrator may do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type TestDeps, testApp, testDeps } from '../../test/harness.ts';
import { PASSWORD, seedOrg, seedUser } from '../../test/seed.ts';

let deps: TestDeps;
let orgId: string;
const as: Record<string, TestClient> = {};
const users: Record<string, { id: string; loginId: string }> = {};

beforeAll(async () => {
  deps = await testDeps();
  const org = await seedOrg(deps, { slug: 'roles-clinic' });
  orgId = org.id;
  users.admin = await seedUser(deps, { loginId: 'r-admin', org: { id: orgId, role: 'admin' } });
  users.editor = await seedUser(deps, { loginId: 'r-editor', org: { id: orgId, role: 'editor' } });
  users.viewer = await seedUser(deps, { loginId: 'r-viewer', org: { id: orgId, role: 'viewer' } });
  users.sys = await seedUser(deps, { loginId: 'r-sys', isSystemAdmin: true });
  for (const [role, u] of Object.entries(users)) {
    as[role] = new TestClient(testApp(deps));
    await as[role].signIn(u.loginId, PASSWORD);
  }
});
afterAll(() => deps.close());

const c = (role: string) => as[role] as TestClient;

describe('roles', () => {
  it('lets every member read the organisation, with their role', async () => {
    for (const role of ['admin', 'editor', 'viewer']) {
      const res = await c(role).get(`/api/orgs/${orgId}`);
      expect(res.status).toBe(200);
      expect(res.body.role).toBe(role);
    }
  });

  it('lets only administrators change settings and members', async () => {
    expect((await c('viewer').patch(`/api/orgs/${orgId}`, { address: 'x' })).status).toBe(403);
    expect((await c('editor').patch(`/api/orgs/${orgId}`, { address: 'x' })).status).toBe(403);
    expect((await c('editor').get(`/api/orgs/${orgId}/members`)).status).toBe(403);
    expect((await c('editor').post(`/api/orgs/${orgId}/users`, { loginId: 'sneaky', displayName: 'x', role: 'admin' })).status).toBe(403);
    expect((await c('editor').post(`/api/orgs/${orgId}/invitations`, { loginId: 'sneaky', role: 'admin' })).status).toBe(403);
    expect((await c('viewer').post(`/api/orgs/${orgId}/invitations`, { loginId: 'sneaky', role: 'admin' })).status).toBe(403);
    // an organisation's administrator invites; only a system administrator adds an account directly
    expect((await c('admin').post(`/api/orgs/${orgId}/members`, { loginId: 'r-sys', role: 'admin' })).status).toBe(403);
    expect((await c('admin').patch(`/api/orgs/${orgId}`, { address: '東京都千代田区1-1', bedCount: 19 })).body.bedCount).toBe(19);
  });

  it('validates settings with Japanese messages naming the field', async () => {
    const res = await c('admin').patch(`/api/orgs/${orgId}`, { medicalInstitutionCode: '12ab', bedCount: -1 });
    expect(res.status).toBe(400);
    const fields = res.body.error.fields.map((f: { field: string }) => f.field).sort();
    expect(fields).toEqual(['bedCount', 'medicalInstitutionCode']);
    expect(res.body.error.message).toMatch(/医療機関コード/);
    expect(res.body.error.message).toMatch(/病床数/);
  });

  it('lets an administrator create a user with a temporary password that must be changed', async () => {
    const res = await c('admin').post(`/api/orgs/${orgId}/users`, { loginId: 'newbie', displayName: '新人', role: 'viewer' });
    expect(res.status).toBe(201);
    const temp: string = res.body.temporaryPassword;
    expect(temp).toMatch(/^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$/);
    const newbie = new TestClient(testApp(deps));
    await newbie.signIn('newbie', temp);
    const blocked = await newbie.get(`/api/orgs/${orgId}`);
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const weak = await newbie.post('/api/auth/password', { currentPassword: temp, newPassword: 'abc123' });
    expect(weak.body.error.fields[0].field).toBe('newPassword');
    expect((await newbie.post('/api/auth/password', { currentPassword: temp, newPassword: 'my-own-password-77' })).status).toBe(200);
    expect((await newbie.get(`/api/orgs/${orgId}`)).status).toBe(200);
  });

  it('keeps at least one administrator', async () => {
    const demote = await c('admin').patch(`/api/orgs/${orgId}/members/${users.admin?.id}`, { role: 'editor' });
    expect(demote.status).toBe(409);
    expect((await c('admin').delete(`/api/orgs/${orgId}/members/${users.admin?.id}`)).status).toBe(409);
  });

  it('changes and removes members', async () => {
    expect((await c('admin').patch(`/api/orgs/${orgId}/members/${users.viewer?.id}`, { role: 'editor' })).body.role).toBe('editor');
    const members = (await c('admin').get(`/api/orgs/${orgId}/members`)).body.members;
    expect(members.find((m: { loginId: string }) => m.loginId === 'r-viewer').role).toBe('editor');
    expect(JSON.stringify(members)).not.toMatch(/argon2/);
    expect((await c('admin').patch(`/api/orgs/${orgId}/members/${users.viewer?.id}`, { role: 'viewer' })).status).toBe(200);
  });

  it('decides by the organisation the path names, read with the session, and by the role as it is now', async () => {
    const other = await seedUser(deps, {
      loginId: 'r-outsider',
      org: { id: (await seedOrg(deps, { slug: 'roles-other' })).id, role: 'admin' },
    });
    const outsider = new TestClient(testApp(deps));
    await outsider.signIn(other.loginId, PASSWORD);
    const missing = await outsider.get(`/api/orgs/${orgId}/devices`);
    const unknown = await outsider.get('/api/orgs/00000000-0000-4000-8000-000000000000/devices');
    expect([missing.status, unknown.status]).toEqual([404, 404]);
    expect(missing.body).toEqual(unknown.body); // a stranger's organisation looks like none at all
    // the id in any spelling names the same organisation
    const upper = await c('viewer').get(`/api/orgs/${orgId.toUpperCase()}`);
    expect([upper.status, upper.body.role]).toEqual([200, 'viewer']);
    // a role taken away counts from the very next request
    expect((await c('admin').patch(`/api/orgs/${orgId}/members/${users.editor?.id}`, { role: 'viewer' })).status).toBe(200);
    expect((await c('editor').post(`/api/orgs/${orgId}/devices`, { assetNo: 'R-1' })).status).toBe(403);
    expect((await c('admin').patch(`/api/orgs/${orgId}/members/${users.editor?.id}`, { role: 'editor' })).status).toBe(200);
    expect((await c('editor').post(`/api/orgs/${orgId}/devices`, { assetNo: 'R-1' })).status).toBe(201);
  });

  it('refuses on the very next request a session ended elsewhere and a membership removed', async () => {
    const m = await seedUser(deps, { loginId: 'r-leaver', org: { id: orgId, role: 'editor' } });
    const [tab, phone] = [new TestClient(testApp(deps)), new TestClient(testApp(deps))];
    await tab.signIn(m.loginId, PASSWORD);
    await phone.signIn(m.loginId, PASSWORD);
    expect((await tab.get(`/api/orgs/${orgId}`)).status).toBe(200);
    // 全端末からログアウト on the phone: the tab's very next request is refused
    expect((await phone.post('/api/auth/logout-all')).status).toBe(200);
    expect((await tab.get(`/api/orgs/${orgId}`)).status).toBe(401);
    await tab.signIn(m.loginId, PASSWORD);
    expect((await tab.get(`/api/orgs/${orgId}/devices`)).status).toBe(200);
    // removed from the organisation: the organisation is gone for him from the next request
    expect((await c('admin').delete(`/api/orgs/${orgId}/members/${m.id}`)).status).toBe(200);
    const [read, write] = [await tab.get(`/api/orgs/${orgId}/devices`), await tab.post(`/api/orgs/${orgId}/devices`, { assetNo: 'L-1' })];
    expect([read.status, write.status]).toEqual([404, 404]);
    expect((await tab.get('/api/orgs')).body.organizations.map((o: { id: string }) => o.id)).not.toContain(orgId);
  });

  it('lets a system administrator manage the organisation but not read its records', async () => {
    expect((await c('sys').get(`/api/orgs/${orgId}`)).status).toBe(200);
    expect((await c('sys').get(`/api/orgs/${orgId}/members`)).status).toBe(200);
    expect((await c('sys').get(`/api/orgs/${orgId}/evidence`)).status).toBe(404);
    expect((await c('sys').get('/api/users')).body.users.length).toBeGreaterThanOrEqual(4);
  });
});

describe('password reset by an administrator', () => {
  it('gives a temporary password, unlocks, and ends the old sessions', async () => {
    const u = await seedUser(deps, { loginId: 'forgetful', org: { id: orgId, role: 'viewer' } });
    const session = new TestClient(testApp(deps));
    await session.signIn('forgetful', PASSWORD);
    for (let i = 0; i < 6; i++)
      await new TestClient(testApp(deps)).post('/api/auth/login', { loginId: 'forgetful', password: `nope-${i}-wrong` });
    const res = await c('admin').post(`/api/users/${u.id}/reset-password`, {});
    expect(res.status).toBe(200);
    expect((await session.get(`/api/orgs/${orgId}`)).status).toBe(401);
    const fresh = new TestClient(testApp(deps));
    expect(await fresh.signIn('forgetful', res.body.temporaryPassword)).toBe('full');
    expect((await new TestClient(testApp(deps)).post('/api/auth/login', { loginId: 'forgetful', password: PASSWORD })).status).toBe(401);
  });

  it("does not let an organisation's administrator reset users of other organisations", async () => {
    const other = await seedOrg(deps);
    const stranger = await seedUser(deps, { org: { id: other.id, role: 'viewer' } });
    expect((await c('admin').post(`/api/users/${stranger.id}/reset-password`, {})).status).toBe(404);
    expect((await c('admin').post(`/api/users/${users.sys?.id}/reset-password`, {})).status).toBe(404);
    // a member she can see who also belongs elsewhere: refused with the reason, not hidden
    const shared = await seedUser(deps, { org: { id: other.id, role: 'viewer' } });
    await c('sys').post(`/api/orgs/${orgId}/members`, { loginId: shared.loginId, role: 'viewer' });
    const refused = await c('admin').post(`/api/users/${shared.id}/reset-password`, {});
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/ほかの組織にも所属/);
    expect((await c('editor').post(`/api/users/${users.viewer?.id}/reset-password`, {})).status).toBe(404);
  });
});

describe('MFA required by the organisation', () => {
  it('makes a member without MFA enrol before anything else', async () => {
    const strict = await seedOrg(deps, { requireMfa: true });
    const u = await seedUser(deps, { org: { id: strict.id, role: 'editor' } });
    const client = new TestClient(testApp(deps));
    expect(await client.signIn(u.loginId, PASSWORD)).toBe('enrol');
    const blocked = await client.get(`/api/orgs/${strict.id}`);
    expect(blocked.body.error.code).toBe('MFA_ENROLMENT_REQUIRED');
    const { totpCode, stepAt } = await import('../auth/totp.ts');
    const start = await client.post('/api/auth/mfa/enrol');
    const done = await client.post('/api/auth/mfa/confirm', { code: totpCode(start.body.secret, stepAt(deps.clock.now())) });
    expect(done.status).toBe(200);
    await client.refresh();
    expect((await client.get(`/api/orgs/${strict.id}`)).status).toBe(200);
    const disable = await client.post('/api/auth/mfa/disable', { password: PASSWORD });
    expect(disable.status).toBe(403);
  });
});
