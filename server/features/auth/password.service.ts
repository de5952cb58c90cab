// Use case: a user changes their own password (required after an administrator's reset). Other
// sessions of the user are ended. No periodic change is asked for (GL 7.0 14.1.1).
import type { Deps } from '../../deps.ts';
import { AppError } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.record.ts';
import type { Caller } from '../caller.ts';
import { deleteUserSessions } from '../sessions/sessions.repo.ts';
import { acceptNewPassword, rememberPassword } from '../users/new-password.ts';
import { updateUser } from '../users/users.repo.ts';
import { hashPassword, verifyPassword } from './password-hash.ts';

export async function changePassword(
  deps: Deps,
  caller: Caller,
  sessionId: string,
  input: { currentPassword: string; newPassword: string },
) {
  const { user } = caller;
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('VALIDATION', '現在のパスワードが正しくありません。', {
      fields: [{ field: 'currentPassword', message: '現在のパスワードが正しくありません' }],
    });
  }
  const owner = {
    userId: user.id,
    currentHash: user.passwordHash,
    loginId: user.loginId,
    displayName: user.displayName,
    mfaEnabled: user.totpEnabledAt !== null,
  };
  const check = await acceptNewPassword(deps.db, input.newPassword, owner, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    await updateUser(tx, user.id, { passwordHash, passwordShort: check.short, mustChangePassword: false, updatedAt: now });
    await rememberPassword(tx, user.id, passwordHash, now);
    const ended = await deleteUserSessions(tx, user.id, sessionId);
    await recordAudit(
      tx,
      caller.actor,
      { action: 'user.password_changed', targetType: 'user', targetId: user.id, after: { otherSessionsEnded: ended } },
      now,
    );
    return { otherSessionsEnded: ended };
  });
}

export async function signOutEverywhere(deps: Deps, caller: Caller) {
  return deps.db.transaction(async (tx) => {
    const ended = await deleteUserSessions(tx, caller.user.id);
    await recordAudit(
      tx,
      caller.actor,
      { action: 'auth.signed_out_everywhere', targetType: 'user', targetId: caller.user.id, after: { sessionsEnded: ended } },
      deps.clock.now(),
    );
    return { sessionsEnded: ended };
  });
}
