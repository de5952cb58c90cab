// TOTP secrets are stored encrypted (AES-256-GCM with the key file's secrets key, bound to their user):
// the database and its backups never hold a secret an authenticator could be cloned from.
import type { Tx } from '../../db/client.ts';
import { type Keyring, keyring } from '../../lib/keys.ts';
import { isSealed, open, seal } from '../../lib/secret-box.ts';
import { listStoredTotpSecrets, updateUser } from '../users/users.repo.ts';

const context = (userId: string) => `mamori totp secret\n${userId}`;

export const sealTotpSecret = (userId: string, secret: string, ring: Keyring = keyring()): string => seal(ring, secret, context(userId));

/** The base32 secret of a stored value (a plaintext of an older Mamori is read as it is). */
export const openTotpSecret = (userId: string, stored: string, ring: Keyring = keyring()): string => open(ring, stored, context(userId));

/**
 * Encrypts every stored secret again with the current secrets key (all of them after a rotation,
 * `onlyPlaintext` for the plaintexts of an older Mamori). Returns how many users changed.
 */
export async function resealTotpSecrets(tx: Tx, opts: { onlyPlaintext: boolean }, ring: Keyring = keyring()): Promise<number> {
  let changed = 0;
  for (const row of await listStoredTotpSecrets(tx)) {
    const again = (stored: string | null) =>
      stored === null || (opts.onlyPlaintext && isSealed(stored))
        ? stored
        : sealTotpSecret(row.id, openTotpSecret(row.id, stored, ring), ring);
    const totpSecret = again(row.totpSecret);
    const totpPendingSecret = again(row.totpPendingSecret);
    if (totpSecret === row.totpSecret && totpPendingSecret === row.totpPendingSecret) continue;
    await updateUser(tx, row.id, { totpSecret, totpPendingSecret });
    changed += 1;
  }
  return changed;
}
