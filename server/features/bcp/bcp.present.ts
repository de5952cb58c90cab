// What leaves the server about a BCP exercise: its values, the evidence file (null when none, or
// deleted since), its improvement actions each with its state (期限切れ computed for today), and the
// counts of open and 期限切れ actions.
import { actionCounts, actionState, type ExerciseActionValues, type ExerciseValues } from '../../../domain/bcp/exercise.ts';
import type { ExerciseActionRow, ExerciseRow } from './bcp.repo.ts';

export type FileNames = Map<string, { id: string; fileName: string }>;

export function valuesOfExercise(r: ExerciseRow): ExerciseValues {
  return {
    heldOn: r.heldOn,
    scenario: r.scenario,
    kind: r.kind,
    participants: r.participants,
    wentWell: r.wentWell,
    problems: r.problems,
    evidenceId: r.evidenceId,
    note: r.note,
  };
}

export const valuesOfAction = (a: ExerciseActionRow): ExerciseActionValues => ({
  what: a.what,
  owner: a.owner,
  dueOn: a.dueOn,
  doneOn: a.doneOn,
});

export function presentAction(a: ExerciseActionRow, today: string) {
  return {
    id: a.id,
    ...valuesOfAction(a),
    /** done, open, or overdue (期限切れ: past its due date and not done) */
    state: actionState(a, today),
    version: a.version,
    updatedAt: a.updatedAt.toISOString(),
  };
}

/** `actions`: the exercise's actions, by due date. */
export function presentExercise(r: ExerciseRow, actions: ExerciseActionRow[], files: FileNames, today: string) {
  const file = r.evidenceId ? files.get(r.evidenceId) : undefined;
  return {
    id: r.id,
    ...valuesOfExercise(r),
    evidence: file ? { id: file.id, fileName: file.fileName } : null,
    actions: actions.map((a) => presentAction(a, today)),
    ...actionCounts(actions, today),
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
  };
}

export type ExerciseView = ReturnType<typeof presentExercise>;
