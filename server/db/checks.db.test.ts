// Enum-like text columns are guarded by CHECK constraints (migrations 0020, 0021): a value outside the
// domain's list is refused by the database itself, whoever writes it, on both engines.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestDeps, testDeps } from '../test/harness.ts';
import { seedOrg, seedUser } from '../test/seed.ts';

let deps: TestDeps;
let orgId: string;
let userId: string;

beforeAll(async () => {
  deps = await testDeps();
  orgId = (await seedOrg(deps)).id;
  userId = (await seedUser(deps, { org: { id: orgId, role: 'editor' } })).id;
});
afterAll(() => deps.close());

const refused = async (statement: ReturnType<typeof sql>) => {
  const error = await deps.db.execute(statement).then(
    () => null,
    (err: Error & { cause?: { message?: string } }) => `${err.message} ${err.cause?.message ?? ''}`,
  );
  return error ?? 'accepted';
};

describe('CHECK constraints on enum-like columns', () => {
  it('refuses a value outside the list and keeps the row as it was', async () => {
    expect(await refused(sql`update organizations set kind = 'castle' where id = ${orgId}`)).toContain('organizations_kind_check');
    expect(await refused(sql`update memberships set role = 'owner' where organization_id = ${orgId}`)).toContain('memberships_role_check');
    expect(await refused(sql`insert into devices (organization_id, asset_no, status) values (${orgId}, 'X-1', 'exploded')`)).toContain(
      'devices_status_check',
    );
    expect(
      await refused(sql`insert into sessions (id, user_id, stage, csrf_token, expires_at) values ('s-1', ${userId}, 'admin', 'c', now())`),
    ).toContain('sessions_stage_check');
    expect(
      await refused(
        sql`insert into finding_decisions (organization_id, finding_id, decision, row_stamp, feed_stamp, decided_by, decided_at) values (${orgId}, 'f-1', 'ignored', 'r', 'f', 'x', now())`,
      ),
    ).toContain('finding_decisions_decision_check');
    expect(
      await refused(
        sql`insert into feed_versions (kind, version, loaded_at, loaded_by, sha256, entries, source) values ('cve', '1', now(), 'x', 'h', 0, 'file')`,
      ),
    ).toContain('feed_versions_kind_check');
    const row = (await deps.db.execute(sql`select kind from organizations where id = ${orgId}`)) as unknown as { rows: { kind: string }[] };
    expect(row.rows[0]?.kind).toBe('clinic');
  });

  it('accepts the listed values and NULL where the column allows it', async () => {
    expect(await refused(sql`update organizations set kind = 'pharmacy' where id = ${orgId}`)).toBe('accepted');
    expect(
      await refused(
        sql`insert into devices (organization_id, asset_no, status, device_class) values (${orgId}, 'X-2', 'spare', 'medical')`,
      ),
    ).toBe('accepted');
  });
});
