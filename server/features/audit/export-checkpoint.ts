// Use case: an administrator exports a signed checkpoint of the audit trail to keep outside Mamori —
// of every chain (system administrators, also `mamori audit checkpoint`) or of one organisation's.
// Only numbers and hashes leave: no event's content. Refused while the trail is broken.
import type { Deps } from '../../deps.ts';
import { AppError } from '../../lib/errors.ts';
import type { Caller } from '../caller.ts';
import { type Checkpoint, signCheckpoint } from './audit.checkpoint.ts';
import { authorizeOrgAudit, authorizeSystemAudit } from './audit.policy.ts';
import { type ChainHead, chainHead, chainKeys } from './audit.repo.ts';
import { verifyChains } from './audit.verify.ts';

export async function checkpointOf(deps: Deps, organizationId: string | null): Promise<Checkpoint> {
  const heads: ChainHead[] = organizationId
    ? [(await chainHead(deps.db, organizationId)) ?? { chainKey: organizationId, seq: 0, hash: '0'.repeat(64), keyId: null }]
    : await chainKeys(deps.db);
  const checked = await verifyChains(
    deps.db,
    heads.filter((h) => h.seq > 0),
  );
  if (!checked.ok) {
    throw new AppError(
      'CONFLICT',
      '監査ログに改ざんが見つかったため、チェックポイントを作れません。mamori audit verify で確認してください。',
      {
        details: { broken: checked.broken },
      },
    );
  }
  return signCheckpoint(heads, deps.clock.now(), organizationId);
}

export async function exportCheckpoint(
  deps: Deps,
  caller: Caller,
  orgId: string | null,
): Promise<{ fileName: string; checkpoint: Checkpoint }> {
  if (orgId) await authorizeOrgAudit(deps.db, caller, orgId);
  else await authorizeSystemAudit(deps.db, caller.user);
  const checkpoint = await checkpointOf(deps, orgId);
  const stamp = checkpoint.createdAt.replace(/[-:]/g, '').slice(0, 13);
  return { fileName: `mamori-audit-checkpoint-${stamp}Z.json`, checkpoint };
}
