// /api/orgs/:orgId/assessments: the organisation's checklist answers.
import { contractRoutes } from '../../http/contract.ts';
import { requireAuth } from '../../http/request.ts';
import { attachEvidence, detachEvidence } from './answer-evidence.ts';
import { assessmentContract as api } from './assessments.contract.ts';
import { getAssessment, listAssessments, startAssessment, updateAssessment } from './assessments.service.ts';
import { exportAssessmentCsv } from './export-csv.ts';
import { getItemHistory } from './history.ts';
import { setItemScope } from './item-scope.ts';
import { getReadiness } from './readiness.ts';
import { saveAnswer } from './save-answer.ts';

export const assessmentRoutes = contractRoutes()
  .openapi(api.list, async (c) =>
    c.json({ assessments: await listAssessments(c.get('deps'), requireAuth(c), c.req.valid('param').orgId) }, 200),
  )
  .openapi(api.start, async (c) =>
    c.json(await startAssessment(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('json')), 201),
  )
  .openapi(api.readiness, async (c) =>
    c.json(await getReadiness(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('query').fiscalYear), 200),
  )
  .openapi(api.get, async (c) => {
    const { orgId, assessmentId } = c.req.valid('param');
    return c.json(await getAssessment(c.get('deps'), requireAuth(c), orgId, assessmentId), 200);
  })
  .openapi(api.exportCsv, async (c) => {
    const { orgId, assessmentId } = c.req.valid('param');
    const encoding = c.req.valid('query').encoding === 'sjis' ? 'cp932' : 'utf8';
    const file = await exportAssessmentCsv(c.get('deps'), requireAuth(c), orgId, assessmentId, encoding);
    return c.body(new Uint8Array(file.body), 200, {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="checklist.csv"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    });
  })
  .openapi(api.update, async (c) => {
    const { orgId, assessmentId } = c.req.valid('param');
    return c.json(await updateAssessment(c.get('deps'), requireAuth(c), orgId, assessmentId, c.req.valid('json')), 200);
  })
  .openapi(api.saveAnswer, async (c) => {
    const caller = requireAuth(c);
    const { orgId, assessmentId, itemId } = c.req.valid('param');
    return c.json(await saveAnswer(c.get('deps'), caller, orgId, assessmentId, itemId, c.req.valid('json')), 200);
  })
  .openapi(api.itemHistory, async (c) => {
    const caller = requireAuth(c);
    const { orgId, assessmentId, itemId } = c.req.valid('param');
    return c.json(await getItemHistory(c.get('deps'), caller, orgId, assessmentId, itemId), 200);
  })
  .openapi(api.setItemScope, async (c) => {
    const caller = requireAuth(c);
    const { orgId, assessmentId, itemId } = c.req.valid('param');
    return c.json(await setItemScope(c.get('deps'), caller, orgId, assessmentId, itemId, c.req.valid('json')), 200);
  })
  .openapi(api.attachEvidence, async (c) => {
    const caller = requireAuth(c);
    const { orgId, assessmentId, itemId } = c.req.valid('param');
    return c.json(await attachEvidence(c.get('deps'), caller, orgId, assessmentId, itemId, c.req.valid('json')), 200);
  })
  .openapi(api.detachEvidence, async (c) => {
    const caller = requireAuth(c);
    const { orgId, assessmentId, itemId, evidenceId } = c.req.valid('param');
    return c.json(await detachEvidence(c.get('deps'), caller, orgId, assessmentId, itemId, evidenceId), 200);
  });
