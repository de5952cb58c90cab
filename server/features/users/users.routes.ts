// /api/users: users across organisations (system administrator), password reset.
import { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { jsonBody, requireAuth } from '../../http/request.ts';
import { createUser, listUsers, resetPassword } from './users.service.ts';

export const userRoutes = new Hono<AppEnv>()
  .get('/', async (c) => c.json({ users: await listUsers(c.get('deps'), requireAuth(c)) }))
  .post('/', async (c) => c.json(await createUser(c.get('deps'), requireAuth(c), await jsonBody(c)), 201))
  .post('/:userId/reset-password', async (c) => {
    const caller = requireAuth(c);
    const body = await jsonBody(c);
    return c.json(await resetPassword(c.get('deps'), caller, c.req.param('userId'), { resetMfa: body.resetMfa === true }));
  });
