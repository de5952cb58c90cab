// Use cases for an organisation's members: list, add an existing user (system administrator; others
// invite, see invitations.service.ts), create a new user, change a role, remove. Only the
// organisation's administrators (or a system administrator) may do these.
import type { z } from 'zod';
import type { memberSchema, orgUserSchema, roleChangeSchema } from '../../../domain/user.ts';
import type { Tx } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.record.ts';
import type { Caller } from '../caller.ts';
import { createUserAs } from '../users/create-user.ts';
import { findUserById, findUserByLogin } from '../users/users.repo.ts';
import { inviteIn } from './invitations.service.ts';
import { countAdmins, deleteMembership, findMembership, listMembers, upsertMembership } from './memberships.repo.ts';
import { authorizeOrg, isUuid, requireDirectAdd } from './orgs.policy.ts';
import { presentMember } from './orgs.present.ts';

export async function listOrgMembers(deps: Deps, caller: Caller, orgId: string) {
  await authorizeOrg(deps.db, caller, orgId, 'org.manage');
  return (await listMembers(deps.db, orgId)).map(presentMember);
}

export async function addMember(deps: Deps, caller: Caller, orgId: string, input: z.output<typeof memberSchema>) {
  return deps.db.transaction(async (tx) => {
    await authorizeOrg(tx, caller, orgId, 'org.manage');
    requireDirectAdd(caller.user);
    const user = await findUserByLogin(tx, input.loginId);
    if (!user)
      throw new AppError('VALIDATION', `ログインID ${input.loginId} の利用者はいません。`, {
        fields: [{ field: 'loginId', message: 'この利用者はいません' }],
      });
    // a person at a vendor answers through invitations only; never a member of an institution
    if (user.kind !== 'staff')
      throw new AppError('VALIDATION', `ログインID ${input.loginId} は事業者の担当者のアカウントです。組織のメンバーにはできません。`, {
        fields: [{ field: 'loginId', message: '事業者の担当者のアカウントです' }],
      });
    const before = await findMembership(tx, orgId, user.id);
    await upsertMembership(tx, orgId, user.id, input.role);
    await recordAudit(
      tx,
      caller.actor,
      {
        organizationId: orgId,
        action: before ? 'member.role_changed' : 'member.added',
        targetType: 'user',
        targetId: user.id,
        before: before ? { role: before.role } : null,
        after: { loginId: user.loginId, role: input.role },
      },
      deps.clock.now(),
    );
    return { userId: user.id, loginId: user.loginId, role: input.role };
  });
}

export async function createOrgUser(deps: Deps, caller: Caller, orgId: string, input: z.output<typeof orgUserSchema>) {
  return deps.db.transaction(async (tx) => {
    await authorizeOrg(tx, caller, orgId, 'org.manage');
    const { role, ...user } = input;
    // a login ID that is taken becomes an invitation, answered as any invitation is: the form must not
    // tell whether an account has the ID (nor change that account)
    return createUserAs(deps, caller.actor, user, { organizationId: orgId, role }, tx, (t) =>
      inviteIn(t, deps, caller, orgId, { loginId: user.loginId, role }),
    );
  });
}

async function memberOrNotFound(tx: Tx, orgId: string, userId: string) {
  const membership = isUuid(userId) ? await findMembership(tx, orgId, userId) : undefined;
  const user = membership ? await findUserById(tx, userId) : undefined;
  if (!membership || !user) throw notFound('利用者');
  return { membership, user };
}

async function assertKeepsAnAdmin(tx: Tx, orgId: string, currentRole: string) {
  if (currentRole === 'admin' && (await countAdmins(tx, orgId)) <= 1) {
    throw new AppError('CONFLICT', '組織には少なくとも 1 人の管理者が必要です。先に別の管理者を追加してください。');
  }
}

export async function changeMemberRole(
  deps: Deps,
  caller: Caller,
  orgId: string,
  userId: string,
  input: z.output<typeof roleChangeSchema>,
) {
  return deps.db.transaction(async (tx) => {
    await authorizeOrg(tx, caller, orgId, 'org.manage');
    const { membership, user } = await memberOrNotFound(tx, orgId, userId);
    if (input.role !== 'admin') await assertKeepsAnAdmin(tx, orgId, membership.role);
    await upsertMembership(tx, orgId, userId, input.role);
    await recordAudit(
      tx,
      caller.actor,
      {
        organizationId: orgId,
        action: 'member.role_changed',
        targetType: 'user',
        targetId: userId,
        before: { role: membership.role },
        after: { loginId: user.loginId, role: input.role },
      },
      deps.clock.now(),
    );
    return { userId, loginId: user.loginId, role: input.role };
  });
}

export async function removeMember(deps: Deps, caller: Caller, orgId: string, userId: string) {
  return deps.db.transaction(async (tx) => {
    await authorizeOrg(tx, caller, orgId, 'org.manage');
    const { membership, user } = await memberOrNotFound(tx, orgId, userId);
    await assertKeepsAnAdmin(tx, orgId, membership.role);
    await deleteMembership(tx, orgId, userId);
    await recordAudit(
      tx,
      caller.actor,
      {
        organizationId: orgId,
        action: 'member.removed',
        targetType: 'user',
        targetId: userId,
        before: { loginId: user.loginId, role: membership.role },
      },
      deps.clock.now(),
    );
    return { removed: true };
  });
}
