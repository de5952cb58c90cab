// /api/audit (system administrator) and /api/orgs/:orgId/audit (the organisation's administrators),
// each with /checkpoint: a signed checkpoint to download and keep outside Mamori.
import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { requireAuth } from '../../http/request.ts';
import { listAudit } from './audit.service.ts';
import { exportCheckpoint } from './export-checkpoint.ts';

const checkpointDownload = async (c: Context<AppEnv>, orgId: string | null) => {
  const { fileName, checkpoint } = await exportCheckpoint(c.get('deps'), requireAuth(c), orgId);
  c.header('content-disposition', `attachment; filename="${fileName}"`);
  return c.json(checkpoint);
};

export const auditRoutes = new Hono<AppEnv>()
  .get('/audit', async (c) => c.json(await listAudit(c.get('deps'), requireAuth(c), null, c.req.query())))
  .get('/audit/checkpoint', (c) => checkpointDownload(c, null))
  .get('/orgs/:orgId/audit', async (c) => c.json(await listAudit(c.get('deps'), requireAuth(c), c.req.param('orgId'), c.req.query())))
  .get('/orgs/:orgId/audit/checkpoint', (c) => checkpointDownload(c, c.req.param('orgId')));
