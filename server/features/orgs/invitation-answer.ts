// Use cases of the person invited: see their open invitations, accept (becoming a member) or decline.
// Accepting is atomic: the invitation is ended by one conditional UPDATE and the membership inserted
// in the same transaction, so two parallel accepts make one membership.
import { loginKey } from '../../../domain/user.ts';
import type { Tx } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.record.ts';
import type { Caller } from '../caller.ts';
import { endInvitation, type InvitationEnd, listOpenInvitationsFor } from './invitations.repo.ts';
import { endedError } from './invitations.service.ts';
import { insertMembershipIfAbsent } from './memberships.repo.ts';
import { invitationOf } from './orgs.policy.ts';
import { presentOwnInvitation } from './orgs.present.ts';
import { findOrgWithRole } from './orgs.repo.ts';

export async function listOwnInvitations(deps: Deps, caller: Caller) {
  return (await listOpenInvitationsFor(deps.db, loginKey(caller.user.loginId), deps.clock.now())).map(presentOwnInvitation);
}

/** Ends the caller's invitation with their answer; throws the reason when it is no longer open. */
async function answer(tx: Tx, deps: Deps, caller: Caller, orgId: string, invitationId: string, end: InvitationEnd) {
  await invitationOf(tx, caller.user, orgId, invitationId);
  const row = await endInvitation(tx, orgId, invitationId, end, deps.clock.now());
  if (!row) throw await endedError(tx, deps, orgId, invitationId);
  return row;
}

export async function acceptInvitation(deps: Deps, caller: Caller, orgId: string, invitationId: string) {
  return deps.db.transaction(async (tx) => {
    const invitation = await answer(tx, deps, caller, orgId, invitationId, 'accepted');
    const found = await findOrgWithRole(tx, orgId, caller.user.id);
    if (!found) throw new Error('an invitation without its organisation');
    // joining must never change how one signs in: an organisation requiring MFA is joined with MFA set up
    if (found.org.requireMfa && !caller.user.totpEnabledAt) {
      throw new AppError(
        'CONFLICT',
        `「${found.org.name}」は二要素認証を必須にしています。先にアカウント画面で二要素認証を設定してから承諾してください。`,
        { details: { mfaRequired: true } },
      );
    }
    const role = invitation.role;
    const added = await insertMembershipIfAbsent(tx, orgId, caller.user.id, role);
    await recordAudit(
      tx,
      caller.actor,
      {
        organizationId: orgId,
        action: added ? 'member.added' : 'member.invitation_accepted',
        targetType: 'user',
        targetId: caller.user.id,
        after: { loginId: caller.user.loginId, role: added ? role : found.role, invitationId, invitedBy: invitation.invitedBy },
      },
      deps.clock.now(),
    );
    const { id, slug, name, kind } = found.org;
    return { organization: { id, slug, name, kind, role: added ? role : (found.role ?? role) } };
  });
}

export async function declineInvitation(deps: Deps, caller: Caller, orgId: string, invitationId: string) {
  return deps.db.transaction(async (tx) => {
    const invitation = await answer(tx, deps, caller, orgId, invitationId, 'declined');
    await recordAudit(
      tx,
      caller.actor,
      {
        organizationId: orgId,
        action: 'member.invitation_declined',
        targetType: 'invitation',
        targetId: invitation.id,
        after: { loginId: invitation.loginKey, role: invitation.role },
      },
      deps.clock.now(),
    );
    return { declined: true };
  });
}
