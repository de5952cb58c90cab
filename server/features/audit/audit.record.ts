// Writes one audit event inside the caller's transaction (every mutation calls this), chained per
// organisation with an HMAC under the installation's audit key. Secrets are removed before anything is stored.
import type { AuditAction, AuditTargetType } from '../../../domain/audit/actions.ts';
import type { Tx } from '../../db/client.ts';
import type { AuditValues } from '../../db/schema.ts';
import type { Actor } from '../../lib/actor.ts';
import { keyring } from '../../lib/keys.ts';
import { keyedEventHash } from './audit.hash.ts';
import { appendEvent, lockChainHead } from './audit.repo.ts';

export interface AuditInput {
  organizationId?: string | null;
  action: AuditAction;
  targetType: AuditTargetType;
  targetId?: string | null;
  /** the values before and after the change: a JSON object (or list), never a bare value */
  before?: object | null;
  after?: object | null;
}

const SECRET_KEY =
  /^(password|passwordHash|currentPassword|newPassword|temporaryPassword|totpSecret|totpPendingSecret|secret|token|csrfToken|codeHash|recoveryCodes|code|data)$/i;

/** Deep copy as plain JSON with secret-looking keys replaced, so no secret reaches the trail. */
export function redact(value: object | null | undefined): AuditValues | null {
  if (value === undefined || value === null) return null;
  return JSON.parse(JSON.stringify(value, (key, v) => (key && SECRET_KEY.test(key) && v !== null ? '[秘匿]' : v))) as AuditValues;
}

export async function recordAudit(tx: Tx, actor: Actor, input: AuditInput, now: Date): Promise<void> {
  const chainKey = input.organizationId ?? 'system';
  const head = await lockChainHead(tx, chainKey);
  const fields = {
    chainKey,
    seq: head.seq + 1,
    organizationId: input.organizationId ?? null,
    actorUserId: actor.userId,
    actorLabel: actor.label,
    action: input.action,
    targetType: input.targetType,
    targetId: input.targetId ?? null,
    before: redact(input.before),
    after: redact(input.after),
    clientAddress: actor.clientAddress,
    occurredAt: now,
  };
  const { id, key } = keyring().audit;
  await appendEvent(tx, { ...fields, prevHash: head.hash, keyId: id, hash: keyedEventHash(key, id, head.hash, fields) });
}
