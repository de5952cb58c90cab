// Use cases for users across organisations: list and create (system administrator), reset a password.
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.record.ts';
import { loginCounterKey } from '../auth/login-key.ts';
import { hashPassword } from '../auth/password-hash.ts';
import { resetLoginCounter } from '../auth/sign-in-counters.repo.ts';
import type { Caller } from '../caller.ts';
import { listMembershipsOfUser } from '../orgs/memberships.repo.ts';
import { isUuid, requireSystemAdmin } from '../orgs/orgs.policy.ts';
import { deleteUserSessions } from '../sessions/sessions.repo.ts';
import { createUserAs } from './create-user.ts';
import { rememberPassword } from './new-password.ts';
import { newTemporaryPassword } from './temp-password.ts';
import { mayResetPassword } from './users.policy.ts';
import { presentUser } from './users.present.ts';
import { findUserById, findUserByLogin, listAllUsers, replaceRecoveryCodes, type UserRow, updateUser } from './users.repo.ts';

export async function listUsers(deps: Deps, caller: Caller) {
  requireSystemAdmin(caller.user);
  return (await listAllUsers(deps.db)).map(presentUser);
}

export async function createUser(deps: Deps, caller: Caller, raw: unknown) {
  requireSystemAdmin(caller.user);
  return createUserAs(deps, caller.actor, raw);
}

/**
 * Gives a user a new temporary password (shown once), unlocks the account and ends their sessions;
 * with resetMfa the second factor is removed too (a lost phone). The user must change it at sign-in.
 */
export async function resetPasswordAs(deps: Deps, actor: Actor, target: UserRow, opts: { resetMfa?: boolean } = {}) {
  const temporaryPassword = newTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const mfa = opts.resetMfa ? { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null } : {};
    await resetLoginCounter(tx, loginCounterKey(target.loginId), target.id); // unlocks the login ID
    const user = await updateUser(tx, target.id, {
      passwordHash,
      passwordShort: false,
      mustChangePassword: true,
      updatedAt: now,
      ...mfa,
    });
    await rememberPassword(tx, target.id, passwordHash, now);
    if (opts.resetMfa) await replaceRecoveryCodes(tx, target.id, []);
    const ended = await deleteUserSessions(tx, target.id);
    const orgs = await listMembershipsOfUser(tx, target.id);
    for (const organizationId of [null, ...orgs.map((o) => o.organizationId)]) {
      await recordAudit(
        tx,
        actor,
        {
          organizationId,
          action: 'user.password_reset',
          targetType: 'user',
          targetId: target.id,
          after: { loginId: target.loginId, resetMfa: !!opts.resetMfa, sessionsEnded: ended },
        },
        now,
      );
    }
    return { user: presentUser(user), temporaryPassword };
  });
}

export async function resetPassword(deps: Deps, caller: Caller, userId: string, opts: { resetMfa?: boolean }) {
  const target = isUuid(userId) ? await findUserById(deps.db, userId) : undefined;
  const decision = target ? await mayResetPassword(deps.db, caller.user, target) : 'hidden';
  if (!target || decision === 'hidden') throw notFound('利用者');
  if (decision === 'system_admin') throw new AppError('FORBIDDEN', 'システム管理者のパスワードは、別のシステム管理者が再設定します。');
  if (decision === 'other_organisation') {
    throw new AppError('FORBIDDEN', 'この利用者はほかの組織にも所属しているため、システム管理者にパスワードの再設定を依頼してください。');
  }
  return resetPasswordAs(deps, caller.actor, target, opts);
}

export const findUserForCli = async (deps: Deps, loginId: string) => {
  const user = await findUserByLogin(deps.db, loginId);
  if (!user) throw notFound(`ログインID ${loginId} の利用者`);
  return user;
};
