// The バックアップ台帳 contract: the systems' backups with their problems, one with its restore tests and
// history, registering and changing one, recording a restore test, the ledger as a file.
import { z } from '@hono/zod-openapi';
import {
  BACKUP_SCOPES,
  BACKUP_STATUSES,
  backupPlanLabels,
  FREQUENCIES,
  ISOLATIONS,
  PLACES,
  RESTORE_RESULTS,
  restoreTestLabels,
} from '../../../domain/backups/ledger.ts';
import { SEVERITIES } from '../../../domain/findings/finding.ts';
import { answer, defineRoute, idParam, json, tableExport } from '../../http/contract.ts';
import { RowHistoryEntrySchema } from '../audit/row-history.ts';

const FileRef = z.object({ id: z.string(), fileName: z.string() });
const IsoDate = z.string().openapi({ format: 'date' });

const BackupProblemSchema = z.object({
  kind: z.string(),
  severity: z.enum(SEVERITIES),
  /** whose rule: the 手引き's, the ministry's training material's, or Mamori's own */
  source: z.enum(['guide', 'training', 'mamori']),
  title: z.string(),
  detail: z.string(),
});

export const BackupPlanSchema = z
  .object({
    id: z.string(),
    systemName: z.string(),
    vendorName: z.string(),
    scope: z.array(z.enum(BACKUP_SCOPES)),
    frequency: z.enum(FREQUENCIES),
    method: z.string(),
    generations: z.number().int().nullable(),
    places: z.array(z.enum(PLACES)),
    isolation: z.enum(ISOLATIONS),
    separateNetwork: z.boolean().nullable(),
    encrypted: z.boolean().nullable(),
    responsible: z.string(),
    restoreOrder: z.number().int().nullable(),
    recoveryHours: z.number().int().nullable(),
    restoreProcedure: z.string(),
    procedureEvidenceId: z.string().nullable(),
    /** the restore procedure's file (null when none, or deleted since) */
    procedureEvidence: FileRef.nullable(),
    status: z.enum(BACKUP_STATUSES),
    note: z.string(),
    lastTest: z.object({ testedOn: IsoDate, result: z.enum(RESTORE_RESULTS) }).nullable(),
    /** restore tests recorded */
    tests: z.number().int(),
    /** the next restore test by Mamori's 12 months (null: never tested) */
    nextTestDue: IsoDate.nullable(),
    problems: z.array(BackupProblemSchema),
    version: z.number().int(),
    updatedAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('BackupPlan');

export const RestoreTestSchema = z
  .object({
    id: z.string(),
    testedOn: IsoDate,
    target: z.string(),
    generation: z.string(),
    durationMinutes: z.number().int().nullable(),
    result: z.enum(RESTORE_RESULTS),
    problems: z.string(),
    tester: z.string(),
    recordedBy: z.string(),
    /** a file of the evidence store (null when none, or deleted since) */
    evidence: FileRef.nullable(),
    createdAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('RestoreTest');

const text = z.string().max(10_000).optional();
const choices = z.union([z.array(z.string().max(100)).max(20), z.string().max(1000)]).optional();
const count = z
  .union([z.number(), z.string().max(40)])
  .nullable()
  .optional();
const flag = z
  .union([z.boolean(), z.string().max(20)])
  .nullable()
  .optional();

/** The shapes only: the rules (names, choices, counts, dates) are domain/backups/ledger.ts's, which name each field in Japanese. */
export const backupPlanInputSchema = z.object({
  systemName: text,
  vendorName: text,
  /** data, image, config (or their Japanese labels) */
  scope: choices,
  frequency: text,
  method: text,
  /** generations kept, 1 or more */
  generations: count,
  /** same_room, onsite, other_building, offsite, cloud */
  places: choices,
  /** offline, immutable, both, none, unknown */
  isolation: text,
  separateNetwork: flag,
  encrypted: flag,
  responsible: text,
  restoreOrder: count,
  recoveryHours: count,
  restoreProcedure: text,
  procedureEvidenceId: z.string().max(100).nullable().optional(),
  /** the ledger's status words (稼働中, 廃棄 … or active, retired …) */
  status: text,
  note: text,
});
export const backupPlanUpdateSchema = backupPlanInputSchema.extend({ version: z.number().int() });

export const restoreTestInputSchema = z.object({
  /** 西暦 or 和暦; not in the future */
  testedOn: text,
  target: text,
  generation: text,
  durationMinutes: count,
  /** success, partial, failed */
  result: text,
  problems: text,
  tester: text,
  evidenceId: z.string().max(100).nullable().optional(),
});

const orgId = z.object({ orgId: idParam('orgId') });
const orgAndPlan = orgId.extend({ backupPlanId: idParam('backupPlanId') });
const tags = ['バックアップ台帳'];

export const backupLedgerContract = {
  list: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/backup-plans',
    tags,
    summary: 'バックアップ台帳 (復旧の順番・システム名の順)',
    request: { params: orgId },
    responses: { 200: answer(z.object({ plans: z.array(BackupPlanSchema) }), 'システムごとのバックアップ') },
  }),
  export: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/backup-plans/export',
    tags,
    summary: 'バックアップ台帳をファイルで出力する (CSV / Shift_JIS の CSV / Excel)',
    request: { params: orgId, query: tableExport.query },
    responses: { 200: tableExport.answer('バックアップ台帳') },
  }),
  create: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/backup-plans',
    tags,
    summary: 'システムのバックアップを登録する (担当者・管理者)',
    request: { params: orgId, ...json(backupPlanInputSchema) },
    labels: backupPlanLabels,
    responses: { 201: answer(BackupPlanSchema, '登録したバックアップ') },
  }),
  get: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/backup-plans/{backupPlanId}',
    tags,
    summary: 'システムのバックアップ、復旧テストと変更の履歴',
    request: { params: orgAndPlan },
    responses: {
      200: answer(
        z.object({ plan: BackupPlanSchema, tests: z.array(RestoreTestSchema), history: z.array(RowHistoryEntrySchema) }),
        'バックアップ、復旧テスト (新しい順) と履歴 (新しい順)',
      ),
    },
  }),
  update: defineRoute({
    method: 'put',
    path: '/orgs/{orgId}/backup-plans/{backupPlanId}',
    tags,
    summary: 'システムのバックアップを変更する (version が違えば 409)',
    request: { params: orgAndPlan, ...json(backupPlanUpdateSchema) },
    labels: backupPlanLabels,
    responses: { 200: answer(BackupPlanSchema, '変更後のバックアップ') },
  }),
  test: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/backup-plans/{backupPlanId}/restore-tests',
    tags,
    summary: '復旧テストを記録する (記録は変更できません。訂正は新しい記録で)',
    request: { params: orgAndPlan, ...json(restoreTestInputSchema) },
    labels: restoreTestLabels,
    responses: { 201: answer(RestoreTestSchema, '記録した復旧テスト') },
  }),
};
