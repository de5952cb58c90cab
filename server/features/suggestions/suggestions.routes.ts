// Suggested answers from the ledgers, the ledger settings and the maintenance confirmations they rest on.
import { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { jsonBody, requireAuth } from '../../http/request.ts';
import { getLedgerSettings, updateLedgerSettings } from './ledger-settings.service.ts';
import { listMaintenanceVendors, saveMaintenanceConfirmation } from './maintenance.service.ts';
import { getSuggestions } from './suggestions.service.ts';

export const suggestionRoutes = new Hono<AppEnv>()
  .get('/orgs/:orgId/assessments/:assessmentId/suggestions', async (c) =>
    c.json(await getSuggestions(c.get('deps'), requireAuth(c), c.req.param('orgId'), c.req.param('assessmentId'))),
  )
  .get('/orgs/:orgId/ledger-settings', async (c) => c.json(await getLedgerSettings(c.get('deps'), requireAuth(c), c.req.param('orgId'))))
  .put('/orgs/:orgId/ledger-settings', async (c) =>
    c.json(await updateLedgerSettings(c.get('deps'), requireAuth(c), c.req.param('orgId'), await jsonBody(c))),
  )
  // 2(2): the vendors the ledgers name, each with the confirmation that it was asked about remote maintenance
  .get('/orgs/:orgId/maintenance-confirmations', async (c) =>
    c.json(await listMaintenanceVendors(c.get('deps'), requireAuth(c), c.req.param('orgId'))),
  )
  .put('/orgs/:orgId/maintenance-confirmations', async (c) =>
    c.json(await saveMaintenanceConfirmation(c.get('deps'), requireAuth(c), c.req.param('orgId'), await jsonBody(c))),
  );
