// What leaves the server about an organisation and its members.
import type { OrgKind } from '../../../domain/organization.ts';
import type { Role } from '../../../domain/roles.ts';
import type { InvitationRow } from './invitations.repo.ts';
import type { OrgRow } from './orgs.repo.ts';

export const presentOrg = (o: OrgRow, role: Role | null = null) => ({
  id: o.id,
  slug: o.slug,
  name: o.name,
  nameKana: o.nameKana,
  kind: o.kind,
  prefecture: o.prefecture,
  address: o.address,
  medicalInstitutionCode: o.medicalInstitutionCode,
  bedCount: o.bedCount,
  requireMfa: o.requireMfa,
  role,
  createdAt: o.createdAt.toISOString(),
  updatedAt: o.updatedAt.toISOString(),
});

export interface MemberView {
  userId: string;
  loginId: string;
  displayName: string;
  role: Role;
  mfaEnabled: boolean;
  disabled: boolean;
  joinedAt: Date;
}

export const presentMember = (m: MemberView) => ({ ...m, joinedAt: m.joinedAt.toISOString() });

export type InvitationStatus = 'pending' | 'accepted' | 'declined' | 'revoked' | 'expired';

export function invitationStatus(i: InvitationRow, now: Date): InvitationStatus {
  if (i.acceptedAt) return 'accepted';
  if (i.declinedAt) return 'declined';
  if (i.revokedAt) return 'revoked';
  return i.expiresAt > now ? 'pending' : 'expired';
}

/** For the organisation's administrators: the login ID as invited, never anything of the account it may name. */
export const presentInvitation = (i: InvitationRow, invitedBy: string | null, now: Date) => ({
  id: i.id,
  loginId: i.loginKey,
  role: i.role,
  invitedBy,
  createdAt: i.createdAt.toISOString(),
  expiresAt: i.expiresAt.toISOString(),
  status: invitationStatus(i, now),
});

/** For the person invited: which organisation, as what, by whom, until when, and whether it requires MFA. */
export const presentOwnInvitation = (r: {
  invitation: InvitationRow;
  invitedBy: string | null;
  org: { id: string; name: string; kind: OrgKind; requireMfa: boolean };
}) => ({
  id: r.invitation.id,
  organization: { id: r.org.id, name: r.org.name, kind: r.org.kind },
  role: r.invitation.role,
  invitedBy: r.invitedBy,
  createdAt: r.invitation.createdAt.toISOString(),
  expiresAt: r.invitation.expiresAt.toISOString(),
  requireMfa: r.org.requireMfa,
});
