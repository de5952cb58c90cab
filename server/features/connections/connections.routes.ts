// /api/orgs/:orgId/connections: the 外部接続点 register.
import { contractRoutes } from '../../http/contract.ts';
import { requireAuth } from '../../http/request.ts';
import { sendTable, TABLE_FORMATS } from '../../http/table-response.ts';
import { send } from '../outputs/outputs.routes.ts';
import { connectionsOutput } from '../outputs/outputs.service.ts';
import { connectionContract as api } from './connections.contract.ts';
import { createConnection, getConnection, listConnectionsOf, updateConnectionOf } from './connections.service.ts';
import { exportConnections } from './export-connections.ts';

export const connectionRoutes = contractRoutes()
  .openapi(api.list, async (c) =>
    c.json({ connections: await listConnectionsOf(c.get('deps'), requireAuth(c), c.req.valid('param').orgId) }, 200),
  )
  // the A4 overview (print view and PDF), before the :connectionId routes
  .openapi(api.print, async (c) => send(c, await connectionsOutput(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, 'print')))
  .openapi(api.pdf, async (c) => send(c, await connectionsOutput(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, 'pdf')))
  .openapi(api.export, async (c) => {
    const caller = requireAuth(c);
    const format = TABLE_FORMATS[c.req.valid('query').format] ?? 'csv';
    return sendTable(c, await exportConnections(c.get('deps'), caller, c.req.valid('param').orgId, format), 'connections');
  })
  .openapi(api.create, async (c) =>
    c.json(await createConnection(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('json')), 201),
  )
  .openapi(api.get, async (c) => {
    const { orgId, connectionId } = c.req.valid('param');
    return c.json(await getConnection(c.get('deps'), requireAuth(c), orgId, connectionId), 200);
  })
  .openapi(api.update, async (c) => {
    const { orgId, connectionId } = c.req.valid('param');
    return c.json(await updateConnectionOf(c.get('deps'), requireAuth(c), orgId, connectionId, c.req.valid('json')), 200);
  });
