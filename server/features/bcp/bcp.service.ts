// Use cases of BCP の訓練・演習: the organisation's exercises with their improvement actions (改善策),
// recording and changing an exercise (only the version read), adding an action and changing one (only
// the version read; marking it done is a change). Members read; 担当者・管理者 write; audited. The
// rules (dates not in the future, 和暦, kinds) are domain/bcp/exercise.ts's, checked after the
// authorisation so that another organisation's caller gets 404, never 400.
import { checkExercise, checkExerciseAction, type ExerciseValues } from '../../../domain/bcp/exercise.ts';
import { todayJst } from '../../../domain/dates/fiscal-year.ts';
import type { Db, Tx } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.record.ts';
import type { Caller } from '../caller.ts';
import { findEvidence, listEvidence } from '../evidence/evidence.repo.ts';
import { authorizeOrg, isUuid } from '../orgs/orgs.policy.ts';
import { type FileNames, presentAction, presentExercise, valuesOfAction, valuesOfExercise } from './bcp.present.ts';
import {
  type ExerciseActionRow,
  exerciseActionsOf,
  exercisesOf,
  findExercise,
  findExerciseAction,
  insertExercise,
  insertExerciseAction,
  updateExercise,
  updateExerciseAction,
} from './bcp.repo.ts';

const EXERCISE = 'BCP の訓練・演習';
const ACTION = '改善策';

async function fileNames(db: Db | Tx, orgId: string): Promise<FileNames> {
  return new Map((await listEvidence(db, orgId)).map((f) => [f.id, { id: f.id, fileName: f.fileName }]));
}

function byExercise(actions: ExerciseActionRow[]) {
  const out = new Map<string, ExerciseActionRow[]>();
  for (const a of actions) out.set(a.exerciseId, [...(out.get(a.exerciseId) ?? []), a]);
  return out;
}

function invalid(problems: { field: string; message: string }[]): never {
  throw new AppError('VALIDATION', problems.map((p) => p.message).join(' / '), { fields: problems });
}

/** The exercise's values from a request, its evidence file checked to be one of this organisation's. */
async function exerciseValuesFrom(db: Db | Tx, orgId: string, raw: unknown, today: string): Promise<ExerciseValues> {
  const checked = checkExercise((raw ?? {}) as Record<string, unknown>, today);
  if (!checked.ok) invalid(checked.problems);
  if (checked.values.evidenceId && !(await findEvidence(db, orgId, checked.values.evidenceId))) {
    throw new AppError('VALIDATION', '証跡ファイルが組織の証跡にありません。', {
      fields: [{ field: 'evidenceId', message: '証跡: 組織の証跡ファイルから選んでください' }],
    });
  }
  return checked.values;
}

function actionValuesFrom(raw: unknown, today: string) {
  const checked = checkExerciseAction((raw ?? {}) as Record<string, unknown>, today);
  if (!checked.ok) invalid(checked.problems);
  return checked.values;
}

const stale = (what: string) =>
  new AppError('CONFLICT', `ほかの人が先にこの${what}を変更しました。読み込み直してから、もう一度変更してください。`);

export async function listExercises(deps: Deps, caller: Caller, orgId: string) {
  await authorizeOrg(deps.db, caller, orgId, 'org.read');
  const [rows, actions, files] = await Promise.all([
    exercisesOf(deps.db, orgId),
    exerciseActionsOf(deps.db, orgId),
    fileNames(deps.db, orgId),
  ]);
  const grouped = byExercise(actions);
  const today = todayJst(deps.clock.now());
  return rows.map((r) => presentExercise(r, grouped.get(r.id) ?? [], files, today));
}

export async function createExercise(deps: Deps, caller: Caller, orgId: string, raw: unknown) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  const values = await exerciseValuesFrom(deps.db, orgId, raw, todayJst(deps.clock.now()));
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const row = await insertExercise(tx, orgId, values, caller.user.id, now);
    await recordAudit(
      tx,
      caller.actor,
      { organizationId: orgId, action: 'bcp_exercise.created', targetType: 'bcp_exercise', targetId: row.id, after: values },
      now,
    );
    return presentExercise(row, [], await fileNames(tx, orgId), todayJst(now));
  });
}

export async function updateExerciseOf(deps: Deps, caller: Caller, orgId: string, id: string, raw: { version?: unknown }) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  if (!isUuid(id)) throw notFound(EXERCISE);
  const version = versionOf(raw);
  const values = await exerciseValuesFrom(deps.db, orgId, raw, todayJst(deps.clock.now()));
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const current = await findExercise(tx, orgId, id, true);
    if (!current) throw notFound(EXERCISE);
    const row = await updateExercise(tx, orgId, id, version, values, caller.user.id, now);
    if (!row) throw stale('訓練・演習の記録');
    await recordAudit(
      tx,
      caller.actor,
      {
        organizationId: orgId,
        action: 'bcp_exercise.updated',
        targetType: 'bcp_exercise',
        targetId: id,
        before: valuesOfExercise(current),
        after: values,
      },
      now,
    );
    return presentExercise(row, await exerciseActionsOf(tx, orgId, id), await fileNames(tx, orgId), todayJst(now));
  });
}

/** The version read, named as a field when missing (the request schema is a shape only). */
function versionOf(raw: { version?: unknown }): number {
  if (typeof raw.version !== 'number' || !Number.isInteger(raw.version)) {
    throw new AppError('VALIDATION', 'version: 読み込んだときの版を送ってください', {
      fields: [{ field: 'version', message: 'version: 読み込んだときの版を送ってください' }],
    });
  }
  return raw.version;
}

export async function addExerciseAction(deps: Deps, caller: Caller, orgId: string, exerciseId: string, raw: unknown) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  if (!isUuid(exerciseId)) throw notFound(EXERCISE);
  const values = actionValuesFrom(raw, todayJst(deps.clock.now()));
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    // the exercise is locked so that an action is never added to one being changed meanwhile
    if (!(await findExercise(tx, orgId, exerciseId, true))) throw notFound(EXERCISE);
    const row = await insertExerciseAction(tx, orgId, exerciseId, values, caller.user.id, now);
    await recordAudit(
      tx,
      caller.actor,
      {
        organizationId: orgId,
        action: 'bcp_exercise.action_added',
        targetType: 'bcp_exercise',
        targetId: exerciseId,
        after: { actionId: row.id, ...values },
      },
      now,
    );
    return presentAction(row, todayJst(now));
  });
}

export async function updateExerciseActionOf(
  deps: Deps,
  caller: Caller,
  orgId: string,
  exerciseId: string,
  actionId: string,
  raw: { version?: unknown },
) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  if (!isUuid(exerciseId) || !isUuid(actionId)) throw notFound(ACTION);
  const version = versionOf(raw);
  const values = actionValuesFrom(raw, todayJst(deps.clock.now()));
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    if (!(await findExercise(tx, orgId, exerciseId, true))) throw notFound(ACTION);
    const current = await findExerciseAction(tx, orgId, exerciseId, actionId);
    if (!current) throw notFound(ACTION);
    const row = await updateExerciseAction(tx, orgId, exerciseId, actionId, version, values, caller.user.id, now);
    if (!row) throw stale('改善策');
    await recordAudit(
      tx,
      caller.actor,
      {
        organizationId: orgId,
        action: 'bcp_exercise.action_updated',
        targetType: 'bcp_exercise',
        targetId: exerciseId,
        before: { actionId, ...valuesOfAction(current) },
        after: { actionId, ...values },
      },
      now,
    );
    return presentAction(row, todayJst(now));
  });
}
