// The feeds contract (mounted at /api): the loaded vulnerability and end-of-life data, this
// installation's spellings, and an organisation's findings with the decisions on them.
import { z } from '@hono/zod-openapi';
import { DEVICE_CLASSES } from '../../../domain/devices/device.ts';
import { SEVERITIES } from '../../../domain/findings/finding.ts';
import { answer, defineRoute, form, idParam, json, tableExport } from '../../http/contract.ts';
import { decisionSchema } from './decide-finding.ts';
import { aliasSchema } from './site-aliases.ts';

const Timestamp = z.string().openapi({ format: 'date-time' });
const Severity = z.enum(SEVERITIES);
const FeedKind = z.enum(['kev', 'eol', 'nvd']);

export const FeedVersionSchema = z
  .object({
    kind: FeedKind,
    version: z.string(),
    /** as the feed states it (KEV's dateReleased), or null */
    releasedAt: z.string().nullable(),
    loadedAt: Timestamp,
    loadedBy: z.string(),
    entries: z.number(),
    /** the files or addresses it was read from */
    source: z.string(),
  })
  .openapi('FeedVersion');

const PointRef = z.object({ id: z.string(), label: z.string(), exposed: z.boolean() });

const CveSchema = z.object({
  cveId: z.string(),
  name: z.string(),
  dueDate: z.string(),
  requiredAction: z.string(),
  action: z.object({ ja: z.string().nullable(), complete: z.boolean() }),
  ransomware: z.boolean(),
});

const DecisionSchema = z.object({
  decision: z.enum(['confirmed', 'dismissed']),
  reason: z.string(),
  by: z.string(),
  at: Timestamp,
});

export const DecidedFindingSchema = z
  .object({
    id: z.string(),
    severity: Severity,
    kind: z.enum(['kev', 'eol', 'eol-soon', 'version-missing', 'rule']),
    subject: z.object({
      type: z.enum(['device', 'connection', 'system', 'account', 'logon', 'backup']),
      id: z.string(),
      label: z.string(),
      stamp: z.string(),
      deviceClass: z.enum([...DEVICE_CLASSES, 'connection', 'system', 'account', 'logon', 'backup']),
      /** a system's vendor (its page in the 事業者台帳) */
      vendorId: z.string().optional(),
      /** an account's system (its page in the 利用者台帳) */
      systemId: z.string().optional(),
    }),
    title: z.string(),
    detail: z.array(z.string()),
    method: z.enum(['version-range', 'exact-cycle', 'name-only', 'rule']),
    confidence: z.enum(['high', 'medium', 'low']),
    cves: z.array(CveSchema),
    eol: z.object({ product: z.string(), cycle: z.string(), date: z.string().nullable() }).nullable(),
    topics: z.array(z.string()),
    via: z.array(PointRef),
    items: z.array(z.object({ id: z.string(), label: z.string() })),
    /** a decision that still holds (the row and the feeds unchanged since), or null */
    decision: DecisionSchema.nullable(),
  })
  .openapi('DecidedFinding');

export const FindingsReportSchema = z
  .object({
    /** worst first, at most `limit` */
    findings: z.array(DecidedFindingSchema),
    /** dismissed as false positives (left out unless asked for) */
    dismissed: z.number(),
    /** how many match the filter */
    total: z.number(),
    counts: z.record(Severity, z.number()),
    feeds: z.array(FeedVersionSchema.omit({ loadedBy: true, source: true })),
    warnings: z.array(z.string()),
    /** the form the findings' items are numbered as (this fiscal year's), or null */
    checklist: z.object({ label: z.string(), fiscalYear: z.string() }).nullable(),
  })
  .openapi('FindingsReport');

const AliasSchema = z
  .object({ alias: z.string(), canonical: z.string(), createdBy: z.string(), createdAt: Timestamp })
  .openapi('SiteAlias');

const LoadedSchema = z.object({ loaded: z.array(z.object({ kind: FeedKind, version: z.string(), entries: z.number() })) });

/** ?severity=critical,high (none: every severity) */
const severityList = z
  .string()
  .optional()
  .openapi({ description: `${SEVERITIES.join(',')} のいずれか (カンマ区切り)` })
  .transform((raw, ctx) => {
    const list = (raw ?? '').split(',').filter(Boolean);
    const bad = list.filter((s) => !(SEVERITIES as readonly string[]).includes(s));
    if (bad.length) ctx.addIssue({ code: 'custom', message: `${SEVERITIES.join(' / ')} のいずれかです (${bad.join(', ')})` });
    return list as (typeof SEVERITIES)[number][];
  });

/** ?limit=500 (1〜5000) */
const limit = z
  .string()
  .optional()
  .openapi({ description: '一覧に載せる件数 (1〜5000、既定 500)。数えるのは全件' })
  .transform((raw, ctx) => {
    const n = raw === undefined ? 500 : Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > 5000) ctx.addIssue({ code: 'custom', message: '1〜5000 の整数で指定してください' });
    return n;
  });

export const findingsQuery = z.object({
  severity: severityList,
  limit,
  /** 1: the findings dismissed as false positives are listed too */
  dismissed: z
    .string()
    .optional()
    .openapi({ description: '1 なら誤検知として除外したものも載せる' })
    .transform((v) => v === '1'),
});

const orgId = z.object({ orgId: idParam('orgId') });
const orgAndFinding = orgId.extend({ findingId: idParam('findingId') });
const tags = ['脆弱性・サポート期限'];

export const feedContract = {
  versions: defineRoute({
    method: 'get',
    path: '/feeds',
    tags,
    summary: '読み込んだ脆弱性・サポート期限データの版',
    responses: { 200: answer(z.object({ feeds: z.array(FeedVersionSchema) }), '種類ごとの版') },
  }),
  load: defineRoute({
    method: 'post',
    path: '/feeds/load',
    tags,
    summary: 'データをファイルから読み込む (システム管理者)',
    description: 'すべてのファイルを確かめてから置き換え、壊れたファイルがあればこれまでのデータはそのまま。',
    request: form({
      kev: { description: 'CISA KEV の JSON (1 ファイル)', file: true },
      eol: { description: 'endoflife.date の JSON または .md', file: true, many: true },
      nvd: { description: 'NVD の JSON', file: true, many: true },
    }),
    responses: { 200: answer(LoadedSchema, '読み込んだデータ') },
  }),
  aliases: defineRoute({
    method: 'get',
    path: '/feeds/aliases',
    tags,
    summary: 'メーカー名・製品名の読み替えの一覧',
    responses: { 200: answer(z.object({ aliases: z.array(AliasSchema) }), '読み替え') },
  }),
  addAlias: defineRoute({
    method: 'post',
    path: '/feeds/aliases',
    tags,
    summary: '読み替えを追加・変更する (システム管理者)',
    request: json(aliasSchema),
    responses: { 201: answer(AliasSchema, '保存した読み替え') },
  }),
  removeAlias: defineRoute({
    method: 'delete',
    path: '/feeds/aliases/{alias}',
    tags,
    summary: '読み替えを削除する (システム管理者)',
    request: { params: z.object({ alias: idParam('alias') }) },
    responses: { 200: answer(z.object({ removed: z.string() }), '削除した読み替え') },
  }),
  update: defineRoute({
    method: 'post',
    path: '/feeds/update',
    tags,
    summary: 'データを公開元から取得して更新する (システム管理者)',
    responses: { 200: answer(LoadedSchema.extend({ from: z.array(z.string()) }), '読み込んだデータと取得元') },
  }),
  exportFindings: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/findings/export',
    tags,
    summary: '指摘の一覧をファイルで出力する (CSV / Shift_JIS の CSV / Excel)',
    request: {
      params: orgId,
      query: tableExport.query,
    },
    responses: { 200: tableExport.answer('指摘の一覧 (誤検知として除外したものと判断を含む)') },
  }),
  decide: defineRoute({
    method: 'put',
    path: '/orgs/{orgId}/findings/{findingId}/decision',
    tags,
    summary: '指摘を確認済みにする・誤検知として除外する',
    request: { params: orgAndFinding, ...json(decisionSchema) },
    responses: {
      200: answer(
        z.object({
          findingId: z.string(),
          decision: z.enum(['confirmed', 'dismissed']),
          reason: z.string(),
          decidedBy: z.string(),
          decidedAt: Timestamp,
        }),
        '記録した判断',
      ),
    },
  }),
  undoDecision: defineRoute({
    method: 'delete',
    path: '/orgs/{orgId}/findings/{findingId}/decision',
    tags,
    summary: '指摘への判断を取り消す',
    request: { params: orgAndFinding },
    responses: { 200: answer(z.object({ findingId: z.string(), decision: z.null() }), '取り消した') },
  }),
  findings: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/findings',
    tags,
    summary: '機器台帳・外部接続点の指摘 (重い順)',
    request: { params: orgId, query: findingsQuery },
    responses: { 200: answer(FindingsReportSchema, '指摘と使ったデータの版') },
  }),
};
