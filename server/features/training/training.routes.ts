// /api/orgs/:orgId/training …: 教育・訓練の記録.
import { contractRoutes } from '../../http/contract.ts';
import { requireAuth } from '../../http/request.ts';
import { send } from '../outputs/outputs.routes.ts';
import { trainingContract as api } from './training.contract.ts';
import {
  addTrainingAttendees,
  createTrainingSession,
  getTrainingYear,
  recordPhishingDrill,
  removeTrainingAttendee,
  searchTrainingPeople,
  updatePhishingDrill,
  updateTrainingSession,
} from './training.service.ts';
import { trainingRecord } from './training-outputs.ts';

export const trainingRoutes = contractRoutes()
  .openapi(api.year, async (c) =>
    c.json(await getTrainingYear(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('query').fiscalYear), 200),
  )
  .openapi(api.people, async (c) =>
    c.json(await searchTrainingPeople(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('query').q), 200),
  )
  .openapi(api.createSession, async (c) =>
    c.json(await createTrainingSession(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('json')), 201),
  )
  .openapi(api.updateSession, async (c) => {
    const { orgId, trainingSessionId } = c.req.valid('param');
    return c.json(await updateTrainingSession(c.get('deps'), requireAuth(c), orgId, trainingSessionId, c.req.valid('json')), 200);
  })
  .openapi(api.addAttendees, async (c) => {
    const { orgId, trainingSessionId } = c.req.valid('param');
    return c.json(await addTrainingAttendees(c.get('deps'), requireAuth(c), orgId, trainingSessionId, c.req.valid('json')), 200);
  })
  .openapi(api.removeAttendee, async (c) => {
    const { orgId, trainingSessionId, attendeeId } = c.req.valid('param');
    return c.json(await removeTrainingAttendee(c.get('deps'), requireAuth(c), orgId, trainingSessionId, attendeeId), 200);
  })
  .openapi(api.createDrill, async (c) =>
    c.json(await recordPhishingDrill(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('json')), 201),
  )
  .openapi(api.updateDrill, async (c) => {
    const { orgId, drillId } = c.req.valid('param');
    return c.json(await updatePhishingDrill(c.get('deps'), requireAuth(c), orgId, drillId, c.req.valid('json')), 200);
  })
  .openapi(api.print, async (c) =>
    send(c, await trainingRecord(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('query').fiscalYear, 'print')),
  )
  .openapi(api.pdf, async (c) =>
    send(c, await trainingRecord(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('query').fiscalYear, 'pdf')),
  );
