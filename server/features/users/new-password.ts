// Every password a person chooses goes through here (first administrator, a new user, one's own
// change): the guideline's rule with Mamori's additions (domain/password-policy.ts, the shipped list
// of common passwords) and no reuse of the last PASSWORD_HISTORY passwords. Every hash set is
// remembered in the same transaction as the change.
import { checkPassword, PASSWORD_HISTORY, REUSED_MESSAGE } from '../../../domain/password-policy.ts';
import type { Db, Tx } from '../../db/client.ts';
import { AppError } from '../../lib/errors.ts';
import { commonPasswords } from '../auth/common-passwords.ts';
import { verifyPassword } from '../auth/password-hash.ts';
import { addPasswordToHistory, recentPasswordHashes } from './password-history.repo.ts';

export interface PasswordOwner {
  /** an existing user: their last passwords may not be used again */
  userId?: string;
  /** the stored hash of the current password (also refused when the history misses it) */
  currentHash?: string;
  loginId: string;
  displayName: string;
  mfaEnabled: boolean;
}

const refused = (field: string, message: string) => new AppError('VALIDATION', message, { fields: [{ field, message }] });

/** Refuses a password that breaks the rule or was used lately, naming the reason on the field. */
export async function acceptNewPassword(db: Db, password: string, owner: PasswordOwner, field: string): Promise<{ short: boolean }> {
  const check = checkPassword(password, {
    mfaEnabled: owner.mfaEnabled,
    loginId: owner.loginId,
    displayName: owner.displayName,
    common: commonPasswords(),
  });
  if (!check.ok) throw refused(field, check.message ?? '');
  if (owner.userId) {
    const hashes = new Set(await recentPasswordHashes(db, owner.userId, PASSWORD_HISTORY));
    if (owner.currentHash) hashes.add(owner.currentHash);
    const used = await Promise.all([...hashes].map((hash) => verifyPassword(hash, password)));
    if (used.some(Boolean)) throw refused(field, REUSED_MESSAGE);
  }
  return { short: check.short };
}

export const rememberPassword = (tx: Tx, userId: string, passwordHash: string, now: Date): Promise<void> =>
  addPasswordToHistory(tx, userId, passwordHash, now, PASSWORD_HISTORY);
