// The 外部接続点 contract: the register, one point with its history, its A4 overview and exports.
import { z } from '@hono/zod-openapi';
import { CONNECTION_KINDS, CONNECTION_STATUSES, connectionLabels, RESTRICTIONS } from '../../../domain/connections/connection.ts';
import { answer, defineRoute, file, idParam, json, tableExport } from '../../http/contract.ts';
import { RowHistoryEntrySchema } from '../audit/row-history.ts';
import { connectionInputSchema, connectionUpdateSchema } from './connections.schemas.ts';

export const ConnectionPointSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(CONNECTION_KINDS),
    deviceId: z.string().nullable(),
    vendorName: z.string(),
    purpose: z.string(),
    carrier: z.string(),
    sourceRestriction: z.enum(RESTRICTIONS),
    allowedSources: z.array(z.string()),
    timeWindow: z.string(),
    geoRestriction: z.string(),
    mfa: z.boolean().nullable(),
    firmware: z.string(),
    confirmedBy: z.string(),
    /** YYYY-MM-DD */
    confirmedOn: z.string().nullable(),
    status: z.enum(CONNECTION_STATUSES),
    note: z.string(),
    /** 管理番号 and name of the ledger device it runs on (in the list) */
    deviceLabel: z.string().nullable(),
    /** what is wrong with it, in words */
    warnings: z.array(z.string()),
    version: z.number().int(),
    updatedAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('ConnectionPoint');

const orgId = z.object({ orgId: idParam('orgId') });
const orgAndConnection = orgId.extend({ connectionId: idParam('connectionId') });
const tags = ['外部接続点'];

export const connectionContract = {
  list: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/connections',
    tags,
    summary: '外部接続点の一覧',
    request: { params: orgId },
    responses: { 200: answer(z.object({ connections: z.array(ConnectionPointSchema) }), '外部接続点 (種類・名称の順)') },
  }),
  print: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/connections/print',
    tags,
    summary: '外部接続点の一覧 (A4 の印刷用ページ)',
    request: { params: orgId },
    responses: { 200: file('印刷用ページ', 'html') },
  }),
  pdf: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/connections/export.pdf',
    tags,
    summary: '外部接続点の一覧 (A4 の PDF)',
    request: { params: orgId },
    responses: { 200: file('PDF', 'pdf') },
  }),
  export: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/connections/export',
    tags,
    summary: '外部接続点の一覧をファイルで出力する (CSV / Shift_JIS の CSV / Excel)',
    request: { params: orgId, query: tableExport.query },
    responses: { 200: tableExport.answer('外部接続点の一覧') },
  }),
  create: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/connections',
    tags,
    summary: '外部接続点を登録する (担当者・管理者)',
    request: { params: orgId, ...json(connectionInputSchema) },
    labels: connectionLabels,
    responses: { 201: answer(ConnectionPointSchema, '登録した外部接続点') },
  }),
  get: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/connections/{connectionId}',
    tags,
    summary: '外部接続点と変更の履歴',
    request: { params: orgAndConnection },
    responses: {
      200: answer(z.object({ connection: ConnectionPointSchema, history: z.array(RowHistoryEntrySchema) }), '外部接続点と履歴 (新しい順)'),
    },
  }),
  update: defineRoute({
    method: 'put',
    path: '/orgs/{orgId}/connections/{connectionId}',
    tags,
    summary: '外部接続点を変更する (version が違えば 409)',
    request: { params: orgAndConnection, ...json(connectionUpdateSchema) },
    labels: connectionLabels,
    responses: { 200: answer(ConnectionPointSchema, '変更後の外部接続点') },
  }),
};
