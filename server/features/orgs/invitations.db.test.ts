// Issue 11 item 6: an organisation's administrator invites an existing login ID; the answer is the same
// whether the ID exists or not, and the person becomes a member only by accepting. The system
// administrator may still add a member directly.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type TestDeps, testApp, testDeps } from '../../test/harness.ts';
import { listen, postJson } from '../../test/listen.ts';
import { PASSWORD, seedOrg, seedUser } from '../../test/seed.ts';
import { SESSION_COOKIE } from '../sessions/session-tokens.ts';

let deps: TestDeps;
let orgId: string;
let admin: TestClient;
let sys: TestClient;
let adminName: string;

const client = async (loginId: string) => {
  const c = new TestClient(testApp(deps));
  await c.signIn(loginId, PASSWORD);
  return c;
};
const rows = async <T>(q: ReturnType<typeof sql>) => ((await deps.db.execute(q)) as unknown as { rows: T[] }).rows;
const membersOf = async (id: string) => (await admin.get(`/api/orgs/${id}/members`)).body.members as { loginId: string }[];
const mine = async (c: TestClient) => (await c.get('/api/orgs/invitations')).body.invitations as Record<string, any>[];
/** The answer without what differs by nature between two invitations (their id and the login ID). */
const shape = (body: Record<string, any>) => ({ ...body, invitation: { ...body.invitation, id: 'x', loginId: 'x' } });

beforeAll(async () => {
  deps = await testDeps();
  const org = await seedOrg(deps, { slug: 'inviting-clinic', name: 'さくら診療所' });
  orgId = org.id;
  await seedUser(deps, { loginId: 'inv-admin', org: { id: orgId, role: 'admin' } });
  await seedUser(deps, { loginId: 'inv-editor', org: { id: orgId, role: 'editor' } });
  await seedUser(deps, { loginId: 'inv-sys', isSystemAdmin: true });
  admin = await client('inv-admin');
  adminName = (await admin.refresh()).user.displayName;
  sys = await client('inv-sys');
});
afterAll(() => deps.close());

describe('inviting an existing login ID', () => {
  it('answers the same for a known and an unknown ID, and adds no one', async () => {
    const other = await seedOrg(deps);
    await seedUser(deps, { loginId: 'known-person', org: { id: other.id, role: 'viewer' } });
    const known = await admin.post(`/api/orgs/${orgId}/invitations`, { loginId: 'known-person', role: 'editor' });
    const unknown = await admin.post(`/api/orgs/${orgId}/invitations`, { loginId: 'nobody-here', role: 'editor' });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(known.body.message).toBe('招待を送りました。相手が承諾するとメンバーになります。');
    expect(shape(known.body)).toEqual(shape(unknown.body));
    expect(Object.keys(known.body.invitation).sort()).toEqual(['createdAt', 'expiresAt', 'id', 'invitedBy', 'loginId', 'role', 'status']);
    expect((await membersOf(orgId)).map((m) => m.loginId)).not.toContain('known-person');
    // the organisation's list of invitations does not tell them apart either
    const listed = (await admin.get(`/api/orgs/${orgId}/invitations`)).body.invitations as Record<string, any>[];
    const [a, b] = ['known-person', 'nobody-here'].map((id) => listed.find((i) => i.loginId === id));
    expect(shape({ invitation: a })).toEqual(shape({ invitation: b }));
  });

  it('turns "create a new user" with a taken ID into the same invitation, leaving the account as it was', async () => {
    const other = await seedOrg(deps);
    const taken = await seedUser(deps, { loginId: 'taken-id', org: { id: other.id, role: 'admin' } });
    const res = await admin.post(`/api/orgs/${orgId}/users`, { loginId: 'Taken-ID', displayName: '乗っ取り', role: 'admin' });
    const invited = await admin.post(`/api/orgs/${orgId}/invitations`, { loginId: 'never-seen', role: 'admin' });
    expect(res.status).toBe(202);
    expect(res.body.temporaryPassword).toBeUndefined();
    expect(shape(res.body)).toEqual(shape(invited.body));
    const [row] = await rows<{ display_name: string }>(sql`select display_name from users where id = ${taken.id}`);
    expect(row?.display_name).toBe(taken.displayName);
    expect((await membersOf(orgId)).map((m) => m.loginId)).not.toContain('taken-id');
    // a new ID still creates the user with a temporary password
    const created = await admin.post(`/api/orgs/${orgId}/users`, { loginId: 'brand-new', displayName: '新人', role: 'viewer' });
    expect(created.status).toBe(201);
    expect(created.body.temporaryPassword).toMatch(/^[a-z0-9]{4}(-[a-z0-9]{4}){3}$/);
  });

  it('refuses inviting to anyone but the organisation’s administrators', async () => {
    const editor = await client('inv-editor');
    expect((await editor.post(`/api/orgs/${orgId}/invitations`, { loginId: 'someone', role: 'viewer' })).status).toBe(403);
    expect((await editor.get(`/api/orgs/${orgId}/invitations`)).status).toBe(403);
    const pending = (await admin.post(`/api/orgs/${orgId}/invitations`, { loginId: 'someone', role: 'viewer' })).body.invitation;
    expect((await editor.delete(`/api/orgs/${orgId}/invitations/${pending.id}`)).status).toBe(403);
  });

  it('no longer lets an organisation’s administrator add an existing user directly; the system administrator can', async () => {
    const other = await seedOrg(deps);
    const u = await seedUser(deps, { loginId: 'direct-add', org: { id: other.id, role: 'viewer' } });
    const refused = await admin.post(`/api/orgs/${orgId}/members`, { loginId: 'direct-add', role: 'viewer' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/招待/);
    const added = await sys.post(`/api/orgs/${orgId}/members`, { loginId: 'direct-add', role: 'viewer' });
    expect(added.status).toBe(201);
    expect((await membersOf(orgId)).map((m) => m.loginId)).toContain('direct-add');
    const [event] = await rows<{ actor_label: string }>(
      sql`select actor_label from audit_events where organization_id = ${orgId} and action = 'member.added' and target_id = ${u.id}`,
    );
    expect(event?.actor_label).toBe('inv-sys');
  });
});

describe('answering an invitation', () => {
  it('shows the invitation after sign-in, and accepting makes a member, audited in the organisation', async () => {
    const other = await seedOrg(deps);
    const u = await seedUser(deps, { loginId: 'Tanaka.K', org: { id: other.id, role: 'admin' } });
    await admin.post(`/api/orgs/${orgId}/invitations`, { loginId: 'ｔａｎａｋａ.k', role: 'editor' });
    const tanaka = await client('Tanaka.K');
    const otherLog = sql`select count(*)::int as n from audit_events where organization_id = ${other.id}`;
    const [otherBefore] = await rows<{ n: number }>(otherLog);
    const [inv] = await mine(tanaka);
    expect(inv).toMatchObject({ organization: { id: orgId, name: 'さくら診療所' }, role: 'editor', requireMfa: false });
    expect(inv?.invitedBy).toBe(adminName);
    expect(inv?.expiresAt).toBe('2026-11-29T01:00:00.000Z');
    const accepted = await tanaka.post(`/api/orgs/${orgId}/invitations/${inv?.id}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.body.organization).toMatchObject({ id: orgId, slug: 'inviting-clinic', role: 'editor' });
    expect((await tanaka.get(`/api/orgs/${orgId}`)).body.role).toBe('editor');
    expect(await mine(tanaka)).toEqual([]);
    const [event] = await rows<{ actor_label: string; after: any }>(
      sql`select actor_label, after from audit_events where organization_id = ${orgId} and action = 'member.added' and target_id = ${u.id}`,
    );
    expect(event?.actor_label).toBe('Tanaka.K');
    expect(event?.after).toMatchObject({ role: 'editor', invitationId: inv?.id });
    // the other organisation's log learns nothing
    expect(await rows(otherLog)).toEqual([otherBefore]);
    expect((await tanaka.post(`/api/orgs/${orgId}/invitations/${inv?.id}/accept`)).status).toBe(409);
  });

  it('declining adds no one, and the administrators see it declined', async () => {
    await seedUser(deps, { loginId: 'decliner' });
    await admin.post(`/api/orgs/${orgId}/invitations`, { loginId: 'decliner', role: 'viewer' });
    const d = await client('decliner');
    const [inv] = await mine(d);
    expect((await d.post(`/api/orgs/${orgId}/invitations/${inv?.id}/decline`)).status).toBe(200);
    expect(await mine(d)).toEqual([]);
    expect((await d.post(`/api/orgs/${orgId}/invitations/${inv?.id}/accept`)).status).toBe(409);
    expect((await d.get(`/api/orgs/${orgId}`)).status).toBe(404);
    const listed = (await admin.get(`/api/orgs/${orgId}/invitations`)).body.invitations;
    expect(listed.find((i: { id: string }) => i.id === inv?.id)?.status).toBe('declined');
  });

  it('a revoked invitation can no longer be accepted', async () => {
    await seedUser(deps, { loginId: 'revokee' });
    const sent = (await admin.post(`/api/orgs/${orgId}/invitations`, { loginId: 'revokee', role: 'admin' })).body.invitation;
    expect((await admin.delete(`/api/orgs/${orgId}/invitations/${sent.id}`)).status).toBe(200);
    const r = await client('revokee');
    expect(await mine(r)).toEqual([]);
    expect((await r.post(`/api/orgs/${orgId}/invitations/${sent.id}/accept`)).status).toBe(409);
    expect((await r.get(`/api/orgs/${orgId}`)).status).toBe(404);
    expect((await admin.delete(`/api/orgs/${orgId}/invitations/${sent.id}`)).status).toBe(409);
  });

  it('an expired invitation can no longer be accepted', async () => {
    await seedUser(deps, { loginId: 'slowpoke' });
    const sent = (await admin.post(`/api/orgs/${orgId}/invitations`, { loginId: 'slowpoke', role: 'viewer' })).body.invitation;
    deps.clock.advance(8 * 24 * 3_600_000);
    try {
      const s = await client('slowpoke');
      expect(await mine(s)).toEqual([]);
      const res = await s.post(`/api/orgs/${orgId}/invitations/${sent.id}/accept`);
      expect(res.status).toBe(409);
      expect(res.body.error.message).toMatch(/有効期限/);
      admin = await client('inv-admin');
      const listed = (await admin.get(`/api/orgs/${orgId}/invitations`)).body.invitations;
      expect(listed.find((i: { id: string }) => i.id === sent.id)?.status).toBe('expired');
    } finally {
      deps.clock.advance(-8 * 24 * 3_600_000);
      admin = await client('inv-admin');
    }
  });

  it('only the person invited can answer', async () => {
    await seedUser(deps, { loginId: 'invitee-1' });
    await seedUser(deps, { loginId: 'bystander' });
    const sent = (await admin.post(`/api/orgs/${orgId}/invitations`, { loginId: 'invitee-1', role: 'viewer' })).body.invitation;
    const b = await client('bystander');
    expect((await b.post(`/api/orgs/${orgId}/invitations/${sent.id}/accept`)).status).toBe(404);
    expect((await b.post(`/api/orgs/${orgId}/invitations/${sent.id}/decline`)).status).toBe(404);
    expect((await b.get(`/api/orgs/${orgId}`)).status).toBe(404);
  });

  it('an invitation to an ID created later reaches its new owner', async () => {
    await admin.post(`/api/orgs/${orgId}/invitations`, { loginId: 'future-id', role: 'viewer' });
    await sys.post('/api/users', { loginId: 'Future-ID', displayName: '未来', password: PASSWORD });
    const f = await client('Future-ID');
    expect((await mine(f)).map((i) => i.organization.id)).toEqual([orgId]);
  });

  it('an organisation requiring MFA is joined only with MFA already set up, so joining never changes the sign-in', async () => {
    const strict = await seedOrg(deps, { requireMfa: true });
    const strictAdmin = await seedUser(deps, { org: { id: strict.id, role: 'admin' } });
    await seedUser(deps, { loginId: 'no-mfa-yet' });
    const sa = new TestClient(testApp(deps));
    const { totpCode, stepAt } = await import('../auth/totp.ts');
    if ((await sa.signIn(strictAdmin.loginId, PASSWORD)) === 'enrol') {
      const start = await sa.post('/api/auth/mfa/enrol');
      await sa.post('/api/auth/mfa/confirm', { code: totpCode(start.body.secret, stepAt(deps.clock.now())) });
      await sa.refresh();
    }
    await sa.post(`/api/orgs/${strict.id}/invitations`, { loginId: 'no-mfa-yet', role: 'viewer' });
    const n = await client('no-mfa-yet');
    const [inv] = await mine(n);
    expect(inv?.requireMfa).toBe(true);
    const refused = await n.post(`/api/orgs/${strict.id}/invitations/${inv?.id}/accept`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/二要素認証/);
    expect(await client('no-mfa-yet').then((c) => c.refresh())).toMatchObject({ stage: 'full' });
  });
});

describe('accepting in parallel (real HTTP server)', () => {
  it('twenty parallel accepts of one invitation make exactly one membership', async () => {
    const server = await listen(testApp(deps));
    try {
      const u = await seedUser(deps, { loginId: 'racer' });
      await admin.post(`/api/orgs/${orgId}/invitations`, { loginId: 'racer', role: 'editor' });
      const r = await client('racer');
      const [inv] = await mine(r);
      const headers = { cookie: `${SESSION_COOKIE}=${r.cookie}`, 'x-csrf-token': r.csrf ?? '' };
      const url = `${server.url}/api/orgs/${orgId}/invitations/${inv?.id}/accept`;
      const results = await Promise.all(Array.from({ length: 20 }, () => postJson(url, {}, headers)));
      expect(results.map((x) => x.status).sort()).toEqual([200, ...Array(19).fill(409)]);
      const [m] = await rows<{ n: number }>(sql`select count(*)::int as n from memberships where user_id = ${u.id}`);
      expect(Number(m?.n)).toBe(1);
      const [a] = await rows<{ n: number }>(
        sql`select count(*)::int as n from audit_events where action = 'member.added' and target_id = ${u.id}`,
      );
      expect(Number(a?.n)).toBe(1);
    } finally {
      await server.close();
    }
  });
});

describe('the member list', () => {
  it('shows only this organisation’s data about each member', async () => {
    const other = await seedOrg(deps, { slug: 'elsewhere-clinic', name: 'よその医院' });
    const u = await seedUser(deps, { loginId: 'two-homes', org: { id: other.id, role: 'admin' } });
    await sys.post(`/api/orgs/${orgId}/members`, { loginId: 'two-homes', role: 'viewer' });
    await client('two-homes'); // signs in: an account-wide last sign-in exists now
    const members = (await admin.get(`/api/orgs/${orgId}/members`)).body.members as Record<string, unknown>[];
    const m = members.find((x) => x.userId === u.id);
    expect(Object.keys(m ?? {}).sort()).toEqual(['disabled', 'displayName', 'joinedAt', 'loginId', 'mfaEnabled', 'role', 'userId']);
    expect(m?.role).toBe('viewer');
    expect(JSON.stringify(members)).not.toMatch(/elsewhere-clinic|よその医院|lastLogin/);
  });
});
