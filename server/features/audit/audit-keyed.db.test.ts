// Issue 11 item 5: the chain is keyed (HMAC with a key outside the database), so recomputing the hashes
// with the public function after an edit is found; a signed checkpoint finds a rewrite before it even by
// someone who holds the key; rows of an older Mamori keep verifying once closed by a keyed row.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tx } from '../../db/client.ts';
import { installKeyring, keyring, memoryKeyring } from '../../lib/keys.ts';
import { TestClient } from '../../test/client.ts';
import { type TestDeps, testApp, testDeps } from '../../test/harness.ts';
import { memberClient } from '../../test/members.ts';
import { PASSWORD, seedOrg, seedUser } from '../../test/seed.ts';
import type { Checkpoint } from './audit.checkpoint.ts';
import { eventHash, type HashedFields, keyedEventHash } from './audit.hash.ts';
import { closeUnkeyedChains } from './audit.keying.ts';
import { chainRows, type Rewrite, rewriteChain, writeUnkeyedChain } from './audit.test-helpers.ts';
import { verifyAuditTrail } from './audit.verify.ts';

let deps: TestDeps;
let root: TestClient;
let head: TestClient;
let orgId: string;

const exec = (q: ReturnType<typeof sql>) => deps.db.execute(q);
const rowsOf = (chain: string) => chainRows(deps.db, chain);
const rewrite = (chain: string, seq: number, how: Rewrite) => rewriteChain(deps.db, chain, seq, how);

const snapshot = async () => {
  await exec(sql`drop table if exists saved_events`);
  await exec(sql`drop table if exists saved_heads`);
  await exec(sql`create table saved_events as select * from audit_events`);
  await exec(sql`create table saved_heads as select * from audit_chain_heads`);
};
const restore = async () => {
  await exec(sql`delete from audit_events`);
  await exec(sql`delete from audit_chain_heads`);
  await exec(sql`insert into audit_events select * from saved_events`);
  await exec(sql`insert into audit_chain_heads select * from saved_heads`);
};

beforeAll(async () => {
  deps = await testDeps();
  await seedUser(deps, { loginId: 'root', isSystemAdmin: true });
  orgId = (await seedOrg(deps, { slug: 'keyed-clinic' })).id;
  head = await memberClient(deps, orgId, 'admin');
  for (const address of ['一丁目', '二丁目', '三丁目']) await head.patch(`/api/orgs/${orgId}`, { address });
  root = new TestClient(testApp(deps));
  await root.signIn('root', PASSWORD);
});
afterAll(() => deps.close());

describe('a keyed audit chain', () => {
  it('stores each new row with the key id and a hash the public function does not give', async () => {
    const rows = await rowsOf(orgId);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const row of rows) {
      expect(row.keyId).toBe(keyring().audit.id);
      expect(row.hash).not.toBe(eventHash(row.prevHash, row));
    }
    expect((await verifyAuditTrail(deps.db)).ok).toBe(true);
  });

  it('finds a row edited and the later hashes recomputed with the public function, at that row', async () => {
    await snapshot();
    const target = (await rowsOf(orgId)).find((r) => r.action === 'org.updated');
    if (!target) throw new Error('no org.updated');
    // as it is stored (key id kept) …
    await rewrite(orgId, target.seq, { address: '改ざん', hash: (p, r) => eventHash(p, r), keyId: (r) => r.keyId });
    let result = await verifyAuditTrail(deps.db);
    expect(result.ok).toBe(false);
    expect(result.broken[0]).toMatchObject({ chainKey: orgId, seq: target.seq, reason: expect.stringMatching(/改ざん/) });
    // … and passed off as unkeyed rows of an older Mamori
    await restore();
    await rewrite(orgId, target.seq, { address: '改ざん', hash: (p, r) => eventHash(p, r), keyId: () => null });
    result = await verifyAuditTrail(deps.db);
    expect(result.broken[0]).toMatchObject({ chainKey: orgId, seq: target.seq, reason: expect.stringMatching(/鍵のないイベント/) });
    // a whole chain rewritten without the key
    await restore();
    await rewrite(orgId, 1, { address: '改ざん', hash: (p, r) => eventHash(p, r), keyId: () => null });
    result = await verifyAuditTrail(deps.db);
    expect(result.broken[0]).toMatchObject({ chainKey: orgId, reason: expect.stringMatching(/誰でも計算できるハッシュだけ/) });
    await restore();
    expect((await verifyAuditTrail(deps.db)).ok).toBe(true);
  });

  it('names a different audit key clearly', async () => {
    const ours = keyring();
    installKeyring(memoryKeyring());
    try {
      const result = await verifyAuditTrail(deps.db);
      expect(result.ok).toBe(false);
      expect(result.broken[0]?.reason).toMatch(new RegExp(`別の監査鍵 \\(ID ${ours.audit.id}\\).*MAMORI_AUDIT_KEY`));
    } finally {
      installKeyring(ours);
    }
  });
});

describe('signed checkpoints', () => {
  let checkpoint: Checkpoint;

  beforeAll(async () => {
    const res = await root.get('/api/audit/checkpoint');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="mamori-audit-checkpoint-.*\.json"/);
    checkpoint = res.body;
  });

  it('signs the heads of every chain with a public key it carries, and matches the untouched trail', async () => {
    expect(checkpoint.chains.map((c) => c.chain)).toEqual(expect.arrayContaining([orgId, 'system']));
    expect(checkpoint.publicKey).toBe(keyring().signing.publicKey);
    await head.patch(`/api/orgs/${orgId}`, { address: '四丁目' }); // the trail goes on after a checkpoint
    const result = await verifyAuditTrail(deps.db, { checkpoint });
    expect(result).toMatchObject({ ok: true, checkpoint: { ok: true, problems: [] } });
  });

  it('finds a rewrite before the checkpoint made by someone holding the key, which the key alone cannot', async () => {
    await snapshot();
    const { key, id } = keyring().audit;
    await rewrite(orgId, 2, { address: '鍵で改ざん', hash: (p, r) => keyedEventHash(key, id, p, r as HashedFields), keyId: () => id });
    expect((await verifyAuditTrail(deps.db)).ok).toBe(true);
    const result = await verifyAuditTrail(deps.db, { checkpoint });
    expect(result.ok).toBe(false);
    const mine = checkpoint.chains.find((c) => c.chain === orgId);
    expect(result.checkpoint?.problems).toEqual([
      { chainKey: orgId, seq: mine?.seq, reason: expect.stringMatching(/より前の履歴が書き換えられています/) },
    ]);
    await restore();
  });

  it('refuses an altered checkpoint and one signed by another key', async () => {
    const altered = { ...checkpoint, events: checkpoint.events + 1 };
    expect((await verifyAuditTrail(deps.db, { checkpoint: altered })).checkpoint?.problems[0]?.reason).toMatch(/署名が正しくありません/);
    const ours = keyring();
    installKeyring({ ...memoryKeyring(), audit: ours.audit });
    try {
      const result = await verifyAuditTrail(deps.db, { checkpoint });
      expect(result.ok).toBe(false);
      expect(result.checkpoint?.problems[0]?.reason).toMatch(/このインストールの署名鍵で作られた/);
    } finally {
      installKeyring(ours);
    }
    await expect(verifyAuditTrail(deps.db, { checkpoint: { hello: 1 } })).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it("gives an organisation's administrator its own chain's checkpoint, and nobody else's", async () => {
    const res = await head.get(`/api/orgs/${orgId}/audit/checkpoint`);
    expect(res.status).toBe(200);
    expect(res.body.chains.map((c: { chain: string }) => c.chain)).toEqual([orgId]);
    expect((await head.get('/api/audit/checkpoint')).status).toBe(403);
    const other = await memberClient(deps, (await seedOrg(deps)).id, 'admin');
    expect((await other.get(`/api/orgs/${orgId}/audit/checkpoint`)).status).toBe(404);
  });
});

describe('rows of an older Mamori (unkeyed)', () => {
  const legacyOrg = '00000000-0000-4000-8000-00000000a001';

  it('are accepted once a keyed row closes their chain, and their edits are still found', async () => {
    await writeUnkeyedChain(deps.db, legacyOrg, 3);
    expect((await verifyAuditTrail(deps.db)).broken[0]).toMatchObject({
      chainKey: legacyOrg,
      reason: expect.stringMatching(/誰でも計算できる/),
    });
    const closed = await deps.db.transaction((tx: Tx) => closeUnkeyedChains(tx, deps.clock.now()));
    expect(closed).toEqual([legacyOrg]);
    const rows = await rowsOf(legacyOrg);
    expect(rows.map((r) => [r.action, r.keyId === null])).toEqual([
      ['org.updated', true],
      ['org.updated', true],
      ['org.updated', true],
      ['audit.keyed', false],
    ]);
    expect((await verifyAuditTrail(deps.db)).ok).toBe(true);
    expect(await deps.db.transaction((tx: Tx) => closeUnkeyedChains(tx, deps.clock.now()))).toEqual([]);

    // an unkeyed row edited and its unkeyed successors recomputed: the keyed row's HMAC still covers the old hash
    await snapshot();
    await rewrite(legacyOrg, 2, { address: '改ざん', hash: (p, r) => (r.keyId ? r.hash : eventHash(p, r)), keyId: (r) => r.keyId });
    const result = await verifyAuditTrail(deps.db);
    expect(result.broken[0]).toMatchObject({ chainKey: legacyOrg, seq: 4 });
    await restore();
    expect((await verifyAuditTrail(deps.db)).ok).toBe(true);
  });
});
