// Keying the chains of an older Mamori: each chain whose newest event is unkeyed gets one keyed event
// (audit.keyed). Its HMAC covers the last unkeyed hash, so the unkeyed rows before it can no longer be
// recomputed unnoticed. Done once per key file at start-up (never again: a restart must not bless
// rows rewritten meanwhile) and by the restore of an older backup, inside its transaction.
import type { Tx } from '../../db/client.ts';
import { systemActor } from '../../lib/actor.ts';
import { recordAudit } from './audit.record.ts';
import { unkeyedChainKeys } from './audit.repo.ts';

export async function closeUnkeyedChains(tx: Tx, now: Date): Promise<string[]> {
  const chains = await unkeyedChainKeys(tx);
  for (const chainKey of chains) {
    const organizationId = chainKey === 'system' ? null : chainKey;
    await recordAudit(tx, systemActor(), { organizationId, action: 'audit.keyed', targetType: 'audit_chain', targetId: chainKey }, now);
  }
  return chains;
}
