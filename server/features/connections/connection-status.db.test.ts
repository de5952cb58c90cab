// The 外部接続点 register speaks the 機器台帳's status words: 停止 through the API is stored as the
// ledger's 停止中, and rows written before migration 0013 (suspended / removed, or restored from an
// older backup) are read as 停止中 / 廃棄, and rewritten by the migration, before 0020's CHECK.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/client.ts';
import { type TestDeps, testDeps } from '../../test/harness.ts';
import { memberClient } from '../../test/members.ts';
import { seedOrg } from '../../test/seed.ts';

let deps: TestDeps;
let orgId: string;
let editor: TestClient;
const url = () => `/api/orgs/${orgId}/connections`;
const rows = async () =>
  (
    (await deps.db.execute(`select name, status from connection_points where organization_id = '${orgId}' order by name`)) as unknown as {
      rows: { name: string; status: string }[];
    }
  ).rows;

beforeAll(async () => {
  deps = await testDeps();
  orgId = (await seedOrg(deps, { slug: 'conn-status' })).id;
  editor = await memberClient(deps, orgId, 'editor');
});
afterAll(() => deps.close());

describe('status words of the 外部接続点', () => {
  it('takes the ledger’s words through the API (停止, ﾒﾝﾃﾅﾝｽ中) and refuses an unknown one by field', async () => {
    const stopped = await editor.post(url(), { name: 'A 保守VPN', kind: 'vpn', status: '停止' });
    expect(stopped.body).toMatchObject({ status: 'stopped' });
    const maint = await editor.post(url(), { name: 'B 回線', kind: 'closed', status: 'ﾒﾝﾃﾅﾝｽ中' });
    expect(maint.body).toMatchObject({ status: 'maintenance' });
    const bad = await editor.post(url(), { name: 'C', kind: 'vpn', status: '検討中' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual([{ field: 'status', message: expect.stringContaining('停止中 (停止・休止)') }]);
  });

  it('reads the earlier codes as the ledger’s words, and migration 0013 rewrites them before 0020 checks them', async () => {
    // a database from before 0013: the CHECK of 0020 is not there yet
    await deps.db.execute('alter table connection_points drop constraint connection_points_status_check');
    await deps.db.execute(
      `insert into connection_points (organization_id, name, kind, status) values ('${orgId}', 'D 旧停止', 'vpn', 'suspended'), ('${orgId}', 'E 旧撤去', 'rdp', 'removed')`,
    );
    const list = (await editor.get(url())).body.connections as { name: string; status: string }[];
    const statusOf = (name: string) => list.find((p) => p.name === name)?.status;
    expect([statusOf('D 旧停止'), statusOf('E 旧撤去')]).toEqual(['stopped', 'retired']);
    const migration = fs.readFileSync(new URL('../../db/migrations/0013_connection_status_words.sql', import.meta.url), 'utf8');
    for (const statement of migration.split('--> statement-breakpoint')) await deps.db.execute(statement);
    expect(await rows()).toEqual([
      { name: 'A 保守VPN', status: 'stopped' },
      { name: 'B 回線', status: 'maintenance' },
      { name: 'D 旧停止', status: 'stopped' },
      { name: 'E 旧撤去', status: 'retired' },
    ]);
    // then 0020's CHECK applies to the rewritten rows
    const checks = fs.readFileSync(new URL('../../db/migrations/0020_enum_checks.sql', import.meta.url), 'utf8');
    const statusCheck = checks.split('--> statement-breakpoint').find((s) => s.includes('connection_points_status_check'));
    await deps.db.execute(statusCheck ?? 'missing');
    await expect(deps.db.execute(`update connection_points set status = 'removed' where name = 'E 旧撤去'`)).rejects.toThrow();
  });
});
