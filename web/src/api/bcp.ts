// The web client's calls of BCP の訓練・演習 (see ../api.ts): the exercises with their improvement
// actions, recording and changing an exercise (with the version read), adding and changing an action.
import type { InferRequestType } from 'hono/client';
import { client, params } from '../api-client.ts';
import { call } from '../api-core.ts';

const exercises = client.api.orgs[':orgId'].bcp.exercises;
const exercise = exercises[':bcpExerciseId'];

/** What the forms send (the rules are the server's: domain/bcp/exercise.ts); a change adds its version. */
export type ExerciseInput = InferRequestType<(typeof exercises)['$post']>['json'];
export type ExerciseActionInput = InferRequestType<(typeof exercise.actions)['$post']>['json'];

export const bcpApi = {
  bcpExercises: (orgId: string) => call(() => exercises.$get({ param: params({ orgId }) })),
  createBcpExercise: (orgId: string, body: ExerciseInput) => call(() => exercises.$post({ param: params({ orgId }), json: body })),
  updateBcpExercise: (orgId: string, bcpExerciseId: string, body: ExerciseInput & { version: number }) =>
    call(() => exercise.$put({ param: params({ orgId, bcpExerciseId }), json: body })),
  addBcpAction: (orgId: string, bcpExerciseId: string, body: ExerciseActionInput) =>
    call(() => exercise.actions.$post({ param: params({ orgId, bcpExerciseId }), json: body })),
  updateBcpAction: (orgId: string, bcpExerciseId: string, bcpActionId: string, body: ExerciseActionInput & { version: number }) =>
    call(() => exercise.actions[':bcpActionId'].$put({ param: params({ orgId, bcpExerciseId, bcpActionId }), json: body })),
};

export type BcpExercise = Awaited<ReturnType<typeof bcpApi.bcpExercises>>['exercises'][number];
export type BcpAction = BcpExercise['actions'][number];
