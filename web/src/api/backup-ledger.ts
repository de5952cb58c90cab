// The web client's calls of the バックアップ台帳 (see ../api.ts): the systems' backups, one with its
// restore tests and history, registering and changing one (with the version read), recording a
// restore test, and the ledger as a file.
import type { InferRequestType } from 'hono/client';
import { client, params } from '../api-client.ts';
import { call, id } from '../api-core.ts';

const plans = client.api.orgs[':orgId']['backup-plans'];

/** What the form sends (the rules are the server's: domain/backups/ledger.ts); a change adds its version. */
export type BackupPlanInput = InferRequestType<(typeof plans)['$post']>['json'];
export type RestoreTestInput = InferRequestType<(typeof plans)[':backupPlanId']['restore-tests']['$post']>['json'];

export const backupLedgerApi = {
  backupPlans: (orgId: string) => call(() => plans.$get({ param: params({ orgId }) })),
  backupPlan: (orgId: string, backupPlanId: string) => call(() => plans[':backupPlanId'].$get({ param: params({ orgId, backupPlanId }) })),
  createBackupPlan: (orgId: string, body: BackupPlanInput) => call(() => plans.$post({ param: params({ orgId }), json: body })),
  updateBackupPlan: (orgId: string, backupPlanId: string, body: BackupPlanInput & { version: number }) =>
    call(() => plans[':backupPlanId'].$put({ param: params({ orgId, backupPlanId }), json: body })),
  recordRestoreTest: (orgId: string, backupPlanId: string, body: RestoreTestInput) =>
    call(() => plans[':backupPlanId']['restore-tests'].$post({ param: params({ orgId, backupPlanId }), json: body })),
  backupPlansExportUrl: (orgId: string, format: 'csv' | 'csv-sjis' | 'xlsx') =>
    `/api/orgs/${id(orgId)}/backup-plans/export?format=${format}`,
  /** the 緊急時カード (first steps and whom to call, one A4 page) */
  emergencyCardUrl: (orgId: string, output: 'print' | 'pdf') =>
    output === 'print' ? `/api/orgs/${id(orgId)}/emergency-card/print` : `/api/orgs/${id(orgId)}/emergency-card.pdf`,
};

/** A system's backup as the ledger lists it: its values, last restore test, next one due and problems (each with whose rule). */
export type BackupPlan = Awaited<ReturnType<typeof backupLedgerApi.backupPlans>>['plans'][number];
export type BackupProblem = BackupPlan['problems'][number];
/** One system's backup with its restore tests and the history of its changes, newest first. */
export type BackupPlanDetail = Awaited<ReturnType<typeof backupLedgerApi.backupPlan>>;
export type RestoreTest = BackupPlanDetail['tests'][number];
export type BackupHistoryEntry = BackupPlanDetail['history'][number];
