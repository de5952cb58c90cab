// /api/setup: first start (no user yet) creates the first system administrator.
import { contractRoutes } from '../../http/contract.ts';
import { setupContract as api } from './setup.contract.ts';
import { createFirstAdmin, needsSetup } from './setup.service.ts';

export const setupRoutes = contractRoutes()
  .openapi(api.status, async (c) => c.json({ needsSetup: await needsSetup(c.get('deps')) }, 200))
  .openapi(api.admin, async (c) => {
    const actor = { userId: null, label: 'setup', clientAddress: c.get('clientAddress') };
    const { user } = await createFirstAdmin(c.get('deps'), actor, c.req.valid('json'));
    return c.json({ user }, 201);
  });
