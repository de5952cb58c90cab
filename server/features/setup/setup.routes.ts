// /api/setup: first start (no user yet) creates the first system administrator.
import { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { jsonBody } from '../../http/request.ts';
import { createFirstAdmin, needsSetup } from './setup.service.ts';

export const setupRoutes = new Hono<AppEnv>()
  .get('/status', async (c) => c.json({ needsSetup: await needsSetup(c.get('deps')) }))
  .post('/admin', async (c) => {
    const body = await jsonBody(c);
    const actor = { userId: null, label: 'setup', clientAddress: c.get('clientAddress') };
    const { user } = await createFirstAdmin(c.get('deps'), actor, body);
    return c.json({ user }, 201);
  });
