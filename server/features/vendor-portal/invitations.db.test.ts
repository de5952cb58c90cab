// Inviting a person at a vendor through a link, on both engines: the institution invites (the link
// once, the token never stored, audited or logged), lists and revokes; the person opens the link, sets
// up a vendor account with a password and is signed in; a used, revoked, expired or guessed link is
// refused with one message; two uses of one link at once make one account; a vendor account reaches
// only the portal (every other route answers as an unknown one); one person sees the invitations of
// several institutions.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LINK_REFUSED } from '../../../domain/vendors/invitation.ts';
import { TestClient } from '../../test/client.ts';
import { type TestDeps, testApp, testDeps } from '../../test/harness.ts';
import { listen, sendJson } from '../../test/listen.ts';
import { memberClient } from '../../test/members.ts';
import { seedOrg } from '../../test/seed.ts';

let deps: TestDeps;
let orgId: string;
let otherOrgId: string;
let editor: TestClient;
let viewer: TestClient;
let otherEditor: TestClient;
let vendorId: string;
let systemId: string;
let otherVendorId: string;
const VENDOR_PASSWORD = 'Kaisha-Kenko-2026-qrs';

const invite = (client: TestClient, org: string, vendor: string, body: Record<string, unknown> = {}) =>
  client.post(`/api/orgs/${org}/vendors/${vendor}/invitations`, { fiscalYear: 2026, personName: '保守 太郎', ...body });
const tokenOf = (link: string) => link.split('#')[1] as string;
const accept = (client: TestClient, token: string, loginId: string) =>
  client.post('/api/vendor-portal/accept', { token, loginId, displayName: '保守 太郎', password: VENDOR_PASSWORD });

beforeAll(async () => {
  deps = await testDeps();
  orgId = (await seedOrg(deps, { slug: 'inv-hospital', name: 'さくら病院' })).id;
  otherOrgId = (await seedOrg(deps, { slug: 'inv-clinic', name: 'もみじクリニック' })).id;
  editor = await memberClient(deps, orgId, 'editor');
  viewer = await memberClient(deps, orgId, 'viewer');
  otherEditor = await memberClient(deps, otherOrgId, 'editor');
  vendorId = (await editor.post(`/api/orgs/${orgId}/vendors`, { name: 'カルテ株式会社' })).body.id;
  systemId = (await editor.post(`/api/orgs/${orgId}/vendors/${vendorId}/systems`, { name: '電子カルテ', kind: 'emr' })).body.id;
  otherVendorId = (await otherEditor.post(`/api/orgs/${otherOrgId}/vendors`, { name: 'カルテ(株)' })).body.id;
});
afterAll(() => deps.close());

describe('the institution invites a person at a vendor', () => {
  it('gives the link once, keeps only the token’s hash, and audits and logs no token', async () => {
    const res = await invite(editor, orgId, vendorId, { systemIds: [systemId], email: 'hoshu@example.jp' });
    expect(res.status).toBe(201);
    expect(res.body.link).toMatch(/^http:\/\/127\.0\.0\.1:3000\/vendor\/accept#[A-Za-z0-9_-]{43}$/);
    expect(res.body.invitation).toMatchObject({ fiscalYear: 2026, status: 'pending', systems: [{ id: systemId, name: '電子カルテ' }] });
    const token = tokenOf(res.body.link);
    const stored = (await deps.db.execute(sql`select * from vendor_invitations`)) as unknown as { rows: Record<string, unknown>[] };
    expect(JSON.stringify(stored.rows)).not.toContain(token);
    const audit = JSON.stringify(await deps.db.query.auditEvents.findMany());
    expect(audit).toContain('vendor.invitation_created');
    expect(audit).not.toContain(token);
    expect(audit).not.toContain(String(stored.rows[0]?.token_hash));
    expect(JSON.stringify(deps.log.entries)).not.toContain(token);
    const list = await viewer.get(`/api/orgs/${orgId}/vendors/${vendorId}/invitations`);
    expect(list.body.invitations).toHaveLength(1);
    expect(JSON.stringify(list.body)).not.toContain(token);
  });

  it('refuses a viewer, another vendor’s system, an e-mail it cannot read and a link of 91 days', async () => {
    expect((await invite(viewer, orgId, vendorId)).status).toBe(403);
    const otherSystem = (await otherEditor.post(`/api/orgs/${otherOrgId}/vendors/${otherVendorId}/systems`, { name: 'X', kind: 'emr' }))
      .body.id;
    const bad = await invite(editor, orgId, vendorId, { systemIds: [otherSystem], email: 'hoshu@', days: 91 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['days', 'email', 'systemIds']);
    expect((await invite(editor, orgId, otherVendorId)).status).toBe(404);
  });
});

describe('the person at the vendor', () => {
  let token: string;
  let vendorClient: TestClient;

  it('sees what the link is for, sets up a vendor account and is signed in', async () => {
    token = tokenOf((await invite(editor, orgId, vendorId)).body.link);
    const anonymous = new TestClient(testApp(deps));
    const about = await anonymous.post('/api/vendor-portal/link', { token });
    expect(about.status).toBe(200);
    expect(about.body).toMatchObject({
      institution: 'さくら病院',
      vendorName: 'カルテ株式会社',
      fiscalYear: 2026,
      systems: [{ name: '電子カルテ' }],
    });
    // the password rule is the staff's: one holding the login ID is refused, naming the field
    const weak = await anonymous.post('/api/vendor-portal/accept', {
      token,
      loginId: 'hoshu-taro',
      displayName: '保守 太郎',
      password: 'Hoshu-Taro-2026-x',
    });
    expect(weak.status).toBe(400);
    expect(weak.body.error.fields[0].field).toBe('password');
    expect((await accept(anonymous, token, 'hoshu-taro')).status).toBe(200);
    vendorClient = anonymous;
    const session = { body: await vendorClient.refresh() };
    expect(session.body).toMatchObject({ stage: 'full', user: { loginId: 'hoshu-taro', kind: 'vendor' }, organizations: [] });
    const mine = await vendorClient.get('/api/vendor-portal/invitations');
    expect(mine.body.invitations).toEqual([
      expect.objectContaining({ institution: 'さくら病院', vendorName: 'カルテ株式会社', fiscalYear: 2026, status: 'accepted' }),
    ]);
    const events = (await deps.db.query.auditEvents.findMany()).filter((e) => e.action === 'vendor.invitation_accepted');
    expect(events).toHaveLength(1);
    expect(events[0]?.organizationId).toBe(orgId);
  });

  it('refuses a used, a revoked, an expired and a guessed link with one message', async () => {
    const fresh = new TestClient(testApp(deps));
    const used = await accept(fresh, token, 'someone-else');
    const revokedLink = await invite(editor, orgId, vendorId);
    await editor.post(`/api/orgs/${orgId}/vendors/${vendorId}/invitations/${revokedLink.body.invitation.id}/revoke`, {});
    const revoked = await fresh.post('/api/vendor-portal/link', { token: tokenOf(revokedLink.body.link) });
    const expiring = await invite(editor, orgId, vendorId, { days: 1 });
    // a day and a second later (moved in the database: the clock would end the sessions too)
    const past = new Date(deps.clock.now().getTime() - 1000);
    await deps.db.execute(sql`update vendor_invitations set expires_at = ${past} where id = ${expiring.body.invitation.id}`);
    const expired = await fresh.post('/api/vendor-portal/link', { token: tokenOf(expiring.body.link) });
    const guessed = await fresh.post('/api/vendor-portal/link', { token: 'A'.repeat(43) });
    for (const r of [used, revoked, expired, guessed]) {
      expect(r.status).toBe(404);
      expect(r.body.error.message).toBe(LINK_REFUSED);
    }
    // no account was made for the used link
    expect((await deps.db.query.users.findMany()).some((u) => u.loginId === 'someone-else')).toBe(false);
  });

  it('reaches nothing but the portal and its own account: every other route answers as an unknown one', async () => {
    const unknown = await vendorClient.get('/api/no-such-route');
    for (const path of [
      `/api/orgs/${orgId}`,
      `/api/orgs/${orgId}/vendors`,
      `/api/orgs/${orgId}/vendors/${vendorId}/invitations`,
      `/api/orgs/${orgId}/assessments`,
      '/api/orgs',
      '/api/catalog',
      '/api/users',
    ]) {
      const res = await vendorClient.get(path);
      expect({ path, status: res.status, body: res.body }).toEqual({ path, status: 404, body: unknown.body });
    }
    expect((await vendorClient.post(`/api/orgs/${orgId}/vendors`, { name: 'x' })).status).toBe(404);
    // and a member of an institution does not reach the portal
    expect((await editor.get('/api/vendor-portal/invitations')).status).toBe(404);
  });

  it('adds another institution’s invitation to the same account and lists both', async () => {
    const second = tokenOf((await invite(otherEditor, otherOrgId, otherVendorId, { fiscalYear: 2025 })).body.link);
    const res = await vendorClient.post('/api/vendor-portal/accept-signed-in', { token: second });
    expect(res.status).toBe(200);
    const mine = (await vendorClient.get('/api/vendor-portal/invitations')).body.invitations;
    expect(mine.map((i: { institution: string; fiscalYear: number }) => [i.institution, i.fiscalYear])).toEqual([
      ['さくら病院', 2026],
      ['もみじクリニック', 2025],
    ]);
  });

  it('is asked to enrol MFA when the inviting institution requires it, and cannot add its link without MFA', async () => {
    await deps.db.execute(sql`update organizations set require_mfa = true where id = ${otherOrgId}`);
    const third = tokenOf((await invite(otherEditor, otherOrgId, otherVendorId)).body.link);
    const refusedJoin = await vendorClient.post('/api/vendor-portal/accept-signed-in', { token: third });
    expect(refusedJoin.status).toBe(409);
    expect(refusedJoin.body.error.message).toContain('二要素認証を必須にしています');
    const link = tokenOf((await invite(otherEditor, otherOrgId, otherVendorId)).body.link);
    const res = await accept(new TestClient(testApp(deps)), link, 'mfa-vendor');
    expect(res.body).toEqual({ stage: 'enrol' });
  });
});

describe('one link used twice at once (real HTTP server)', () => {
  it('makes one account: the other is refused with the same message', async () => {
    const token = tokenOf((await invite(editor, orgId, vendorId)).body.link);
    const server = await listen(testApp(deps));
    try {
      const answers = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          sendJson('POST', `${server.url}/api/vendor-portal/accept`, {
            token,
            loginId: `race-${i}`,
            displayName: '並列 太郎',
            password: VENDOR_PASSWORD,
          }),
        ),
      );
      expect(answers.map((a) => a.status).sort()).toEqual([200, 404, 404, 404, 404, 404]);
      const made = (await deps.db.query.users.findMany()).filter((u) => u.loginId.startsWith('race-'));
      expect(made).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});
