// The バックアップ台帳 import: a CSV (UTF-8 / CP932) or .xlsx file as the ledger's export writes it (or
// with some of its columns), previewed (dryRun=1) or stored all at once — nothing when any row has a problem.
import { z } from '@hono/zod-openapi';
import { answer, defineRoute, form, idParam } from '../../http/contract.ts';
import { importedFileFields } from '../imports/imported-file.schema.ts';

const Change = z.object({ column: z.string(), before: z.string(), after: z.string() });

export const BackupImportReportSchema = z
  .object({
    ...importedFileFields,
    /** columns of the file that are not read (the export's read-only columns, unknown ones) */
    ignored: z.array(z.object({ column: z.string(), reason: z.string() })),
    summary: z.object({ create: z.number().int(), update: z.number().int(), unchanged: z.number().int() }),
    /** the first rows that create or change a system's backup, with the columns that change */
    changes: z.array(
      z.object({
        row: z.number().int(),
        action: z.enum(['create', 'update']),
        system: z.string(),
        changes: z.array(Change),
      }),
    ),
    /** each problem with the file's row number (header = 1) and the column's heading */
    problems: z.array(z.object({ row: z.number().int(), column: z.string().nullable(), message: z.string() })),
    /** true when something was written */
    stored: z.boolean(),
  })
  .openapi('BackupImportReport');

const dryRun = z.object({ dryRun: z.string().optional().openapi({ description: '1: 書き込まずに結果だけを返す' }) });

export const backupImportContract = {
  import: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/backup-plans/import',
    tags: ['バックアップ台帳'],
    summary: 'バックアップ台帳をファイル (CSV / Excel) から取り込む (dryRun=1 で確認だけ)',
    description:
      '書き出しと同じ列 (システムのみ必須)。システム名が同じ (全角・半角、大文字・小文字を問わない) 台帳の行は変更、なければ登録。問題のある行が 1 行でもあれば何も書き込まない (422 IMPORT_ROWS_INVALID)。復旧手順書・復旧テスト・指摘の列は読み込まない。',
    request: {
      params: z.object({ orgId: idParam('orgId') }),
      query: dryRun,
      ...form({
        file: { description: 'CSV または .xlsx', file: true, required: true },
        format: { description: 'csv / xlsx (省略時は内容から)' },
        encoding: { description: 'auto / utf8 / cp932' },
        sheet: { description: 'シート名' },
      }),
    },
    responses: { 200: answer(BackupImportReportSchema, '取り込みの結果 (または確認の結果)') },
  }),
};
