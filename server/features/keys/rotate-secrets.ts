// `mamori secrets rotate`: a new secrets key is added to the key file and every TOTP secret is
// encrypted again with it, in one transaction, audited. Older keys stay in the file: backups made
// before the rotation still restore. (The key file is written first; if the transaction fails, the
// new key is simply unused yet, and every secret still opens with the key it names.)
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../lib/actor.ts';
import { addSecretsKey, keyring } from '../../lib/keys.ts';
import { recordAudit } from '../audit/audit.record.ts';
import { resealTotpSecrets } from '../auth/totp-secret.ts';

export async function rotateSecretsKey(deps: Deps, actor: Actor) {
  const ring = keyring();
  const previousKeyId = ring.secrets.current;
  const now = deps.clock.now();
  const keyId = addSecretsKey(ring, now);
  const users = await deps.db.transaction(async (tx) => {
    const changed = await resealTotpSecrets(tx, { onlyPlaintext: false }, ring);
    const after = { keyId, previousKeyId, users: changed };
    await recordAudit(tx, actor, { action: 'secrets.rotated', targetType: 'secrets', targetId: keyId, after }, now);
    return changed;
  });
  return { keyId, previousKeyId, users, keyFile: ring.file };
}
