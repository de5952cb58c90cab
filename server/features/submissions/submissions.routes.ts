// /api/orgs/:orgId/submissions …: 事前送付 (the year's forms frozen as submitted to the 保健所).
import { contractRoutes } from '../../http/contract.ts';
import { requireAuth } from '../../http/request.ts';
import { send } from '../outputs/outputs.routes.ts';
import { submissionFile } from './submission-print.ts';
import { submissionsContract as api } from './submissions.contract.ts';
import { getSubmission, listSubmissions, submitYear } from './submissions.service.ts';

export const submissionRoutes = contractRoutes()
  .openapi(api.submit, async (c) =>
    c.json(await submitYear(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('json')), 201),
  )
  .openapi(api.list, async (c) => c.json(await listSubmissions(c.get('deps'), requireAuth(c), c.req.valid('param').orgId), 200))
  .openapi(api.get, async (c) => {
    const { orgId, submissionId } = c.req.valid('param');
    return c.json(await getSubmission(c.get('deps'), requireAuth(c), orgId, submissionId), 200);
  })
  .openapi(api.print, async (c) => {
    const { orgId, submissionId } = c.req.valid('param');
    return send(c, await submissionFile(c.get('deps'), requireAuth(c), orgId, submissionId, 'print'));
  })
  .openapi(api.pdf, async (c) => {
    const { orgId, submissionId } = c.req.valid('param');
    return send(c, await submissionFile(c.get('deps'), requireAuth(c), orgId, submissionId, 'pdf'));
  });
