// The web client's calls of the orgs area (see ../api.ts).
import type { Role } from '../../../domain/roles.ts';
import type { OrgInput } from '../api-answers.ts';
import { client, params } from '../api-client.ts';
import { call } from '../api-core.ts';

const orgs = client.api.orgs;
const org = client.api.orgs[':orgId'];

export const orgsApi = {
  listOrgs: () => call(() => orgs.$get()),
  /** a missing slug is named by the server */
  createOrg: (body: OrgInput) => call(() => orgs.$post({ json: { ...body, slug: body.slug ?? '' } })),
  getOrg: (orgId: string) => call(() => org.$get({ param: params({ orgId }) })),
  updateOrg: (orgId: string, body: Omit<OrgInput, 'slug'>) => call(() => org.$patch({ param: params({ orgId }), json: body })),
  listMembers: (orgId: string) => call(() => org.members.$get({ param: params({ orgId }) })),
  addMember: (orgId: string, body: { loginId: string; role: Role }) =>
    call(() => org.members.$post({ param: params({ orgId }), json: body })),
  /** a login ID that is taken is invited instead (the answer does not tell) */
  createOrgUser: (orgId: string, body: { loginId: string; displayName: string; role: Role }) =>
    call(() => org.users.$post({ param: params({ orgId }), json: body })),
  invite: (orgId: string, body: { loginId: string; role: Role }) =>
    call(() => org.invitations.$post({ param: params({ orgId }), json: body })),
  listInvitations: (orgId: string) => call(() => org.invitations.$get({ param: params({ orgId }) })),
  revokeInvitation: (orgId: string, invitationId: string) =>
    call(() => org.invitations[':invitationId'].$delete({ param: params({ orgId, invitationId }) })),
  ownInvitations: () => call(() => orgs.invitations.$get()),
  acceptInvitation: (orgId: string, invitationId: string) =>
    call(() => org.invitations[':invitationId'].accept.$post({ param: params({ orgId, invitationId }) })),
  declineInvitation: (orgId: string, invitationId: string) =>
    call(() => org.invitations[':invitationId'].decline.$post({ param: params({ orgId, invitationId }) })),
  changeRole: (orgId: string, userId: string, role: Role) =>
    call(() => org.members[':userId'].$patch({ param: params({ orgId, userId }), json: { role } })),
  removeMember: (orgId: string, userId: string) => call(() => org.members[':userId'].$delete({ param: params({ orgId, userId }) })),
};
