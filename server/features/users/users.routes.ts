// /api/users: users across organisations (system administrator), password reset.
import { contractRoutes } from '../../http/contract.ts';
import { requireAuth } from '../../http/request.ts';
import { userContract as api } from './users.contract.ts';
import { createUser, listUsers, resetPassword } from './users.service.ts';

export const userRoutes = contractRoutes()
  .openapi(api.list, async (c) => c.json({ users: await listUsers(c.get('deps'), requireAuth(c)) }, 200))
  .openapi(api.create, async (c) => c.json(await createUser(c.get('deps'), requireAuth(c), c.req.valid('json')), 201))
  .openapi(api.resetPassword, async (c) =>
    c.json(await resetPassword(c.get('deps'), requireAuth(c), c.req.valid('param').userId, c.req.valid('json')), 200),
  );
