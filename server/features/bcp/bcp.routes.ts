// /api/orgs/:orgId/bcp/exercises …: BCP の訓練・演習 and their improvement actions.
import { contractRoutes } from '../../http/contract.ts';
import { requireAuth } from '../../http/request.ts';
import { bcpContract as api } from './bcp.contract.ts';
import { addExerciseAction, createExercise, listExercises, updateExerciseActionOf, updateExerciseOf } from './bcp.service.ts';

export const bcpRoutes = contractRoutes()
  .openapi(api.list, async (c) =>
    c.json({ exercises: await listExercises(c.get('deps'), requireAuth(c), c.req.valid('param').orgId) }, 200),
  )
  .openapi(api.create, async (c) =>
    c.json(await createExercise(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('json')), 201),
  )
  .openapi(api.update, async (c) => {
    const { orgId, bcpExerciseId } = c.req.valid('param');
    return c.json(await updateExerciseOf(c.get('deps'), requireAuth(c), orgId, bcpExerciseId, c.req.valid('json')), 200);
  })
  .openapi(api.addAction, async (c) => {
    const { orgId, bcpExerciseId } = c.req.valid('param');
    return c.json(await addExerciseAction(c.get('deps'), requireAuth(c), orgId, bcpExerciseId, c.req.valid('json')), 201);
  })
  .openapi(api.updateAction, async (c) => {
    const { orgId, bcpExerciseId, bcpActionId } = c.req.valid('param');
    return c.json(await updateExerciseActionOf(c.get('deps'), requireAuth(c), orgId, bcpExerciseId, bcpActionId, c.req.valid('json')), 200);
  });
