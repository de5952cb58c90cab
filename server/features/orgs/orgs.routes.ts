// /api/orgs: organisations and their members.
import { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { jsonBody, requireAuth } from '../../http/request.ts';
import { addMember, changeMemberRole, createOrgUser, listOrgMembers, removeMember } from './members.service.ts';
import { createOrganization, getOrganization, listOrganizations, updateOrganization } from './orgs.service.ts';

export const orgRoutes = new Hono<AppEnv>()
  .get('/', async (c) => c.json({ organizations: await listOrganizations(c.get('deps'), requireAuth(c)) }))
  .post('/', async (c) => c.json(await createOrganization(c.get('deps'), requireAuth(c), await jsonBody(c)), 201))
  .get('/:orgId', async (c) => c.json(await getOrganization(c.get('deps'), requireAuth(c), c.req.param('orgId'))))
  .patch('/:orgId', async (c) => c.json(await updateOrganization(c.get('deps'), requireAuth(c), c.req.param('orgId'), await jsonBody(c))))
  .get('/:orgId/members', async (c) => c.json({ members: await listOrgMembers(c.get('deps'), requireAuth(c), c.req.param('orgId')) }))
  .post('/:orgId/members', async (c) =>
    c.json(await addMember(c.get('deps'), requireAuth(c), c.req.param('orgId'), await jsonBody(c)), 201),
  )
  .post('/:orgId/users', async (c) =>
    c.json(await createOrgUser(c.get('deps'), requireAuth(c), c.req.param('orgId'), await jsonBody(c)), 201),
  )
  .patch('/:orgId/members/:userId', async (c) =>
    c.json(await changeMemberRole(c.get('deps'), requireAuth(c), c.req.param('orgId'), c.req.param('userId'), await jsonBody(c))),
  )
  .delete('/:orgId/members/:userId', async (c) =>
    c.json(await removeMember(c.get('deps'), requireAuth(c), c.req.param('orgId'), c.req.param('userId'))),
  );
