// The audit contract: the trail of an organisation (its administrators) or of the whole installation
// (system administrators), and signed checkpoints of it to download and keep outside Mamori.
import { z } from '@hono/zod-openapi';
import { answer, defineRoute, idParam } from '../../http/contract.ts';
import { checkpointSchema } from './audit.checkpoint.ts';

/** The trail's filter (JST calendar days) and page, as the query string gives it. */
export const auditFilterSchema = z.object({
  action: z.string().max(100).optional(),
  actor: z.string().max(100).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});

export const AuditEventSchema = z
  .object({
    chain: z.string(),
    seq: z.number(),
    organizationId: z.string().nullable(),
    actor: z.string(),
    actorUserId: z.string().nullable(),
    action: z.string(),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
    clientAddress: z.string().nullable(),
    occurredAt: z.string().openapi({ format: 'date-time' }),
    /** 'metadata': a system administrator who is not a member sees who, when, what kind and target only */
    detail: z.enum(['full', 'metadata']),
  })
  .openapi('AuditEvent');

const AuditPageSchema = z
  .object({ events: z.array(AuditEventSchema), total: z.number(), page: z.number(), pageSize: z.number() })
  .openapi('AuditPage');

/** A signed checkpoint, downloaded as a JSON file (Content-Disposition: attachment): its format is documented. */
// a schema made elsewhere may predate @hono/zod-openapi's .openapi(): named through a new object
const checkpointFile = answer(
  z.object(checkpointSchema.shape).openapi('AuditCheckpoint'),
  '署名付きチェックポイント (JSON ファイルとしてダウンロード、番号とハッシュのみ)',
);

const orgId = z.object({ orgId: idParam('orgId') });
const tags = ['監査ログ'];

export const auditContract = {
  system: defineRoute({
    method: 'get',
    path: '/audit',
    tags,
    summary: '監査ログ (システム管理者: 全組織、所属しない組織は概要のみ)',
    request: { query: auditFilterSchema },
    responses: { 200: answer(AuditPageSchema, '監査ログの1ページ') },
  }),
  systemCheckpoint: defineRoute({
    method: 'get',
    path: '/audit/checkpoint',
    tags,
    summary: '監査ログのチェックポイントを出力する (システム管理者: 全組織)',
    responses: { 200: checkpointFile },
  }),
  org: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/audit',
    tags,
    summary: '組織の監査ログ (管理者)',
    request: { params: orgId, query: auditFilterSchema },
    responses: { 200: answer(AuditPageSchema, '監査ログの1ページ') },
  }),
  orgCheckpoint: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/audit/checkpoint',
    tags,
    summary: '組織の監査ログのチェックポイントを出力する (管理者)',
    request: { params: orgId },
    responses: { 200: checkpointFile },
  }),
};
