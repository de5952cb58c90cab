// How an audit event is hashed into its chain. Changing either function breaks every existing chain: don't.
// Rows of an older Mamori carry the plain sha256 (`eventHash`, which anyone can recompute); every row
// since keying carries an HMAC-SHA256 with the audit key kept outside the database (`keyedEventHash`).
import { createHash, createHmac } from 'node:crypto';
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

const eventBody = (e: HashedFields): string =>
  canonicalJson({
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

/** The unkeyed hash of rows written before keying (public: anyone can recompute it). */
export function eventHash(prevHash: string, e: HashedFields): string {
  return createHash('sha256')
    .update(`${prevHash}\n${eventBody(e)}`)
    .digest('hex');
}

/** The keyed hash: only a holder of the audit key can make or recompute it. */
export function keyedEventHash(key: Buffer, keyId: string, prevHash: string, e: HashedFields): string {
  return createHmac('sha256', key)
    .update(`mamori-audit-hmac/1\n${keyId}\n${prevHash}\n${eventBody(e)}`)
    .digest('hex');
}
