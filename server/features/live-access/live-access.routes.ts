// /api/orgs/:orgId/live-access: an institution's 立入検査の閲覧許可.
import { contractRoutes } from '../../http/contract.ts';
import { requireAuth } from '../../http/request.ts';
import { liveAccessContract as api } from './live-access.contract.ts';
import { createGrant, listGrants, revokeGrantOf } from './live-access.service.ts';

export const liveAccessRoutes = contractRoutes()
  .openapi(api.list, async (c) => c.json(await listGrants(c.get('deps'), requireAuth(c), c.req.valid('param').orgId), 200))
  .openapi(api.create, async (c) =>
    c.json(await createGrant(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('json')), 201),
  )
  .openapi(api.revoke, async (c) => {
    const { orgId, grantId } = c.req.valid('param');
    return c.json(await revokeGrantOf(c.get('deps'), requireAuth(c), orgId, grantId), 200);
  });
