// Use cases of the バックアップ台帳: the organisation's systems' backups (with their last restore test
// and problems), one with its restore tests and history, registering and changing one (only the
// version read), and recording a restore test (kept as recorded; a correction is a new test). A
// system's backup is never deleted: its status becomes 廃棄. Members read; 担当者・管理者 write; audited.
import { type BackupPlanValues, checkBackupPlan, checkRestoreTest } from '../../../domain/backups/ledger.ts';
import { todayJst } from '../../../domain/dates/fiscal-year.ts';
import type { Db, Tx } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.record.ts';
import { rowHistory } from '../audit/row-history.ts';
import type { Caller } from '../caller.ts';
import { findEvidence, listEvidence } from '../evidence/evidence.repo.ts';
import { authorizeOrg, isUuid } from '../orgs/orgs.policy.ts';
import { type FileNames, presentPlan, presentRestoreTest, valuesOfPlan } from './backup-ledger.present.ts';
import {
  backupPlansOf,
  findBackupPlan,
  insertBackupPlan,
  insertRestoreTest,
  type RestoreTestRow,
  restoreTestsOf,
  updateBackupPlan,
} from './backup-ledger.repo.ts';

const NAME = 'バックアップ台帳のシステム';

async function fileNames(db: Db | Tx, orgId: string): Promise<FileNames> {
  return new Map((await listEvidence(db, orgId)).map((f) => [f.id, { id: f.id, fileName: f.fileName }]));
}

/** Tests grouped by plan, each newest first. */
function byPlan(tests: RestoreTestRow[]) {
  const out = new Map<string, RestoreTestRow[]>();
  for (const t of tests) out.set(t.planId, [...(out.get(t.planId) ?? []), t]);
  return out;
}

/** Every plan of the organisation as the ledger shows it (also read by the findings, the suggestions and the export). */
export async function backupLedgerOf(db: Db | Tx, orgId: string, now: Date) {
  const [plans, tests, files] = await Promise.all([backupPlansOf(db, orgId), restoreTestsOf(db, orgId), fileNames(db, orgId)]);
  const grouped = byPlan(tests);
  const today = todayJst(now);
  return plans.map((p) => presentPlan(p, grouped.get(p.id) ?? [], files, today));
}

export async function listBackupPlans(deps: Deps, caller: Caller, orgId: string) {
  await authorizeOrg(deps.db, caller, orgId, 'org.read');
  return backupLedgerOf(deps.db, orgId, deps.clock.now());
}

export async function getBackupPlan(deps: Deps, caller: Caller, orgId: string, id: string) {
  await authorizeOrg(deps.db, caller, orgId, 'org.read');
  const row = isUuid(id) ? await findBackupPlan(deps.db, orgId, id) : undefined;
  if (!row) throw notFound(NAME);
  const [tests, files, history] = await Promise.all([
    restoreTestsOf(deps.db, orgId, id),
    fileNames(deps.db, orgId),
    rowHistory(deps.db, orgId, 'backup_plan', id),
  ]);
  return {
    plan: presentPlan(row, tests, files, todayJst(deps.clock.now())),
    tests: tests.map((t) => presentRestoreTest(t, files)),
    history,
  };
}

/** A file of the organisation's evidence store, or a field error naming `field`. */
async function evidenceOr400(db: Db | Tx, orgId: string, id: string, field: string) {
  const file = await findEvidence(db, orgId, id);
  if (!file) {
    throw new AppError('VALIDATION', '証跡ファイルが組織の証跡にありません。', {
      fields: [{ field, message: '組織の証跡ファイルから選んでください' }],
    });
  }
  return file;
}

/** The plan's values from a request, its procedure file checked to be one of this organisation's. */
export async function planValuesFrom(db: Db | Tx, orgId: string, raw: unknown): Promise<BackupPlanValues> {
  const checked = checkBackupPlan((raw ?? {}) as Record<string, unknown>);
  if (!checked.ok) throw new AppError('VALIDATION', checked.problems.map((p) => p.message).join(' / '), { fields: checked.problems });
  if (checked.values.procedureEvidenceId) await evidenceOr400(db, orgId, checked.values.procedureEvidenceId, 'procedureEvidenceId');
  return checked.values;
}

export async function createBackupPlan(deps: Deps, caller: Caller, orgId: string, raw: unknown) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  const values = await planValuesFrom(deps.db, orgId, raw);
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const row = await insertBackupPlan(tx, orgId, values, caller.user.id, now);
    await recordAudit(
      tx,
      caller.actor,
      { organizationId: orgId, action: 'backup_plan.created', targetType: 'backup_plan', targetId: row.id, after: values },
      now,
    );
    return presentPlan(row, [], await fileNames(tx, orgId), todayJst(now));
  });
}

export async function updateBackupPlanOf(deps: Deps, caller: Caller, orgId: string, id: string, raw: { version: number }) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  if (!isUuid(id)) throw notFound(NAME);
  const values = await planValuesFrom(deps.db, orgId, raw);
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const current = await findBackupPlan(tx, orgId, id, true);
    if (!current) throw notFound(NAME);
    const row = await updateBackupPlan(tx, orgId, id, raw.version, values, caller.user.id, now);
    if (!row)
      throw new AppError(
        'CONFLICT',
        'ほかの人が先にこのシステムのバックアップを変更しました。読み込み直してから、もう一度変更してください。',
      );
    await recordAudit(
      tx,
      caller.actor,
      {
        organizationId: orgId,
        action: 'backup_plan.updated',
        targetType: 'backup_plan',
        targetId: id,
        before: valuesOfPlan(current),
        after: values,
      },
      now,
    );
    return presentPlan(row, await restoreTestsOf(tx, orgId, id), await fileNames(tx, orgId), todayJst(now));
  });
}

export async function recordRestoreTest(deps: Deps, caller: Caller, orgId: string, planId: string, raw: unknown) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  const now = deps.clock.now();
  const checked = checkRestoreTest((raw ?? {}) as Record<string, unknown>, todayJst(now));
  if (!checked.ok) throw new AppError('VALIDATION', checked.problems.map((p) => p.message).join(' / '), { fields: checked.problems });
  const values = checked.values;
  return deps.db.transaction(async (tx) => {
    // the plan is locked so that a test is never recorded against a plan changed to another system meanwhile
    const plan = isUuid(planId) ? await findBackupPlan(tx, orgId, planId, true) : undefined;
    if (!plan) throw notFound(NAME);
    const file = values.evidenceId ? await evidenceOr400(tx, orgId, values.evidenceId, 'evidenceId') : null;
    const row = await insertRestoreTest(tx, {
      organizationId: orgId,
      planId,
      ...values,
      evidenceId: file?.id ?? null,
      recordedBy: caller.actor.label,
      createdAt: now,
    });
    const shown = presentRestoreTest(row, new Map(file ? [[file.id, { id: file.id, fileName: file.fileName }]] : []));
    await recordAudit(
      tx,
      caller.actor,
      { organizationId: orgId, action: 'restore_test.recorded', targetType: 'backup_plan', targetId: planId, after: shown },
      now,
    );
    return shown;
  });
}
