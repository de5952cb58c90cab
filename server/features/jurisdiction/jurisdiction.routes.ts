// /api/orgs/:orgId/jurisdiction, /api/orgs/:orgId/oversight, /api/admin/jurisdictions: who oversees whom.
import { contractRoutes } from '../../http/contract.ts';
import { requireAuth } from '../../http/request.ts';
import { sendTable, TABLE_FORMATS } from '../../http/table-response.ts';
import { jurisdictionContract as api } from './jurisdiction.contract.ts';
import { addToJurisdiction, chooseHealthCenter, getJurisdiction, getOversight, removeFromJurisdiction } from './jurisdiction.service.ts';
import { exportJurisdiction } from './jurisdiction-overview.ts';

export const jurisdictionRoutes = contractRoutes()
  .openapi(api.list, async (c) =>
    c.json(await getJurisdiction(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('query').fiscalYear), 200),
  )
  .openapi(api.export, async (c) => {
    const { format, fiscalYear } = c.req.valid('query');
    const file = await exportJurisdiction(
      c.get('deps'),
      requireAuth(c),
      c.req.valid('param').orgId,
      fiscalYear,
      TABLE_FORMATS[format] ?? 'csv',
    );
    return sendTable(c, file, 'jurisdiction');
  })
  .openapi(api.oversight, async (c) => c.json(await getOversight(c.get('deps'), requireAuth(c), c.req.valid('param').orgId), 200))
  .openapi(api.choose, async (c) =>
    c.json(await chooseHealthCenter(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('json')), 200),
  )
  .openapi(api.add, async (c) => c.json(await addToJurisdiction(c.get('deps'), requireAuth(c), c.req.valid('json')), 201))
  .openapi(api.remove, async (c) => c.json(await removeFromJurisdiction(c.get('deps'), requireAuth(c), c.req.valid('json')), 200));
