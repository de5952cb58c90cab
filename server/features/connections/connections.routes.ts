// /api/orgs/:orgId/connections: the 外部接続点 register.
import { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { jsonBody, requireAuth } from '../../http/request.ts';
import { sendTable, TABLE_FORMATS } from '../../http/table-response.ts';
import { send } from '../outputs/outputs.routes.ts';
import { connectionsOutput } from '../outputs/outputs.service.ts';
import { createConnection, getConnection, listConnectionsOf, updateConnectionOf } from './connections.service.ts';
import { exportConnections } from './export-connections.ts';

export const connectionRoutes = new Hono<AppEnv>()
  .get('/orgs/:orgId/connections', async (c) =>
    c.json({ connections: await listConnectionsOf(c.get('deps'), requireAuth(c), c.req.param('orgId')) }),
  )
  // the A4 overview (print view and PDF), before the :connectionId routes
  .get('/orgs/:orgId/connections/print', async (c) =>
    send(c, await connectionsOutput(c.get('deps'), requireAuth(c), c.req.param('orgId'), 'print')),
  )
  .get('/orgs/:orgId/connections/export.pdf', async (c) =>
    send(c, await connectionsOutput(c.get('deps'), requireAuth(c), c.req.param('orgId'), 'pdf')),
  )
  .get('/orgs/:orgId/connections/export', async (c) => {
    const format = TABLE_FORMATS[c.req.query('format') ?? 'csv'] ?? 'csv';
    const file = await exportConnections(c.get('deps'), requireAuth(c), c.req.param('orgId'), format);
    return sendTable(c, file, 'connections');
  })
  .post('/orgs/:orgId/connections', async (c) =>
    c.json(await createConnection(c.get('deps'), requireAuth(c), c.req.param('orgId'), await jsonBody(c)), 201),
  )
  .get('/orgs/:orgId/connections/:connectionId', async (c) =>
    c.json(await getConnection(c.get('deps'), requireAuth(c), c.req.param('orgId'), c.req.param('connectionId'))),
  )
  .put('/orgs/:orgId/connections/:connectionId', async (c) =>
    c.json(await updateConnectionOf(c.get('deps'), requireAuth(c), c.req.param('orgId'), c.req.param('connectionId'), await jsonBody(c))),
  );
