// The web client's calls of the BCP page (see ../api.ts): the BCP 確認表 of a fiscal year (start it,
// answer a row, record the BCP document, print; a system administrator's correction of its wording),
// and BCP の訓練・演習: the exercises with their improvement actions, recording and changing an
// exercise (with the version read), adding and changing an action.
import type { InferRequestType } from 'hono/client';
import { client, params } from '../api-client.ts';
import { call, id } from '../api-core.ts';

const exercises = client.api.orgs[':orgId'].bcp.exercises;
const exercise = exercises[':bcpExerciseId'];
const sheet = client.api.orgs[':orgId'].bcp.sheet;

export type SheetAnswerInput = InferRequestType<(typeof sheet.answer)['$put']>['json'];
export type SheetPlanInput = InferRequestType<(typeof sheet.plan)['$put']>['json'];
export type SheetTextInput = InferRequestType<(typeof client.api.admin)['bcp-sheet']['texts']['$put']>['json'];

/** What the forms send (the rules are the server's: domain/bcp/exercise.ts); a change adds its version. */
export type ExerciseInput = InferRequestType<(typeof exercises)['$post']>['json'];
export type ExerciseActionInput = InferRequestType<(typeof exercise.actions)['$post']>['json'];

export const bcpApi = {
  bcpSheet: (orgId: string, fiscalYear: number) =>
    call(() => sheet.$get({ param: params({ orgId }), query: { fiscalYear: String(fiscalYear) } })),
  startBcpSheet: (orgId: string, fiscalYear: number) => call(() => sheet.$post({ param: params({ orgId }), json: { fiscalYear } })),
  saveBcpSheetAnswer: (orgId: string, body: SheetAnswerInput) => call(() => sheet.answer.$put({ param: params({ orgId }), json: body })),
  saveBcpSheetPlan: (orgId: string, body: SheetPlanInput) => call(() => sheet.plan.$put({ param: params({ orgId }), json: body })),
  correctBcpSheetText: (body: SheetTextInput) => call(() => client.api.admin['bcp-sheet'].texts.$put({ json: body })),
  bcpSheetUrl: (orgId: string, fiscalYear: number, output: 'print' | 'pdf') =>
    `/api/orgs/${id(orgId)}/bcp/sheet${output === 'print' ? '/print' : '.pdf'}?fiscalYear=${fiscalYear}`,
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

export type BcpSheet = Awaited<ReturnType<typeof bcpApi.bcpSheet>>;
export type BcpSheetStep = BcpSheet['steps'][number];
export type BcpSheetGroup = BcpSheetStep['groups'][number];
export type BcpSheetCheck = BcpSheetStep['mamori'][number];
