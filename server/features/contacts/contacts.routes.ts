// /api/orgs/:orgId/contacts: the 連絡体制図 (incident contact chart).
import { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { jsonBody, requireAuth } from '../../http/request.ts';
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

export const contactRoutes = new Hono<AppEnv>()
  .get('/orgs/:orgId/contacts', async (c) => c.json(await getChart(c.get('deps'), requireAuth(c), c.req.param('orgId'))))
  .post('/orgs/:orgId/contacts', async (c) =>
    c.json(await addEntry(c.get('deps'), requireAuth(c), c.req.param('orgId'), await jsonBody(c)), 201),
  )
  .post('/orgs/:orgId/contacts/starters', async (c) =>
    c.json(await addStarters(c.get('deps'), requireAuth(c), c.req.param('orgId'), await jsonBody(c))),
  )
  .post('/orgs/:orgId/contacts/reorder', async (c) =>
    c.json(await reorderEntries(c.get('deps'), requireAuth(c), c.req.param('orgId'), await jsonBody(c))),
  )
  .put('/orgs/:orgId/contacts/paper', async (c) =>
    c.json(await recordPaperChart(c.get('deps'), requireAuth(c), c.req.param('orgId'), await jsonBody(c))),
  )
  .post('/orgs/:orgId/contacts/confirm', async (c) =>
    c.json(await confirmChart(c.get('deps'), requireAuth(c), c.req.param('orgId'), await jsonBody(c))),
  )
  .put('/orgs/:orgId/contacts/:contactId', async (c) => {
    const caller = requireAuth(c);
    const { orgId, contactId } = c.req.param();
    return c.json(await changeEntry(c.get('deps'), caller, orgId, contactId, await jsonBody(c)));
  })
  .delete('/orgs/:orgId/contacts/:contactId', async (c) =>
    c.json(await removeEntry(c.get('deps'), requireAuth(c), c.req.param('orgId'), c.req.param('contactId'))),
  );
