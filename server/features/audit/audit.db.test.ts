import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type TestDeps, testApp, testDeps } from '../../test/harness.ts';
import { memberClient } from '../../test/members.ts';
import { PASSWORD, seedUser } from '../../test/seed.ts';
import { verifyAuditTrail } from './audit.verify.ts';

let deps: TestDeps;
let admin: TestClient;
let head: TestClient; // the organisation's administrator (root is a system administrator, not a member)
let orgId: string;

beforeAll(async () => {
  deps = await testDeps();
  await seedUser(deps, { loginId: 'root', isSystemAdmin: true });
  admin = new TestClient(testApp(deps));
  await admin.signIn('root', PASSWORD);
  const org = await admin.post('/api/orgs', { slug: 'audit-clinic', name: '監査クリニック', kind: 'clinic', prefecture: '大阪府' });
  orgId = org.body.id;
  head = await memberClient(deps, orgId, 'admin');
  await admin.post(`/api/orgs/${orgId}/users`, { loginId: 'nurse', displayName: '看護師', role: 'editor' });
  await admin.patch(`/api/orgs/${orgId}`, { address: '大阪市北区1-1' });
});
afterAll(() => deps.close());

const exec = (q: ReturnType<typeof sql>) => deps.db.execute(q);

describe('audit trail', () => {
  it('records each mutation with actor, organisation, target, before/after and client', async () => {
    const res = await head.get(`/api/orgs/${orgId}/audit`);
    expect(res.status).toBe(200);
    const actions = res.body.events.map((e: { action: string }) => e.action);
    expect(actions).toEqual(['org.updated', 'member.added', 'user.created', 'member.added', 'user.created', 'org.created']);
    const update = res.body.events[0];
    expect(update.actor).toBe('root');
    expect(update.before.address).toBeNull();
    expect(update.after.address).toBe('大阪市北区1-1');
    expect(update.organizationId).toBe(orgId);
  });

  it('never stores secrets: no password hash, TOTP secret or temporary password in the trail', async () => {
    const rows = (await exec(sql`select coalesce(before::text, '') || coalesce(after::text, '') as t from audit_events`)) as unknown as {
      rows: { t: string }[];
    };
    const all = rows.rows.map((r) => r.t).join('\n');
    expect(all).not.toMatch(/\$argon2/);
    expect(all).not.toMatch(/temporaryPassword"\s*:\s*"[a-z0-9]{4}-/);
    expect(all).toContain('nurse');
  });

  it('filters by action, actor and date (JST days)', async () => {
    expect((await admin.get(`/api/orgs/${orgId}/audit?action=member.`)).body.total).toBe(2);
    expect((await admin.get(`/api/orgs/${orgId}/audit?actor=nobody`)).body.total).toBe(0);
    expect((await admin.get(`/api/orgs/${orgId}/audit?from=2026-11-22&to=2026-11-22`)).body.total).toBe(6);
    expect((await admin.get(`/api/orgs/${orgId}/audit?from=2026-11-23`)).body.total).toBe(0);
    const bad = await admin.get(`/api/orgs/${orgId}/audit?from=2026-02-30`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].field).toBe('from');
  });

  it('verifies when untouched', async () => {
    const result = await verifyAuditTrail(deps.db);
    expect(result.ok).toBe(true);
    expect(result.events).toBeGreaterThanOrEqual(5);
  });

  it('finds an altered row and names it', async () => {
    await exec(sql`update audit_events set after = jsonb_set(after, '{address}', '"改ざん"') where action = 'org.updated'`);
    const result = await verifyAuditTrail(deps.db);
    expect(result.ok).toBe(false);
    expect(result.broken[0]).toMatchObject({ chainKey: orgId, seq: 6 });
    expect(result.broken[0]?.reason).toMatch(/改ざん/);
    await exec(sql`update audit_events set after = jsonb_set(after, '{address}', '"大阪市北区1-1"') where action = 'org.updated'`);
    expect((await verifyAuditTrail(deps.db)).ok).toBe(true);
  });

  it('finds a deleted row in the middle and a deleted newest row', async () => {
    await exec(sql`create table saved_audit as select * from audit_events where chain_key = ${orgId}`);
    await exec(sql`delete from audit_events where chain_key = ${orgId} and seq = 2`);
    let result = await verifyAuditTrail(deps.db);
    expect(result.broken[0]).toMatchObject({ chainKey: orgId, seq: 2 });
    await exec(sql`insert into audit_events select * from saved_audit where seq = 2`);
    expect((await verifyAuditTrail(deps.db)).ok).toBe(true);

    await exec(sql`delete from audit_events where chain_key = ${orgId} and seq = 6`);
    result = await verifyAuditTrail(deps.db);
    expect(result.ok).toBe(false);
    expect(result.broken[0]?.reason).toMatch(/削除/);
    await exec(sql`insert into audit_events select * from saved_audit where seq = 6`);
    await exec(sql`drop table saved_audit`);
    expect((await verifyAuditTrail(deps.db)).ok).toBe(true);
  });

  it('keeps chains consistent under concurrent writes', async () => {
    await Promise.all(Array.from({ length: 8 }, (_, i) => admin.patch(`/api/orgs/${orgId}`, { address: `住所 ${i}` })));
    const result = await verifyAuditTrail(deps.db);
    expect(result.ok).toBe(true);
  });
});
