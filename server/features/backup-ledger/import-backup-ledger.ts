// Use case: import the バックアップ台帳 from a CSV (UTF-8 / CP932) or .xlsx file, all or nothing. The plan
// (domain/backups/ledger-import.ts) says what would change; dryRun returns it as a preview. The import
// plans again inside its transaction on the locked rows and writes every created or changed system
// there, each audited as a manual edit is (backup_plan.created / backup_plan.updated with before and
// after), plus one `backup_plans.imported` event — or, with any problem, nothing.
import {
  type BackupImportPlan,
  importPreview,
  importSummary,
  type PlannedPlan,
  planBackupImport,
} from '../../../domain/backups/ledger-import.ts';
import type { Tx } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError } from '../../lib/errors.ts';
import { type AuditInput, recordAudit } from '../audit/audit.record.ts';
import type { Caller } from '../caller.ts';
import { type LedgerImportFile, type LedgerImportOptions, type LedgerImportReport, runLedgerImport } from '../imports/ledger-import.ts';
import { authorizeOrg } from '../orgs/orgs.policy.ts';
import { plansForImport } from './backup-import.repo.ts';
import { insertBackupPlan, updateBackupPlan } from './backup-ledger.repo.ts';

export type BackupImportOptions = LedgerImportOptions;
export type BackupImportFile = LedgerImportFile;

/** The file is read only after the caller is known to be allowed to change the organisation's ledger. */
export async function importBackupLedger(
  deps: Deps,
  caller: Caller,
  orgId: string,
  read: () => Promise<{ file: BackupImportFile; opts: BackupImportOptions }>,
) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  const { file, opts } = await read();
  return importBackupLedgerAs(deps, caller.actor, orgId, file, opts);
}

export function importBackupLedgerAs(deps: Deps, actor: Actor, orgId: string, file: BackupImportFile, opts: BackupImportOptions) {
  return runLedgerImport(deps, file, opts, {
    plan: async (db, rows, forUpdate) => planBackupImport(rows, await plansForImport(db, orgId, forUpdate)),
    unchanged: (plan: BackupImportPlan) => plan.plans.every((r) => r.action === 'unchanged'),
    summary: importSummary,
    changes: importPreview,
    write: (tx, plan, report) => writePlan(tx, actor, orgId, plan, report, deps.clock.now()),
  });
}

type Report = LedgerImportReport<BackupImportPlan, ReturnType<typeof importSummary>, ReturnType<typeof importPreview>>;

type Audit = (event: Omit<AuditInput, 'organizationId'>) => Promise<void>;

/** Every created or changed plan, audited with the actions of a manual edit (backup-ledger.service.ts). */
async function writePlan(tx: Tx, actor: Actor, orgId: string, plan: BackupImportPlan, report: Report, now: Date) {
  const audit: Audit = (event) => recordAudit(tx, actor, { organizationId: orgId, ...event }, now);
  const planIds: string[] = [];
  for (const p of plan.plans) {
    if (p.action !== 'unchanged') planIds.push(await writeOne(tx, actor.userId, orgId, p, now, audit));
  }
  const { fileName, sha256, format, encoding, sheet, summary } = report;
  await audit({
    action: 'backup_plans.imported',
    targetType: 'backup_plans',
    targetId: null,
    after: {
      fileName,
      sha256,
      format,
      encoding,
      sheet,
      created: summary.create,
      updated: summary.update,
      unchanged: summary.unchanged,
      planIds,
    },
  });
}

async function writeOne(tx: Tx, userId: string | null, orgId: string, p: PlannedPlan, now: Date, audit: Audit): Promise<string> {
  if (p.action === 'update') {
    const id = p.id as string;
    // the rows are locked and planned on: a version moved on meanwhile is not expected, but never overwritten
    const row = await updateBackupPlan(tx, orgId, id, p.version as number, p.values, userId, now);
    if (!row) throw new AppError('CONFLICT', `「${p.values.systemName}」がほかの人によって変更されました。もう一度取り込んでください。`);
    await audit({ action: 'backup_plan.updated', targetType: 'backup_plan', targetId: id, before: p.before, after: p.values });
    return id;
  }
  const row = await insertBackupPlan(tx, orgId, p.values, userId, now);
  await audit({ action: 'backup_plan.created', targetType: 'backup_plan', targetId: row.id, after: p.values });
  return row.id;
}
