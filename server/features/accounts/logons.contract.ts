// The logon events contract: a system's reads of logon event files (a file sent as the body itself and
// read as a stream), one read with its summary per account and its findings, and removing one.
import { z } from '@hono/zod-openapi';
import { LOGON_CLASSES } from '../../../domain/logons/events.ts';
import { LOGON_FORMATS } from '../../../domain/logons/readers.ts';
import { answer, binaryBody, defineRoute, idParam } from '../../http/contract.ts';

const classes = z.object(
  Object.fromEntries(LOGON_CLASSES.map((c) => [c, z.number().int()])) as Record<(typeof LOGON_CLASSES)[number], z.ZodNumber>,
);
const LogonRefSchema = z.object({ time: z.string(), logonClass: z.enum(LOGON_CLASSES), source: z.string().nullable() });

const LogonReadSchema = z
  .object({
    id: z.string(),
    systemId: z.string(),
    fileName: z.string(),
    fileBytes: z.number(),
    sha256: z.string(),
    format: z.enum(LOGON_FORMATS),
    formatLabel: z.string(),
    encoding: z.string(),
    /** logon events read (4624, 4625 …) */
    events: z.number().int(),
    periodFrom: z.string().nullable(),
    periodTo: z.string().nullable(),
    /** records of the file, of other events (not logons), and unreadable (skipped; the first 20 named) */
    records: z.number().int(),
    ignored: z.number().int(),
    malformed: z.number().int(),
    problems: z.array(z.object({ line: z.number().int(), message: z.string() })),
    /** NXLog records whose zoneless time, read in the offset used, is hours from their own UTC stamp */
    zoneDoubts: z.number().int(),
    /** the offset they suggest (e.g. -04:00): read the file again with it */
    suggestedOffset: z.string().nullable(),
    importedBy: z.string(),
    importedAt: z.string(),
    /** the original file, kept in the evidence store when chosen (null: not kept) */
    originalEvidenceId: z.string().nullable(),
  })
  .openapi('LogonRead');

const AccountSummarySchema = z.object({
  account: z.string(),
  domain: z.string(),
  system: z.string(),
  accountKind: z.enum(['user', 'machine', 'builtin', 'none']),
  logons: classes,
  logonTotal: z.number().int(),
  failures: z.number().int(),
  failuresByStatus: z.record(z.string(), z.number().int()),
  logoffs: z.number().int(),
  explicit: z.number().int(),
  privileged: z.number().int(),
  rdpAuth: z.number().int(),
  reconnects: z.number().int(),
  disconnects: z.number().int(),
  sources: z.array(z.object({ address: z.string(), count: z.number().int() })),
  otherSourceEvents: z.number().int(),
  rdpSources: z.array(z.object({ address: z.string(), count: z.number().int(), first: z.string(), last: z.string() })),
  otherRdpSourceEvents: z.number().int(),
  localRdp: z.number().int(),
  hours: z.array(z.number().int()),
  humanHours: z.array(z.number().int()),
  firstSeen: z.string(),
  lastSeen: z.string(),
  lastLogon: z.string().nullable(),
  lastFailure: z.string().nullable(),
  recentLogons: z.array(LogonRefSchema),
  nightLogons: z.array(LogonRefSchema),
});

const LogonReadDetailSchema = LogonReadSchema.extend({
  systemName: z.string(),
  /** accounts in the summary, and those matching the query; at most 500 of them are in summary.accounts */
  accountsTotal: z.number().int(),
  accountsMatching: z.number().int(),
  summary: z.object({
    accounts: z.array(AccountSummarySchema),
    sources: z.array(
      z.object({
        address: z.string(),
        logons: z.number().int(),
        failures: z.number().int(),
        rdp: z.number().int(),
        accounts: z.array(z.string()),
        otherAccountEvents: z.number().int(),
        first: z.string(),
        last: z.string(),
      }),
    ),
    bursts: z.array(
      z.object({
        by: z.enum(['account', 'source']),
        account: z.string().nullable(),
        system: z.string().nullable(),
        source: z.string().nullable(),
        start: z.string(),
        end: z.string(),
        failures: z.number().int(),
        seen: z.array(z.string()),
        succeeded: z.object({ time: z.string(), account: z.string(), source: z.string().nullable() }).nullable(),
      }),
    ),
    unknownUsers: z.array(
      z.object({ system: z.string(), failures: z.number().int(), names: z.array(z.string()), otherNames: z.number().int() }),
    ),
    overflow: z.object({ accountEvents: z.number().int(), sourcesDropped: z.number().int(), bursts: z.number().int() }),
    thresholds: z.object({ burstThreshold: z.number(), burstWindowMinutes: z.number(), successAfterMinutes: z.number() }),
  }),
  /** judged now: the institution's address ranges and the 利用者台帳 as they are today */
  findings: z.array(
    z.object({ id: z.string(), severity: z.enum(['critical', 'high', 'medium', 'info']), title: z.string(), detail: z.array(z.string()) }),
  ),
}).openapi('LogonReadDetail');

const tags = ['利用者台帳'];
const system = z.object({ orgId: idParam('orgId'), accountSystemId: idParam('accountSystemId') });
const read = z.object({ orgId: idParam('orgId'), logonImportId: idParam('logonImportId') });

export const logonsContract = {
  list: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/account-systems/{accountSystemId}/logons',
    tags,
    summary: 'システムのログオン記録 (読み込んだイベント ファイル、新しい順) と施設のアドレス範囲',
    request: { params: system },
    responses: { 200: answer(z.object({ reads: z.array(LogonReadSchema), addressRanges: z.array(z.string()) }), 'ログオン記録') },
  }),
  import: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/account-systems/{accountSystemId}/logons',
    tags,
    summary: 'Windows のログオン イベント (4624・4625 …) のファイルを読み、アカウントごとの集計を残す (担当者・管理者)',
    description:
      'NXLog / Winlogbeat の JSON Lines、Get-WinEvent | Export-Csv の CSV、イベント ビューアーの「名前を付けて保存」の CSV (日本語・英語)。UTF-8・UTF-16・Shift_JIS を判別する。本文そのものがファイル (application/octet-stream、ファイル名は fileName) で、全体を読み込まずに流れとして読む (上限 MAMORI_MAX_LOGON_UPLOAD_MB、既定 4096 MB)。読めない行が 1% を超え、かつ 100 行以上あるときは何も残さない (422)。イベントそのものは残さない。',
    request: {
      params: system,
      query: z.object({
        fileName: z.string().max(255).optional().openapi({ description: 'ファイルの名前' }),
        utcOffset: z.string().max(10).optional().openapi({ description: '時刻に時差のない形式の時差 (既定 +09:00、日本)' }),
        keep: z.string().max(1).optional().openapi({ description: '1: 元のファイルを証跡として残す (MAMORI_MAX_UPLOAD_MB まで)' }),
      }),
      ...binaryBody('ログオン イベントのファイル'),
    },
    responses: { 201: answer(LogonReadDetailSchema, '読み込んだ結果 (集計と所見)') },
  }),
  detail: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/logon-imports/{logonImportId}',
    tags,
    summary: '読み込んだログオン記録の集計と所見 (所見は今の利用者台帳とアドレス範囲で判定; アカウントは活動の多い順に 500 件まで)',
    request: {
      params: read,
      query: z.object({ q: z.string().max(200).optional().openapi({ description: 'アカウント名・ログオン先で絞り込む' }) }),
    },
    responses: { 200: answer(LogonReadDetailSchema, 'ログオン記録') },
  }),
  remove: defineRoute({
    method: 'delete',
    path: '/orgs/{orgId}/logon-imports/{logonImportId}',
    tags,
    summary: '読み込んだログオン記録を削除する (担当者・管理者)',
    request: { params: read },
    responses: { 200: answer(z.object({ removed: z.boolean() }), '削除した') },
  }),
};
