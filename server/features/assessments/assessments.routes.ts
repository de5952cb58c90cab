// /api/orgs/:orgId/assessments: the organisation's checklist answers.
import { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { jsonBody, requireAuth } from '../../http/request.ts';
import { attachEvidence, detachEvidence } from './answer-evidence.ts';
import { getAssessment, listAssessments, startAssessment, updateAssessment } from './assessments.service.ts';
import { exportAssessmentCsv } from './export-csv.ts';
import { getItemHistory } from './history.ts';
import { setItemScope } from './item-scope.ts';
import { getReadiness } from './readiness.ts';
import { saveAnswer } from './save-answer.ts';

export const assessmentRoutes = new Hono<AppEnv>()
  .get('/orgs/:orgId/assessments', async (c) =>
    c.json({ assessments: await listAssessments(c.get('deps'), requireAuth(c), c.req.param('orgId')) }),
  )
  .post('/orgs/:orgId/assessments', async (c) =>
    c.json(await startAssessment(c.get('deps'), requireAuth(c), c.req.param('orgId'), await jsonBody(c)), 201),
  )
  .get('/orgs/:orgId/readiness', async (c) =>
    c.json(await getReadiness(c.get('deps'), requireAuth(c), c.req.param('orgId'), c.req.query('fiscalYear'))),
  )
  .get('/orgs/:orgId/assessments/:assessmentId', async (c) =>
    c.json(await getAssessment(c.get('deps'), requireAuth(c), c.req.param('orgId'), c.req.param('assessmentId'))),
  )
  .get('/orgs/:orgId/assessments/:assessmentId/export.csv', async (c) => {
    const encoding = c.req.query('encoding') === 'sjis' ? 'cp932' : 'utf8';
    const file = await exportAssessmentCsv(c.get('deps'), requireAuth(c), c.req.param('orgId'), c.req.param('assessmentId'), encoding);
    return c.body(new Uint8Array(file.body), 200, {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="checklist.csv"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    });
  })
  .patch('/orgs/:orgId/assessments/:assessmentId', async (c) =>
    c.json(await updateAssessment(c.get('deps'), requireAuth(c), c.req.param('orgId'), c.req.param('assessmentId'), await jsonBody(c))),
  )
  .put('/orgs/:orgId/assessments/:assessmentId/answers/:itemId', async (c) => {
    const caller = requireAuth(c);
    const { orgId, assessmentId, itemId } = c.req.param();
    return c.json(await saveAnswer(c.get('deps'), caller, orgId, assessmentId, itemId, await jsonBody(c)));
  })
  .get('/orgs/:orgId/assessments/:assessmentId/answers/:itemId/history', async (c) => {
    const caller = requireAuth(c);
    const { orgId, assessmentId, itemId } = c.req.param();
    return c.json(await getItemHistory(c.get('deps'), caller, orgId, assessmentId, itemId));
  })
  .put('/orgs/:orgId/assessments/:assessmentId/answers/:itemId/scope', async (c) => {
    const caller = requireAuth(c);
    const { orgId, assessmentId, itemId } = c.req.param();
    return c.json(await setItemScope(c.get('deps'), caller, orgId, assessmentId, itemId, await jsonBody(c)));
  })
  .post('/orgs/:orgId/assessments/:assessmentId/answers/:itemId/evidence', async (c) => {
    const caller = requireAuth(c);
    const { orgId, assessmentId, itemId } = c.req.param();
    return c.json(await attachEvidence(c.get('deps'), caller, orgId, assessmentId, itemId, await jsonBody(c)));
  })
  .delete('/orgs/:orgId/assessments/:assessmentId/answers/:itemId/evidence/:evidenceId', async (c) => {
    const caller = requireAuth(c);
    const { orgId, assessmentId, itemId, evidenceId } = c.req.param();
    return c.json(await detachEvidence(c.get('deps'), caller, orgId, assessmentId, itemId, evidenceId));
  });
