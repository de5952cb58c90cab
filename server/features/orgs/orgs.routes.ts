// /api/orgs: organisations, their members and invitations (and the caller's own invitations).
import { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { jsonBody, requireAuth } from '../../http/request.ts';
import { acceptInvitation, declineInvitation, listOwnInvitations } from './invitation-answer.ts';
import { inviteMember, listInvitations, revokeInvitation } from './invitations.service.ts';
import { addMember, changeMemberRole, createOrgUser, listOrgMembers, removeMember } from './members.service.ts';
import { createOrganization, getOrganization, listOrganizations, updateOrganization } from './orgs.service.ts';

export const orgRoutes = new Hono<AppEnv>()
  .get('/', async (c) => c.json({ organizations: await listOrganizations(c.get('deps'), requireAuth(c)) }))
  // before '/:orgId': the invitations addressed to the caller, in any organisation
  .get('/invitations', async (c) => c.json({ invitations: await listOwnInvitations(c.get('deps'), requireAuth(c)) }))
  .post('/', async (c) => c.json(await createOrganization(c.get('deps'), requireAuth(c), await jsonBody(c)), 201))
  .get('/:orgId', async (c) => c.json(await getOrganization(c.get('deps'), requireAuth(c), c.req.param('orgId'))))
  .patch('/:orgId', async (c) => c.json(await updateOrganization(c.get('deps'), requireAuth(c), c.req.param('orgId'), await jsonBody(c))))
  .get('/:orgId/members', async (c) => c.json({ members: await listOrgMembers(c.get('deps'), requireAuth(c), c.req.param('orgId')) }))
  .post('/:orgId/members', async (c) =>
    c.json(await addMember(c.get('deps'), requireAuth(c), c.req.param('orgId'), await jsonBody(c)), 201),
  )
  .post('/:orgId/users', async (c) => {
    const result = await createOrgUser(c.get('deps'), requireAuth(c), c.req.param('orgId'), await jsonBody(c));
    return c.json(result, 'invitation' in result ? 202 : 201);
  })
  .get('/:orgId/invitations', async (c) =>
    c.json({ invitations: await listInvitations(c.get('deps'), requireAuth(c), c.req.param('orgId')) }),
  )
  .post('/:orgId/invitations', async (c) =>
    c.json(await inviteMember(c.get('deps'), requireAuth(c), c.req.param('orgId'), await jsonBody(c)), 202),
  )
  .delete('/:orgId/invitations/:invitationId', async (c) =>
    c.json(await revokeInvitation(c.get('deps'), requireAuth(c), c.req.param('orgId'), c.req.param('invitationId'))),
  )
  .post('/:orgId/invitations/:invitationId/accept', async (c) =>
    c.json(await acceptInvitation(c.get('deps'), requireAuth(c), c.req.param('orgId'), c.req.param('invitationId'))),
  )
  .post('/:orgId/invitations/:invitationId/decline', async (c) =>
    c.json(await declineInvitation(c.get('deps'), requireAuth(c), c.req.param('orgId'), c.req.param('invitationId'))),
  )
  .patch('/:orgId/members/:userId', async (c) =>
    c.json(await changeMemberRole(c.get('deps'), requireAuth(c), c.req.param('orgId'), c.req.param('userId'), await jsonBody(c))),
  )
  .delete('/:orgId/members/:userId', async (c) =>
    c.json(await removeMember(c.get('deps'), requireAuth(c), c.req.param('orgId'), c.req.param('userId'))),
  );
