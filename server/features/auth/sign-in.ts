// Use case: sign in with login ID and password. Returns a session at the stage the user must go on
// from: TOTP, MFA enrolment (an organisation requires it), or fully signed in.
// Every attempt first takes a slot from its client address and one from its login ID, atomically in
// the database, and only then is a password checked: parallel attempts can never check more than the
// allowed failures. A login ID that does not exist (or is disabled) takes the same path — the same
// queries, one password hash check, the same answers and the same lock-out — so none of it tells
// whether an ID exists.
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.record.ts';
import { mfaRequiredFor } from '../orgs/memberships.repo.ts';
import { type ClientMeta, createSession, type SessionStage } from '../sessions/sessions.service.ts';
import { findUserByLogin, type UserRow, updateUser } from '../users/users.repo.ts';
import { reserveAddressSlot } from './address-throttle.ts';
import { minutesLeft } from './lockout.ts';
import { loginCounterKey } from './login-key.ts';
import { burnVerify, verifyPassword } from './password-hash.ts';
import { type LoginCounter, lockedUntilOf, releaseLoginAttempts, reserveLoginAttempt, resetLoginCounter } from './sign-in-counters.repo.ts';

export interface SignInResult {
  token: string;
  stage: SessionStage;
  user: UserRow;
}

export const invalidCredentials = () => new AppError('INVALID_CREDENTIALS', 'ログインIDまたはパスワードが正しくありません。');

function locked(lockedUntil: Date, now: Date): AppError {
  return new AppError(
    'LOCKED',
    `ログインの失敗が続いたため、アカウントを一時的にロックしています。${minutesLeft(lockedUntil, now)} 分後に再試行するか、管理者にパスワードの再設定を依頼してください。`,
    { retryAfterSeconds: Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000)) },
  );
}

export function assertNotLocked(user: UserRow, now: Date): void {
  if (user.lockedUntil && user.lockedUntil > now) throw locked(user.lockedUntil, now);
}

/** Who failed: a user, or a login ID that names none (the target is its keyed hash, never the typed ID). */
const failureActor = (user: UserRow | undefined, meta: ClientMeta): Actor =>
  user
    ? { userId: user.id, label: user.loginId, clientAddress: meta.clientAddress }
    : { userId: null, label: '(登録のないログインID)', clientAddress: meta.clientAddress };

async function auditFailure(deps: Deps, user: UserRow | undefined, key: string, meta: ClientMeta, counter: LoginCounter, reason: string) {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await recordAudit(
      tx,
      failureActor(user, meta),
      {
        action: 'auth.sign_in_failed',
        targetType: user ? 'user' : 'login',
        targetId: user ? user.id : key.slice(0, 16),
        after: { reason, failedAttempts: counter.failedAttempts, locked: counter.lockedUntil !== null },
      },
      now,
    );
  });
}

export interface SecondFactorAttempt {
  /** the code was wrong: the reserved slot stays counted, and the failure is audited */
  failed(): Promise<void>;
}

/**
 * Reserves a failure slot (atomically, like a password attempt) before a second-factor code is
 * checked, so that parallel guesses get no more than the allowed failures; throws LOCKED when none is
 * left. On success completeSignIn resets the counter.
 */
export async function reserveSecondFactorAttempt(deps: Deps, user: UserRow, meta: ClientMeta): Promise<SecondFactorAttempt> {
  const key = loginCounterKey(user.loginId);
  const now = deps.clock.now();
  const counter = await reserveLoginAttempt(deps.db, key, user.id, now);
  if (!counter) throw locked((await lockedUntilOf(deps.db, key)) ?? now, now);
  return { failed: () => auditFailure(deps, user, key, meta, counter, 'second_factor') };
}

export async function signIn(deps: Deps, input: { loginId: string; password: string }, meta: ClientMeta): Promise<SignInResult> {
  const now = deps.clock.now();
  const address = await reserveAddressSlot(deps, meta.clientAddress, now);
  const loginId = input.loginId.normalize('NFKC').trim();
  const found = await findUserByLogin(deps.db, loginId);
  const key = loginCounterKey(loginId);
  const counter = await reserveLoginAttempt(deps.db, key, found?.id ?? null, now);
  if (!counter) {
    await address.refund(); // refused without checking a password: no guess was spent
    throw locked((await lockedUntilOf(deps.db, key)) ?? now, now);
  }
  const user = found && !found.disabledAt ? found : undefined;
  const ok = user ? await verifyPassword(user.passwordHash, input.password) : await burnVerify(input.password);
  if (!user || !ok) {
    await auditFailure(deps, found, key, meta, counter, 'password');
    throw invalidCredentials();
  }
  await address.refund();
  let stage: SessionStage = 'full';
  if (user.totpEnabledAt) stage = 'mfa';
  else if (await mfaRequiredFor(deps.db, user.id)) stage = 'enrol';
  if (stage === 'full') await finishSignIn(deps, user, meta, counter.failedAttempts, counter.lockedUntil);
  // the password was right: its own slot is given back; the rest waits for the second factor
  else await releaseLoginAttempts(deps.db, key, user.id, 1, counter.lockedUntil);
  const token = await createSession(deps, user, stage, meta);
  return { token, stage, user };
}

/** A full sign-in: gives back the slots up to this attempt's and audits it. */
async function finishSignIn(deps: Deps, user: UserRow, meta: ClientMeta, reserved: number, ownLock: Date | null) {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await releaseLoginAttempts(tx, loginCounterKey(user.loginId), user.id, reserved, ownLock);
    await updateUser(tx, user.id, { lastLoginAt: now });
    const actor = { userId: user.id, label: user.loginId, clientAddress: meta.clientAddress };
    await recordAudit(tx, actor, { action: 'auth.signed_in', targetType: 'user', targetId: user.id }, now);
  });
}

/** Resets the failure counter and audits a successful sign-in (after the second factor or enrolment). */
export async function completeSignIn(deps: Deps, user: UserRow, meta: ClientMeta): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await resetLoginCounter(tx, loginCounterKey(user.loginId), user.id);
    await updateUser(tx, user.id, { lastLoginAt: now });
    const actor = { userId: user.id, label: user.loginId, clientAddress: meta.clientAddress };
    await recordAudit(tx, actor, { action: 'auth.signed_in', targetType: 'user', targetId: user.id }, now);
  });
}
