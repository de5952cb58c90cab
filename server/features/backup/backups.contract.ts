// The automatic backups contract (mounted at /api): their state and a backup now, for system
// administrators (the folders are named here, never on /api/health).
import { z } from '@hono/zod-openapi';
import { answer, defineRoute } from '../../http/contract.ts';

const tags = ['運用'];
const Timestamp = z.string().openapi({ format: 'date-time' });

export const BackupStateSchema = z
  .object({
    status: z.enum(['off', 'none', 'ok', 'stale', 'failing']),
    lastAt: Timestamp.nullable(),
    everyHours: z.number(),
    keep: z.number(),
    running: z.boolean(),
    lastError: z.object({ at: Timestamp, message: z.string() }).nullable(),
    folders: z.array(z.object({ dir: z.string(), lastAt: Timestamp.nullable(), error: z.string().nullable() })),
    /** the latest restore test (`mamori backup verify`) recorded in this installation */
    lastVerification: z
      .object({
        at: Timestamp,
        by: z.string(),
        file: z.string(),
        ok: z.boolean(),
        backupCreatedAt: z.string().nullable(),
        tables: z.number(),
        rows: z.number(),
        problems: z.array(z.string()),
      })
      .nullable(),
  })
  .openapi('BackupState');

export const backupsContract = {
  state: defineRoute({
    method: 'get',
    path: '/admin/backups',
    tags,
    summary: 'Mamori 自身の自動バックアップの状態 (システム管理者)',
    responses: { 200: answer(BackupStateSchema, '保存先ごとの最後のバックアップと失敗') },
  }),
  run: defineRoute({
    method: 'post',
    path: '/admin/backups/run',
    tags,
    summary: '今すぐバックアップする (システム管理者)',
    description: '予定を待たずにすべての保存先へ書き出す。実行中なら 409。',
    responses: { 200: answer(BackupStateSchema, '書き出した後の状態') },
  }),
};
