// /api/orgs/:orgId/inspections …: 立入検査の記録 (kept by the 保健所, seen by the institution once completed).
import { contractRoutes } from '../../http/contract.ts';
import { requireAuth } from '../../http/request.ts';
import { send } from '../outputs/outputs.routes.ts';
import { inspectionFile } from './inspection-print.ts';
import { inspectionsContract as api } from './inspections.contract.ts';
import { completeInspection, getInspection, listInspections, saveInspectionRecord, startInspection } from './inspections.service.ts';

export const inspectionRoutes = contractRoutes()
  .openapi(api.list, async (c) =>
    c.json(await listInspections(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('query').fiscalYear), 200),
  )
  .openapi(api.start, async (c) =>
    c.json(await startInspection(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('json')), 201),
  )
  .openapi(api.get, async (c) => {
    const { orgId, inspectionId } = c.req.valid('param');
    return c.json(await getInspection(c.get('deps'), requireAuth(c), orgId, inspectionId), 200);
  })
  .openapi(api.save, async (c) => {
    const { orgId, inspectionId } = c.req.valid('param');
    return c.json(await saveInspectionRecord(c.get('deps'), requireAuth(c), orgId, inspectionId, c.req.valid('json')), 200);
  })
  .openapi(api.complete, async (c) => {
    const { orgId, inspectionId } = c.req.valid('param');
    return c.json(await completeInspection(c.get('deps'), requireAuth(c), orgId, inspectionId, c.req.valid('json')), 200);
  })
  .openapi(api.print, async (c) => {
    const { orgId, inspectionId } = c.req.valid('param');
    return send(c, await inspectionFile(c.get('deps'), requireAuth(c), orgId, inspectionId, 'print'));
  })
  .openapi(api.pdf, async (c) => {
    const { orgId, inspectionId } = c.req.valid('param');
    return send(c, await inspectionFile(c.get('deps'), requireAuth(c), orgId, inspectionId, 'pdf'));
  });
