// /api/audit (system administrator) and /api/orgs/:orgId/audit (the organisation's administrators),
// each with /checkpoint: a signed checkpoint to download and keep outside Mamori.
import type { Context } from 'hono';
import { contractRoutes } from '../../http/contract.ts';
import type { AppEnv } from '../../http/env.ts';
import { requireAuth } from '../../http/request.ts';
import { auditContract as api } from './audit.contract.ts';
import { listAudit } from './audit.service.ts';
import { exportCheckpoint } from './export-checkpoint.ts';

const checkpointDownload = async (c: Context<AppEnv>, orgId: string | null) => {
  const { fileName, checkpoint } = await exportCheckpoint(c.get('deps'), requireAuth(c), orgId);
  c.header('content-disposition', `attachment; filename="${fileName}"`);
  return c.json(checkpoint, 200);
};

export const auditRoutes = contractRoutes()
  .openapi(api.system, async (c) => c.json(await listAudit(c.get('deps'), requireAuth(c), null, c.req.valid('query')), 200))
  .openapi(api.systemCheckpoint, (c) => checkpointDownload(c, null))
  .openapi(api.org, async (c) =>
    c.json(await listAudit(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('query')), 200),
  )
  .openapi(api.orgCheckpoint, (c) => checkpointDownload(c, c.req.valid('param').orgId));
