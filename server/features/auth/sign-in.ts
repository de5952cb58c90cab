// Use case: sign in with login ID and password. Returns a session at the stage the user must go on
// from: TOTP, MFA enrolment (an organisation requires it), or fully signed in.
import type { Deps } from '../../deps.ts';
import { AppError } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.record.ts';
import { mfaRequiredFor } from '../orgs/memberships.repo.ts';
import { type ClientMeta, createSession, type SessionStage } from '../sessions/sessions.service.ts';
import { findUserByLogin, type UserRow, updateUser } from '../users/users.repo.ts';
import { lockUntilAfterFailure, minutesLeft } from './lockout.ts';
import { burnVerify, verifyPassword } from './password-hash.ts';

export interface SignInResult {
  token: string;
  stage: SessionStage;
  user: UserRow;
}

export const invalidCredentials = () => new AppError('INVALID_CREDENTIALS', 'ログインIDまたはパスワードが正しくありません。');

export function assertNotLocked(user: UserRow, now: Date): void {
  if (user.lockedUntil && user.lockedUntil > now) {
    throw new AppError(
      'LOCKED',
      `ログインの失敗が続いたため、アカウントを一時的にロックしています。${minutesLeft(user.lockedUntil, now)} 分後に再試行するか、管理者にパスワードの再設定を依頼してください。`,
    );
  }
}

/** Counts a failed attempt (password or second factor) and audits it. */
export async function recordFailure(deps: Deps, user: UserRow, meta: ClientMeta, reason: string): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const failedAttempts = user.failedAttempts + 1;
    const lockedUntil = lockUntilAfterFailure(failedAttempts, now);
    await updateUser(tx, user.id, { failedAttempts, lockedUntil });
    const actor = { userId: user.id, label: user.loginId, clientAddress: meta.clientAddress };
    await recordAudit(
      tx,
      actor,
      {
        action: 'auth.sign_in_failed',
        targetType: 'user',
        targetId: user.id,
        after: { reason, failedAttempts, locked: lockedUntil !== null },
      },
      now,
    );
  });
}

export async function signIn(deps: Deps, input: { loginId: string; password: string }, meta: ClientMeta): Promise<SignInResult> {
  const now = deps.clock.now();
  const user = await findUserByLogin(deps.db, input.loginId.normalize('NFKC').trim());
  if (!user || user.disabledAt) {
    await burnVerify(input.password);
    throw invalidCredentials();
  }
  assertNotLocked(user, now);
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    await recordFailure(deps, user, meta, 'password');
    throw invalidCredentials();
  }
  let stage: SessionStage = 'full';
  if (user.totpEnabledAt) stage = 'mfa';
  else if (await mfaRequiredFor(deps.db, user.id)) stage = 'enrol';
  if (stage === 'full') await completeSignIn(deps, user, meta);
  const token = await createSession(deps, user, stage, meta);
  return { token, stage, user };
}

/** Resets the failure counter and audits a successful sign-in. */
export async function completeSignIn(deps: Deps, user: UserRow, meta: ClientMeta): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await updateUser(tx, user.id, { failedAttempts: 0, lockedUntil: null, lastLoginAt: now });
    const actor = { userId: user.id, label: user.loginId, clientAddress: meta.clientAddress };
    await recordAudit(tx, actor, { action: 'auth.signed_in', targetType: 'user', targetId: user.id }, now);
  });
}
