// /api/orgs/:orgId/incidents …: incident mode.
import { contractRoutes } from '../../http/contract.ts';
import { requireAuth } from '../../http/request.ts';
import { send } from '../outputs/outputs.routes.ts';
import { incidentReport } from './incident-outputs.ts';
import { incidentContract as api } from './incidents.contract.ts';
import { addEntry, closeIncident, getIncident, listIncidents, markStep, setAffected, startIncident } from './incidents.service.ts';

export const incidentRoutes = contractRoutes()
  .openapi(api.list, async (c) =>
    c.json({ incidents: await listIncidents(c.get('deps'), requireAuth(c), c.req.valid('param').orgId) }, 200),
  )
  .openapi(api.start, async (c) =>
    c.json(await startIncident(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('json')), 201),
  )
  .openapi(api.get, async (c) => {
    const { orgId, incidentId } = c.req.valid('param');
    return c.json(await getIncident(c.get('deps'), requireAuth(c), orgId, incidentId), 200);
  })
  .openapi(api.entry, async (c) => {
    const { orgId, incidentId } = c.req.valid('param');
    return c.json(await addEntry(c.get('deps'), requireAuth(c), orgId, incidentId, c.req.valid('json')), 201);
  })
  .openapi(api.step, async (c) => {
    const { orgId, incidentId, step } = c.req.valid('param');
    return c.json({ steps: await markStep(c.get('deps'), requireAuth(c), orgId, incidentId, step, c.req.valid('json')) }, 200);
  })
  .openapi(api.affected, async (c) => {
    const { orgId, incidentId } = c.req.valid('param');
    return c.json(await setAffected(c.get('deps'), requireAuth(c), orgId, incidentId, c.req.valid('json')), 200);
  })
  .openapi(api.close, async (c) => {
    const { orgId, incidentId } = c.req.valid('param');
    return c.json(await closeIncident(c.get('deps'), requireAuth(c), orgId, incidentId), 200);
  })
  .openapi(api.print, async (c) => {
    const { orgId, incidentId } = c.req.valid('param');
    return send(c, await incidentReport(c.get('deps'), requireAuth(c), orgId, incidentId, 'print'));
  })
  .openapi(api.pdf, async (c) => {
    const { orgId, incidentId } = c.req.valid('param');
    return send(c, await incidentReport(c.get('deps'), requireAuth(c), orgId, incidentId, 'pdf'));
  })
  .openapi(api.text, async (c) => {
    const { orgId, incidentId } = c.req.valid('param');
    return send(c, await incidentReport(c.get('deps'), requireAuth(c), orgId, incidentId, 'text'));
  });
