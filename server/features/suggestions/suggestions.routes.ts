// Suggested answers from the ledgers, and the ledger settings they rest on.
import { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { jsonBody, requireAuth } from '../../http/request.ts';
import { getLedgerSettings, updateLedgerSettings } from './ledger-settings.service.ts';
import { getSuggestions } from './suggestions.service.ts';

export const suggestionRoutes = new Hono<AppEnv>()
  .get('/orgs/:orgId/assessments/:assessmentId/suggestions', async (c) =>
    c.json(await getSuggestions(c.get('deps'), requireAuth(c), c.req.param('orgId'), c.req.param('assessmentId'))),
  )
  .get('/orgs/:orgId/ledger-settings', async (c) => c.json(await getLedgerSettings(c.get('deps'), requireAuth(c), c.req.param('orgId'))))
  .put('/orgs/:orgId/ledger-settings', async (c) =>
    c.json(await updateLedgerSettings(c.get('deps'), requireAuth(c), c.req.param('orgId'), await jsonBody(c))),
  );
