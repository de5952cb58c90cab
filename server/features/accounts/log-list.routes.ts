// /api/orgs/:orgId/log-sources …: the ログリスト of the 利用者台帳.
import { contractRoutes } from '../../http/contract.ts';
import { requireAuth } from '../../http/request.ts';
import { logListContract as api } from './log-list.contract.ts';
import { addLogSource, changeLogSource, logList, recordLogReview } from './log-list.service.ts';

export const logListRoutes = contractRoutes()
  .openapi(api.list, async (c) => c.json({ logs: await logList(c.get('deps'), requireAuth(c), c.req.valid('param').orgId) }, 200))
  .openapi(api.create, async (c) =>
    c.json(await addLogSource(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('json')), 201),
  )
  .openapi(api.update, async (c) => {
    const { orgId, logSourceId } = c.req.valid('param');
    return c.json(await changeLogSource(c.get('deps'), requireAuth(c), orgId, logSourceId, c.req.valid('json')), 200);
  })
  .openapi(api.review, async (c) => {
    const { orgId, logSourceId } = c.req.valid('param');
    return c.json(await recordLogReview(c.get('deps'), requireAuth(c), orgId, logSourceId, c.req.valid('json')), 201);
  });
