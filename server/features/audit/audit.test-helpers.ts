// Test support: rewriting an audit chain as an attacker with database access would — content changed
// at one event, every later hash recomputed (with the public function, or with the key), head updated.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { eventHash, GENESIS_HASH, type HashedFields } from './audit.hash.ts';
import type { AuditRow } from './audit.repo.ts';

export const chainRows = async (db: Db, chain: string): Promise<AuditRow[]> =>
  (await db.query.auditEvents.findMany({ where: (e, { eq }) => eq(e.chainKey, chain), orderBy: (e, { asc }) => asc(e.seq) })) as AuditRow[];

export interface Rewrite {
  /** the new `after.address` of the event at `seq` */
  address: string;
  hash: (prevHash: string, row: AuditRow) => string;
  keyId: (row: AuditRow) => string | null;
}

export async function rewriteChain(db: Db, chain: string, seq: number, how: Rewrite): Promise<void> {
  let prev = GENESIS_HASH;
  for (const row of await chainRows(db, chain)) {
    if (row.seq < seq) {
      prev = row.hash;
      continue;
    }
    const after = row.seq === seq ? { ...(row.after as object), address: how.address } : row.after;
    const changed = { ...row, after, prevHash: prev, keyId: how.keyId(row) };
    const hash = how.hash(prev, changed);
    await db.execute(sql`update audit_events set after = ${JSON.stringify(after)}::jsonb, prev_hash = ${prev}, hash = ${hash},
      key_id = ${changed.keyId} where chain_key = ${chain} and seq = ${row.seq}`);
    await db.execute(
      sql`update audit_chain_heads set hash = ${hash}, key_id = ${changed.keyId} where chain_key = ${chain} and seq = ${row.seq}`,
    );
    prev = hash;
  }
}

/** Writes a chain of `n` unkeyed events exactly as a Mamori before keying did (sha256, no key id). */
export async function writeUnkeyedChain(db: Db, chain: string, n: number): Promise<void> {
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const fields: HashedFields = {
      chainKey: chain,
      seq,
      organizationId: chain,
      actorUserId: null,
      actorLabel: 'old',
      action: 'org.updated',
      targetType: 'organization',
      targetId: chain,
      before: null,
      after: { address: `旧 ${seq}` },
      clientAddress: null,
      occurredAt: new Date(Date.UTC(2025, 3, seq)),
    };
    const hash = eventHash(prev, fields);
    await db.execute(sql`insert into audit_events (chain_key, seq, organization_id, actor_label, action, target_type, target_id, after, occurred_at, prev_hash, hash)
      values (${chain}, ${seq}, ${chain}, 'old', 'org.updated', 'organization', ${chain}, ${JSON.stringify(fields.after)}::jsonb, ${fields.occurredAt}, ${prev}, ${hash})`);
    prev = hash;
  }
  await db.execute(sql`insert into audit_chain_heads (chain_key, seq, hash) values (${chain}, ${n}, ${prev})`);
}
