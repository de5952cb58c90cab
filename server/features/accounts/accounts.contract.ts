// The 利用者台帳 contract: the systems whose accounts are kept, a system's accounts, and an Active
// Directory export imported into a system (previewed with dryRun=1, or written all at once).
import { z } from '@hono/zod-openapi';
import { ACCOUNT_KINDS, ACCOUNT_SOURCES, ACCOUNT_STATUSES } from '../../../domain/accounts/account.ts';
import { LIST_FIELDS } from '../../../domain/accounts/user-list.ts';
import { answer, defineRoute, form, idParam, json, tableExport } from '../../http/contract.ts';

const AccountSystemSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    source: z.enum(ACCOUNT_SOURCES),
    vendorSystemId: z.string().nullable(),
    note: z.string(),
    /** how many accounts it has */
    accounts: z.number().int(),
    /** its 棚卸し in progress, and the last one signed off with the next date it set */
    openReviewId: z.string().nullable(),
    lastReviewOn: z.string().nullable(),
    nextReviewOn: z.string().nullable(),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .openapi('AccountSystem');

const AccountSchema = z
  .object({
    id: z.string(),
    accountId: z.string(),
    name: z.string(),
    employeeId: z.string(),
    jobType: z.string(),
    department: z.string(),
    role: z.string(),
    isAdmin: z.boolean().nullable(),
    shared: z.boolean().nullable(),
    kind: z.enum(ACCOUNT_KINDS),
    status: z.enum(ACCOUNT_STATUSES),
    createdOn: z.string().nullable(),
    /** AD's lastLogonTimestamp is replicated up to 14 days late */
    lastLogonAt: z.string().nullable(),
    passwordLastSetAt: z.string().nullable(),
    passwordNeverExpires: z.boolean().nullable(),
    mfa: z.boolean().nullable(),
    expiresAt: z.string().nullable(),
    /** the account's own leave date, else the leavers list's (by 職員番号, or by name only: to confirm) */
    leftOn: z.string().nullable(),
    leaverBy: z.enum(['account', 'employeeId', 'name']).nullable(),
    /** the leave date is past (today, JST, on the server's clock) */
    left: z.boolean(),
    /** a member of a remote-logon group (Remote Desktop Users …) */
    remote: z.boolean(),
    /** unused beyond the organisation's days (never: not once since it was created) */
    dormant: z.object({ days: z.number().int(), never: z.boolean() }).nullable(),
    note: z.string(),
    version: z.number().int(),
  })
  .openapi('Account');

const Problem = z.object({ row: z.number().int(), column: z.string().nullable(), message: z.string() });
export const AccountImportReportSchema = z
  .object({
    fileName: z.string(),
    sha256: z.string(),
    encoding: z.enum(['utf8', 'utf8-bom', 'utf16le', 'utf16be', 'cp932']).nullable(),
    /** the first line was PowerShell 5.1's #TYPE line */
    typeLine: z.boolean(),
    /** columns written as a .NET type name (MemberOf without -join): not imported */
    typeNameColumns: z.array(z.string()),
    unreadColumns: z.array(z.string()),
    /** an AD export's date order (null for a user list) */
    dateOrder: z.enum(['mdy', 'dmy']).nullable(),
    format: z.enum(['csv', 'xlsx']),
    sheets: z.array(z.string()),
    sheet: z.string().nullable(),
    /** a user list: its heading row, and each heading with the field it goes to (guessed or as chosen) */
    headerRow: z.number().int().nullable(),
    columns: z.array(z.object({ heading: z.string(), field: z.enum(LIST_FIELDS).nullable(), guessed: z.boolean() })),
    summary: z.object({ create: z.number().int(), update: z.number().int(), unchanged: z.number().int(), notInFile: z.number().int() }),
    kinds: z.record(z.string(), z.number().int()),
    changes: z.array(z.object({ row: z.number().int(), accountId: z.string(), columns: z.array(z.string()) })),
    notices: z.array(z.string()),
    problems: z.array(Problem),
    stored: z.boolean(),
  })
  .openapi('AccountImportReport');

const LeaverSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    employeeId: z.string(),
    leftOn: z.string(),
    department: z.string(),
    /** enabled accounts of the 利用者台帳 that are this person's (by 職員番号, or by name only) */
    accounts: z.array(
      z.object({
        id: z.string(),
        systemId: z.string(),
        label: z.string(),
        status: z.enum(ACCOUNT_STATUSES),
        by: z.enum(['employeeId', 'name']),
      }),
    ),
  })
  .openapi('Leaver');

export const LeaverImportReportSchema = z
  .object({
    fileName: z.string(),
    sha256: z.string(),
    format: z.enum(['csv', 'xlsx']),
    encoding: z.string().nullable(),
    summary: z.object({ create: z.number().int(), update: z.number().int(), unchanged: z.number().int(), notInFile: z.number().int() }),
    changes: z.array(z.object({ row: z.number().int(), name: z.string(), columns: z.array(z.string()) })),
    matches: z.object({
      byEmployeeId: z.number().int(),
      byName: z.number().int(),
      stillEnabled: z.array(
        z.object({ leaver: z.string(), leftOn: z.string(), system: z.string(), accountId: z.string(), by: z.enum(['employeeId', 'name']) }),
      ),
      stillEnabledCount: z.number().int(),
    }),
    problems: z.array(Problem),
    stored: z.boolean(),
  })
  .openapi('LeaverImportReport');

const tags = ['利用者台帳'];
const orgId = z.object({ orgId: idParam('orgId') });
const system = orgId.extend({ accountSystemId: idParam('accountSystemId') });

export const accountsContract = {
  systems: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/account-systems',
    tags,
    summary: '利用者台帳のシステム (アカウントの数とともに)',
    request: { params: orgId },
    responses: { 200: answer(z.object({ systems: z.array(AccountSystemSchema) }), 'システム') },
  }),
  createSystem: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/account-systems',
    tags,
    summary: '利用者台帳にシステムを登録する (担当者・管理者)',
    request: {
      params: orgId,
      ...json(
        z.object({
          name: z.string().max(200).optional(),
          source: z.string().max(20).optional(),
          vendorSystemId: z.string().max(100).nullable().optional(),
          note: z.string().max(2000).optional(),
        }),
      ),
    },
    labels: { name: 'システム名', source: 'アカウントの出どころ', vendorSystemId: '事業者台帳のシステム', note: '備考' },
    responses: { 201: answer(AccountSystemSchema, '登録したシステム') },
  }),
  accounts: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/account-systems/{accountSystemId}/accounts',
    tags,
    summary: 'システムのアカウント (検索・絞り込み・ページ)',
    request: {
      params: system,
      query: z.object({
        q: z.string().max(200).optional().openapi({ description: 'ID・氏名・職員番号・所属で検索' }),
        filter: z.string().max(200).optional().openapi({
          description:
            'admins,shared,dormant,leavers,noMfa,disabled (カンマ区切り、すべて満たすもの; disabled: 無効・削除も含める)。省略時は無効・削除を含むすべて、空なら有効なものすべて',
        }),
        limit: z.string().max(10).optional().openapi({ description: '1 ページの件数 (既定 500、最大 2000)' }),
        offset: z.string().max(12).optional().openapi({ description: '先頭から飛ばす件数' }),
      }),
    },
    responses: {
      200: answer(
        z.object({
          system: AccountSystemSchema,
          /** the organisation's days after which an account counts as unused */
          dormantDays: z.number().int(),
          /** people on the leavers list (0: none imported) */
          leavers: z.number().int(),
          total: z.number().int(),
          matching: z.number().int(),
          offset: z.number().int(),
          limit: z.number().int(),
          accounts: z.array(AccountSchema),
        }),
        'アカウント',
      ),
    },
  }),
  history: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/accounts/{accountId}/history',
    tags,
    summary: 'アカウントの履歴 (取り込みでの作成・変更、棚卸しの判断と状態の変更; 監査ログから)',
    request: { params: z.object({ orgId: idParam('orgId'), accountId: idParam('accountId') }) },
    responses: {
      200: answer(
        z.object({
          account: z.object({ id: z.string(), accountId: z.string(), name: z.string(), systemId: z.string(), systemName: z.string() }),
          history: z.array(
            z.discriminatedUnion('kind', [
              z.object({ at: z.string(), actor: z.string(), kind: z.literal('created'), fileName: z.string() }),
              z.object({
                at: z.string(),
                actor: z.string(),
                kind: z.literal('updated'),
                fileName: z.string(),
                columns: z.array(z.string()),
              }),
              z.object({ at: z.string(), actor: z.string(), kind: z.literal('decided'), decision: z.string(), reason: z.string() }),
              z.object({ at: z.string(), actor: z.string(), kind: z.literal('status'), from: z.string(), to: z.string() }),
            ]),
          ),
        }),
        'アカウントと履歴 (新しい順)',
      ),
    },
  }),
  export: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/account-systems/{accountSystemId}/export',
    tags,
    summary: 'システムのアカウントをファイルで出力する (CSV / Shift_JIS の CSV / Excel)',
    request: { params: system, query: tableExport.query },
    responses: { 200: tableExport.answer('アカウントの一覧 (退職日・未使用の日数つき)') },
  }),
  leavers: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/leavers',
    tags,
    summary: '退職者一覧 (利用者台帳のアカウントとの照合とともに)',
    request: { params: orgId },
    responses: { 200: answer(z.object({ leavers: z.array(LeaverSchema), updatedAt: z.string().nullable() }), '退職者') },
  }),
  importLeavers: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/leavers/import',
    tags,
    summary: '人事の退職者一覧 (氏名・職員番号・退職日; CSV または .xlsx) を取り込む (dryRun=1 で確認だけ)',
    description:
      'Shift_JIS・UTF-8 の CSV か .xlsx。職員番号 (なければ氏名) で照合し、ファイルにない人は残す。問題のある行が 1 行でもあれば何も書き込まない (422 IMPORT_ROWS_INVALID)。',
    request: {
      params: orgId,
      query: z.object({ dryRun: z.string().optional().openapi({ description: '1: 書き込まずに結果だけを返す' }) }),
      ...form({
        file: { description: '退職者一覧', file: true, required: true },
        format: { description: 'csv / xlsx (省略時はファイルから判別)' },
        encoding: { description: 'auto / utf8 / cp932' },
        sheet: { description: '.xlsx のシート名 (省略時は最初のシート)' },
      }),
    },
    responses: { 200: answer(LeaverImportReportSchema, '取り込みの結果 (または確認の結果)') },
  }),
  import: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/account-systems/{accountSystemId}/import',
    tags,
    summary:
      'アカウントを取り込む: Active Directory の出力 (Get-ADUser | Export-Csv) か、システムの利用者一覧 (CSV・.xlsx、列の対応つき) (dryRun=1 で確認だけ)',
    description:
      'システムの「アカウントの出どころ」で読み方が決まる。AD: UTF-16 (Unicode)・UTF-8 (BOM あり・なし)・Shift_JIS を判別し、#TYPE の行は読み飛ばす。利用者一覧: 見出しから列を推定し、mapping (見出し → 項目、JSON) で指定した対応はシステムごとに記憶する。問題のある行が 1 行でもあれば何も書き込まない (422 IMPORT_ROWS_INVALID)。ファイルにない列の値はそのまま残す。',
    request: {
      params: system,
      query: z.object({ dryRun: z.string().optional().openapi({ description: '1: 書き込まずに結果だけを返す' }) }),
      ...form({
        file: { description: 'Export-Csv の出力、またはシステムの利用者一覧', file: true, required: true },
        encoding: { description: 'auto / utf8 / cp932' },
        format: { description: '利用者一覧: csv / xlsx (省略時はファイルから判別)' },
        sheet: { description: '利用者一覧 (.xlsx) のシート名' },
        mapping: { description: '利用者一覧: 見出し → 項目 (accountId, name …; 空文字は読まない) の JSON' },
        skipInvalid: { description: '1: 問題のある行を除いて取り込む (除いた行は problems と skipped に)' },
      }),
    },
    responses: { 200: answer(AccountImportReportSchema, '取り込みの結果 (または確認の結果)') },
  }),
};
