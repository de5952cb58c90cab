// /api/audit (system administrator) and /api/orgs/:orgId/audit (the organisation's administrators).
import { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { requireAuth } from '../../http/request.ts';
import { listAudit } from './audit.service.ts';

export const auditRoutes = new Hono<AppEnv>()
  .get('/audit', async (c) => c.json(await listAudit(c.get('deps'), requireAuth(c), null, c.req.query())))
  .get('/orgs/:orgId/audit', async (c) => c.json(await listAudit(c.get('deps'), requireAuth(c), c.req.param('orgId'), c.req.query())));
