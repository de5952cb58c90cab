// /api/orgs: organisations, their members and invitations (and the caller's own invitations).
import { contractRoutes } from '../../http/contract.ts';
import { requireAuth } from '../../http/request.ts';
import { acceptInvitation, declineInvitation, listOwnInvitations } from './invitation-answer.ts';
import { inviteMember, listInvitations, revokeInvitation } from './invitations.service.ts';
import { addMember, changeMemberRole, createOrgUser, listOrgMembers, removeMember } from './members.service.ts';
import { orgContract as api } from './orgs.contract.ts';
import { createOrganization, getOrganization, listOrganizations, updateOrganization } from './orgs.service.ts';

export const orgRoutes = contractRoutes()
  .openapi(api.list, async (c) => c.json({ organizations: await listOrganizations(c.get('deps'), requireAuth(c)) }, 200))
  // before '/{orgId}': the invitations addressed to the caller, in any organisation
  .openapi(api.ownInvitations, async (c) => c.json({ invitations: await listOwnInvitations(c.get('deps'), requireAuth(c)) }, 200))
  .openapi(api.create, async (c) => c.json(await createOrganization(c.get('deps'), requireAuth(c), c.req.valid('json')), 201))
  .openapi(api.get, async (c) => c.json(await getOrganization(c.get('deps'), requireAuth(c), c.req.valid('param').orgId), 200))
  .openapi(api.update, async (c) =>
    c.json(await updateOrganization(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('json')), 200),
  )
  .openapi(api.members, async (c) =>
    c.json({ members: await listOrgMembers(c.get('deps'), requireAuth(c), c.req.valid('param').orgId) }, 200),
  )
  .openapi(api.addMember, async (c) =>
    c.json(await addMember(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('json')), 201),
  )
  .openapi(api.createUser, async (c) => {
    const result = await createOrgUser(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('json'));
    return 'invitation' in result ? c.json(result, 202) : c.json(result, 201);
  })
  .openapi(api.invitations, async (c) =>
    c.json({ invitations: await listInvitations(c.get('deps'), requireAuth(c), c.req.valid('param').orgId) }, 200),
  )
  .openapi(api.invite, async (c) =>
    c.json(await inviteMember(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('json')), 202),
  )
  .openapi(api.revokeInvitation, async (c) => {
    const { orgId, invitationId } = c.req.valid('param');
    return c.json(await revokeInvitation(c.get('deps'), requireAuth(c), orgId, invitationId), 200);
  })
  .openapi(api.acceptInvitation, async (c) => {
    const { orgId, invitationId } = c.req.valid('param');
    return c.json(await acceptInvitation(c.get('deps'), requireAuth(c), orgId, invitationId), 200);
  })
  .openapi(api.declineInvitation, async (c) => {
    const { orgId, invitationId } = c.req.valid('param');
    return c.json(await declineInvitation(c.get('deps'), requireAuth(c), orgId, invitationId), 200);
  })
  .openapi(api.changeRole, async (c) => {
    const { orgId, userId } = c.req.valid('param');
    return c.json(await changeMemberRole(c.get('deps'), requireAuth(c), orgId, userId, c.req.valid('json')), 200);
  })
  .openapi(api.removeMember, async (c) => {
    const { orgId, userId } = c.req.valid('param');
    return c.json(await removeMember(c.get('deps'), requireAuth(c), orgId, userId), 200);
  });
