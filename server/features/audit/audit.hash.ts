// How an audit event is hashed into its chain. Changing this breaks every existing chain: don't.
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../domain/canonical-json.ts';

export const GENESIS_HASH = '0'.repeat(64);

export interface HashedFields {
  chainKey: string;
  seq: number;
  organizationId: string | null;
  actorUserId: string | null;
  actorLabel: string;
  action: string;
  targetType: string;
  targetId: string | null;
  before: unknown;
  after: unknown;
  clientAddress: string | null;
  occurredAt: Date;
}

export function eventHash(prevHash: string, e: HashedFields): string {
  const body = canonicalJson({
    chainKey: e.chainKey,
    seq: e.seq,
    organizationId: e.organizationId,
    actorUserId: e.actorUserId,
    actorLabel: e.actorLabel,
    action: e.action,
    targetType: e.targetType,
    targetId: e.targetId,
    before: e.before ?? null,
    after: e.after ?? null,
    clientAddress: e.clientAddress,
    occurredAt: e.occurredAt.toISOString(),
  });
  return createHash('sha256').update(`${prevHash}\n${body}`).digest('hex');
}
