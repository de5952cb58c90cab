// The BCP の訓練・演習 contract: the exercises with their improvement actions (改善策), recording and
// changing an exercise, adding and changing an action (marking it done).
import { z } from '@hono/zod-openapi';
import { EXERCISE_KINDS, exerciseActionLabels, exerciseLabels } from '../../../domain/bcp/exercise.ts';
import { answer, defineRoute, idParam, json } from '../../http/contract.ts';

const IsoDate = z.string().openapi({ format: 'date' });

export const ExerciseActionSchema = z
  .object({
    id: z.string(),
    what: z.string(),
    owner: z.string(),
    dueOn: IsoDate,
    doneOn: IsoDate.nullable(),
    /** done, open, or overdue (期限切れ: past its due date and not done) */
    state: z.enum(['done', 'open', 'overdue']),
    version: z.number().int(),
    updatedAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('BcpExerciseAction');

export const ExerciseSchema = z
  .object({
    id: z.string(),
    heldOn: IsoDate,
    scenario: z.string(),
    kind: z.enum(EXERCISE_KINDS),
    participants: z.array(z.string()),
    wentWell: z.string(),
    problems: z.string(),
    evidenceId: z.string().nullable(),
    /** the evidence file (null when none, or deleted since) */
    evidence: z.object({ id: z.string(), fileName: z.string() }).nullable(),
    note: z.string(),
    actions: z.array(ExerciseActionSchema),
    /** actions not done */
    open: z.number().int(),
    /** actions past their due date and not done (期限切れ) */
    overdue: z.number().int(),
    version: z.number().int(),
    updatedAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('BcpExercise');

const text = z.string().max(10_000).optional();
const version = z.number().int().optional();

/** The shapes only: the rules (dates, kinds, lengths) are domain/bcp/exercise.ts's, which name each field in Japanese. */
export const exerciseInputSchema = z.object({
  /** 西暦 or 和暦; not in the future */
  heldOn: text,
  scenario: text,
  /** tabletop, live, contact, other (or 机上訓練, 実動訓練, 連絡訓練, その他) */
  kind: text,
  /** one per line, or a list */
  participants: z.union([z.array(z.string().max(1000)).max(1000), z.string().max(100_000)]).optional(),
  wentWell: text,
  problems: text,
  evidenceId: z.string().max(100).nullable().optional(),
  note: text,
});
export const exerciseUpdateSchema = exerciseInputSchema.extend({ version });

export const exerciseActionInputSchema = z.object({
  what: text,
  owner: text,
  /** 西暦 or 和暦 */
  dueOn: text,
  /** 西暦 or 和暦, not in the future; empty or null: not done yet */
  doneOn: z.string().max(100).nullable().optional(),
});
export const exerciseActionUpdateSchema = exerciseActionInputSchema.extend({ version });

const orgId = z.object({ orgId: idParam('orgId') });
const orgAndExercise = orgId.extend({ bcpExerciseId: idParam('bcpExerciseId') });
const orgExerciseAction = orgAndExercise.extend({ bcpActionId: idParam('bcpActionId') });
const tags = ['BCP'];

export const bcpContract = {
  list: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/bcp/exercises',
    tags,
    summary: 'BCP の訓練・演習の記録 (新しい順) と改善策',
    request: { params: orgId },
    responses: { 200: answer(z.object({ exercises: z.array(ExerciseSchema) }), '訓練・演習と改善策') },
  }),
  create: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/bcp/exercises',
    tags,
    summary: 'BCP の訓練・演習を記録する (担当者・管理者)',
    request: { params: orgId, ...json(exerciseInputSchema) },
    labels: exerciseLabels,
    responses: { 201: answer(ExerciseSchema, '記録した訓練・演習') },
  }),
  update: defineRoute({
    method: 'put',
    path: '/orgs/{orgId}/bcp/exercises/{bcpExerciseId}',
    tags,
    summary: 'BCP の訓練・演習の記録を変更する (version が違えば 409)',
    request: { params: orgAndExercise, ...json(exerciseUpdateSchema) },
    labels: exerciseLabels,
    responses: { 200: answer(ExerciseSchema, '変更後の訓練・演習') },
  }),
  addAction: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/bcp/exercises/{bcpExerciseId}/actions',
    tags,
    summary: '訓練・演習の改善策を追加する',
    request: { params: orgAndExercise, ...json(exerciseActionInputSchema) },
    labels: exerciseActionLabels,
    responses: { 201: answer(ExerciseActionSchema, '追加した改善策') },
  }),
  updateAction: defineRoute({
    method: 'put',
    path: '/orgs/{orgId}/bcp/exercises/{bcpExerciseId}/actions/{bcpActionId}',
    tags,
    summary: '改善策を変更する・完了にする (version が違えば 409)',
    request: { params: orgExerciseAction, ...json(exerciseActionUpdateSchema) },
    labels: exerciseActionLabels,
    responses: { 200: answer(ExerciseActionSchema, '変更後の改善策') },
  }),
};
