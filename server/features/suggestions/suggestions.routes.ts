// Suggested answers from the ledgers, the ledger settings and the maintenance confirmations they rest on.
import { contractRoutes } from '../../http/contract.ts';
import { requireAuth } from '../../http/request.ts';
import { getLedgerSettings, updateLedgerSettings } from './ledger-settings.service.ts';
import { listMaintenanceVendors, saveMaintenanceConfirmation } from './maintenance.service.ts';
import { suggestionContract as api } from './suggestions.contract.ts';
import { getSuggestions } from './suggestions.service.ts';

export const suggestionRoutes = contractRoutes()
  .openapi(api.suggestions, async (c) => {
    const { orgId, assessmentId } = c.req.valid('param');
    return c.json(await getSuggestions(c.get('deps'), requireAuth(c), orgId, assessmentId), 200);
  })
  .openapi(api.ledgerSettings, async (c) => c.json(await getLedgerSettings(c.get('deps'), requireAuth(c), c.req.valid('param').orgId), 200))
  .openapi(api.updateLedgerSettings, async (c) =>
    c.json(await updateLedgerSettings(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('json')), 200),
  )
  // 2(2): the vendors the ledgers name, each with the confirmation that it was asked about remote maintenance
  .openapi(api.maintenanceVendors, async (c) =>
    c.json(await listMaintenanceVendors(c.get('deps'), requireAuth(c), c.req.valid('param').orgId), 200),
  )
  .openapi(api.saveMaintenanceConfirmation, async (c) =>
    c.json(await saveMaintenanceConfirmation(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('json')), 200),
  );
