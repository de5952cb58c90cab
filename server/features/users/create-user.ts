// Use case: create a user (system administrator, the first-start set-up, the CLI, or an organisation's
// administrator adding a member). Without a password a temporary one is generated and returned once.
import type { Role } from '../../../domain/roles.ts';
import { newUserSchema } from '../../../domain/user.ts';
import type { Tx } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError } from '../../lib/errors.ts';
import { parseInput } from '../../lib/validate.ts';
import { recordAudit } from '../audit/audit.record.ts';
import { hashPassword } from '../auth/password-hash.ts';
import { upsertMembership } from '../orgs/memberships.repo.ts';
import { acceptNewPassword, rememberPassword } from './new-password.ts';
import { newTemporaryPassword } from './temp-password.ts';
import { presentUser } from './users.present.ts';
import { findUserByLogin, insertUser } from './users.repo.ts';

export interface CreatedUser {
  user: ReturnType<typeof presentUser>;
  /** only when generated: shown once to the administrator */
  temporaryPassword?: string;
}

export async function createUserAs<T = never>(
  deps: Deps,
  actor: Actor,
  raw: unknown,
  membership?: { organizationId: string; role: Role },
  tx?: Tx,
  /** instead of refusing a login ID that is taken (an organisation's administrator invites it instead) */
  onTaken?: (t: Tx) => Promise<T>,
): Promise<CreatedUser | T> {
  const input = parseInput(newUserSchema, raw);
  const temporaryPassword = input.password ? undefined : newTemporaryPassword();
  const password = input.password ?? (temporaryPassword as string);
  // a chosen password meets the rule without MFA (none is set up yet); a generated one is random
  if (input.password)
    await acceptNewPassword(deps.db, password, { loginId: input.loginId, displayName: input.displayName, mfaEnabled: false }, 'password');
  const passwordHash = await hashPassword(password);
  const run = async (t: Tx) => {
    if (await findUserByLogin(t, input.loginId)) {
      if (onTaken) return onTaken(t);
      throw new AppError('CONFLICT', `ログインID ${input.loginId} は既に使われています。`, {
        fields: [{ field: 'loginId', message: 'このログインIDは既に使われています' }],
      });
    }
    const now = deps.clock.now();
    const user = await insertUser(t, {
      loginId: input.loginId,
      displayName: input.displayName,
      passwordHash,
      passwordShort: false,
      mustChangePassword: temporaryPassword !== undefined,
      isSystemAdmin: input.isSystemAdmin ?? false,
      createdAt: now,
      updatedAt: now,
    });
    await rememberPassword(t, user.id, passwordHash, now);
    await recordAudit(
      t,
      actor,
      {
        organizationId: membership?.organizationId ?? null,
        action: 'user.created',
        targetType: 'user',
        targetId: user.id,
        after: presentUser(user),
      },
      now,
    );
    if (membership) {
      await upsertMembership(t, membership.organizationId, user.id, membership.role);
      await recordAudit(
        t,
        actor,
        {
          organizationId: membership.organizationId,
          action: 'member.added',
          targetType: 'user',
          targetId: user.id,
          after: { loginId: user.loginId, role: membership.role },
        },
        now,
      );
    }
    return { user: presentUser(user), temporaryPassword };
  };
  return tx ? run(tx) : deps.db.transaction(run);
}
