// Use cases of an organisation's administrators for invitations: invite a login ID, list, revoke.
// Inviting never looks the login ID up among the accounts: the answer, the stored row and the audit
// event are the same whether an account has the ID or not (one may be created with it later).

import type { z } from 'zod';
import type { Role } from '../../../domain/roles.ts';
import { loginKey, type memberSchema } from '../../../domain/user.ts';
import type { Tx } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.record.ts';
import type { Caller } from '../caller.ts';
import { endInvitation, findInvitation, listOrgInvitations, upsertOpenInvitation } from './invitations.repo.ts';
import { isMemberByLoginKey } from './memberships.repo.ts';
import { authorizeOrg, isUuid } from './orgs.policy.ts';
import { type InvitationStatus, invitationStatus, presentInvitation } from './orgs.present.ts';

export const INVITATION_DAYS = 7;
export const INVITED_MESSAGE = '招待を送りました。相手が承諾するとメンバーになります。';

/** Opens (or renews) the invitation inside the caller's transaction; the caller has been authorised. */
export async function inviteIn(tx: Tx, deps: Deps, caller: Caller, orgId: string, input: { loginId: string; role: Role }) {
  const key = loginKey(input.loginId);
  if (await isMemberByLoginKey(tx, orgId, key)) {
    throw new AppError('CONFLICT', `ログインID ${input.loginId} は既にこの組織のメンバーです。`, {
      fields: [{ field: 'loginId', message: '既にこの組織のメンバーです' }],
    });
  }
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000);
  const row = await upsertOpenInvitation(tx, {
    organizationId: orgId,
    loginKey: key,
    role: input.role,
    invitedBy: caller.user.id,
    createdAt: now,
    expiresAt,
  });
  await recordAudit(
    tx,
    caller.actor,
    {
      organizationId: orgId,
      action: 'member.invited',
      targetType: 'invitation',
      targetId: row.id,
      after: { loginId: key, role: input.role, expiresAt: expiresAt.toISOString() },
    },
    now,
  );
  return { message: INVITED_MESSAGE, invitation: presentInvitation(row, caller.user.displayName, now) };
}

export async function inviteMember(deps: Deps, caller: Caller, orgId: string, input: z.output<typeof memberSchema>) {
  return deps.db.transaction(async (tx) => {
    await authorizeOrg(tx, caller, orgId, 'org.manage');
    return inviteIn(tx, deps, caller, orgId, input);
  });
}

export async function listInvitations(deps: Deps, caller: Caller, orgId: string) {
  await authorizeOrg(deps.db, caller, orgId, 'org.manage');
  const now = deps.clock.now();
  return (await listOrgInvitations(deps.db, orgId, now)).map((r) => presentInvitation(r.invitation, r.invitedBy, now));
}

const ENDED: Record<InvitationStatus, string> = {
  pending: 'この招待は今は変更できません。画面を再読み込みしてください。',
  accepted: 'この招待は既に承諾されています。',
  declined: 'この招待は既に辞退されています。',
  revoked: 'この招待は取り消されています。',
  expired: 'この招待は有効期限が切れています。組織の管理者に招待し直してもらってください。',
};

/** Why an invitation can no longer be answered (or revoked): it is not pending any more. */
export async function endedError(tx: Tx, deps: Deps, orgId: string, id: string): Promise<AppError> {
  const row = await findInvitation(tx, orgId, id);
  const status = row ? invitationStatus(row, deps.clock.now()) : 'revoked';
  return new AppError('CONFLICT', ENDED[status]);
}

export async function revokeInvitation(deps: Deps, caller: Caller, orgId: string, invitationId: string) {
  return deps.db.transaction(async (tx) => {
    await authorizeOrg(tx, caller, orgId, 'org.manage');
    if (!isUuid(invitationId) || !(await findInvitation(tx, orgId, invitationId))) throw notFound('招待');
    const now = deps.clock.now();
    const row = await endInvitation(tx, orgId, invitationId, 'revoked', now);
    if (!row) throw await endedError(tx, deps, orgId, invitationId);
    await recordAudit(
      tx,
      caller.actor,
      {
        organizationId: orgId,
        action: 'member.invitation_revoked',
        targetType: 'invitation',
        targetId: row.id,
        before: { loginId: row.loginKey, role: row.role },
      },
      now,
    );
    return { revoked: true };
  });
}
