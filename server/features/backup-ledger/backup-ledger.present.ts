// What leaves the server about a system's backup: its values, the restore procedure's file, the last
// restore test, when the next is due (Mamori's 12 months) and what is wrong with it, each problem
// with whose rule it is.

import type { BackupPlanValues } from '../../../domain/backups/ledger.ts';
import { backupProblems, RESTORE_TEST_MONTHS } from '../../../domain/backups/rules.ts';
import { addMonths } from '../../../domain/dates/months.ts';
import { readStatus } from '../../../domain/devices/status.ts';
import type { BackupPlanRow, RestoreTestRow } from './backup-ledger.repo.ts';

export type FileNames = Map<string, { id: string; fileName: string }>;

export function valuesOfPlan(r: BackupPlanRow): BackupPlanValues {
  return {
    systemName: r.systemName,
    vendorName: r.vendorName,
    scope: r.scope,
    frequency: r.frequency,
    method: r.method,
    generations: r.generations,
    places: r.places,
    isolation: r.isolation,
    separateNetwork: r.separateNetwork,
    encrypted: r.encrypted,
    responsible: r.responsible,
    restoreOrder: r.restoreOrder,
    recoveryHours: r.recoveryHours,
    restoreProcedure: r.restoreProcedure,
    procedureEvidenceId: r.procedureEvidenceId,
    status: readStatus(r.status) ?? 'active',
    note: r.note,
  };
}

const fileOf = (id: string | null, files: FileNames) => {
  const f = id ? files.get(id) : undefined;
  return f ? { id: f.id, fileName: f.fileName } : null;
};

export function presentRestoreTest(t: RestoreTestRow, files: FileNames) {
  return {
    id: t.id,
    testedOn: t.testedOn,
    target: t.target,
    generation: t.generation,
    durationMinutes: t.durationMinutes,
    result: t.result,
    problems: t.problems,
    tester: t.tester,
    recordedBy: t.recordedBy,
    /** a file of the evidence store (null when none, or deleted since) */
    evidence: fileOf(t.evidenceId, files),
    createdAt: t.createdAt.toISOString(),
  };
}

/** `tests`: the plan's restore tests, newest first. */
export function presentPlan(r: BackupPlanRow, tests: RestoreTestRow[], files: FileNames, today: string) {
  const values = valuesOfPlan(r);
  const last = tests[0] ? { testedOn: tests[0].testedOn, result: tests[0].result } : null;
  return {
    id: r.id,
    ...values,
    /** the restore procedure's file (null when none, or deleted since) */
    procedureEvidence: fileOf(r.procedureEvidenceId, files),
    lastTest: last,
    tests: tests.length,
    /** when the next restore test is due by Mamori's 12 months (null: never tested) */
    nextTestDue: last ? addMonths(last.testedOn, RESTORE_TEST_MONTHS) : null,
    problems: backupProblems({ ...values, procedureEvidenceId: fileOf(r.procedureEvidenceId, files)?.id ?? null }, last, today),
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
  };
}

export type BackupPlanView = ReturnType<typeof presentPlan>;
