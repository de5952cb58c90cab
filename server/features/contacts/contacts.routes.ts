// /api/orgs/:orgId/contacts: the 連絡体制図 (incident contact chart).
import { contractRoutes } from '../../http/contract.ts';
import { requireAuth } from '../../http/request.ts';
import { contactContract as api } from './contacts.contract.ts';
import {
  addEntry,
  addStarters,
  changeEntry,
  confirmChart,
  getChart,
  recordPaperChart,
  removeEntry,
  reorderEntries,
} from './contacts.service.ts';

export const contactRoutes = contractRoutes()
  .openapi(api.get, async (c) => c.json(await getChart(c.get('deps'), requireAuth(c), c.req.valid('param').orgId), 200))
  .openapi(api.add, async (c) =>
    c.json(await addEntry(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('json')), 201),
  )
  .openapi(api.starters, async (c) =>
    c.json(await addStarters(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('json')), 200),
  )
  .openapi(api.reorder, async (c) =>
    c.json(await reorderEntries(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('json')), 200),
  )
  .openapi(api.paper, async (c) =>
    c.json(await recordPaperChart(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('json')), 200),
  )
  .openapi(api.confirm, async (c) =>
    c.json(await confirmChart(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('json')), 200),
  )
  .openapi(api.update, async (c) => {
    const { orgId, contactId } = c.req.valid('param');
    return c.json(await changeEntry(c.get('deps'), requireAuth(c), orgId, contactId, c.req.valid('json')), 200);
  })
  .openapi(api.remove, async (c) => {
    const { orgId, contactId } = c.req.valid('param');
    return c.json(await removeEntry(c.get('deps'), requireAuth(c), orgId, contactId), 200);
  });
