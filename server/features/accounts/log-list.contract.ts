// The ログリスト contract: the organisation's logs with their looks, listing and changing a log, and
// recording a look at it.
import { z } from '@hono/zod-openapi';
import { LOG_CONTENTS, LOG_LOCATIONS, TIME_SOURCES } from '../../../domain/accounts/log-list.ts';
import { answer, defineRoute, idParam, json } from '../../http/contract.ts';

const LogReviewSchema = z
  .object({
    id: z.string(),
    reviewedOn: z.string(),
    periodFrom: z.string(),
    periodTo: z.string(),
    reviewer: z.string(),
    found: z.string(),
    recordedBy: z.string(),
    /** the logon events read as its evidence (null when none, or removed since) */
    logonRead: z
      .object({
        id: z.string(),
        fileName: z.string(),
        events: z.number().int(),
        periodFrom: z.string().nullable(),
        periodTo: z.string().nullable(),
      })
      .nullable(),
    /** a file of the evidence store (null when none, or deleted since) */
    evidence: z.object({ id: z.string(), fileName: z.string() }).nullable(),
  })
  .openapi('LogReview');

const LogSourceSchema = z
  .object({
    id: z.string(),
    systemId: z.string(),
    systemName: z.string(),
    name: z.string(),
    contents: z.array(z.enum(LOG_CONTENTS)),
    location: z.enum(LOG_LOCATIONS),
    retentionMonths: z.number().int().nullable(),
    timeSource: z.enum(TIME_SOURCES),
    reviewer: z.string(),
    reviewEveryMonths: z.number().int(),
    note: z.string(),
    version: z.number().int(),
    lastReviewedOn: z.string().nullable(),
    /** the next look is due (the last one, or the day it was listed, plus its interval) */
    dueOn: z.string(),
    overdue: z.boolean(),
    reviews: z.array(LogReviewSchema),
  })
  .openapi('LogSource');

const SourceInput = z.object({
  systemId: z.string().max(100).optional(),
  name: z.string().max(200).optional(),
  contents: z.array(z.string().max(20)).max(10).optional(),
  location: z.string().max(20).optional(),
  retentionMonths: z.number().int().nullable().optional(),
  timeSource: z.string().max(20).optional(),
  reviewer: z.string().max(200).optional(),
  reviewEveryMonths: z.number().int().optional(),
  note: z.string().max(2000).optional(),
});
const labels = {
  systemId: 'システム',
  name: 'ログの名前',
  contents: '記録される内容',
  location: '保管場所',
  retentionMonths: '保存期間 (か月)',
  timeSource: '時刻の同期',
  reviewer: '確認する人',
  reviewEveryMonths: '確認の間隔 (か月)',
  note: '備考',
  version: '版',
};

const tags = ['利用者台帳'];
const orgId = z.object({ orgId: idParam('orgId') });
const source = orgId.extend({ logSourceId: idParam('logSourceId') });

export const logListContract = {
  list: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/log-sources',
    tags,
    summary: 'ログリスト (ログごとの確認の記録と次の予定日)',
    request: { params: orgId },
    responses: { 200: answer(z.object({ logs: z.array(LogSourceSchema) }), 'ログリスト') },
  }),
  create: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/log-sources',
    tags,
    summary: 'ログリストにログを登録する (担当者・管理者)',
    request: { params: orgId, ...json(SourceInput) },
    labels,
    responses: { 201: answer(LogSourceSchema, '登録したログ') },
  }),
  update: defineRoute({
    method: 'put',
    path: '/orgs/{orgId}/log-sources/{logSourceId}',
    tags,
    summary: 'ログを変更する (読んだ版のときだけ; 違えば 409)',
    request: { params: source, ...json(SourceInput.extend({ version: z.number().int().optional() })) },
    labels,
    responses: { 200: answer(LogSourceSchema, '変更したログ') },
  }),
  review: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/log-sources/{logSourceId}/reviews',
    tags,
    summary: 'ログを確認したことを記録する (担当者・管理者)',
    request: {
      params: source,
      ...json(
        z.object({
          reviewedOn: z.string().max(40).optional(),
          periodFrom: z.string().max(40).optional(),
          periodTo: z.string().max(40).optional(),
          reviewer: z.string().max(200).optional(),
          found: z.string().max(4000).optional(),
          logonImportId: z.string().max(100).nullable().optional(),
          evidenceId: z.string().max(100).nullable().optional(),
        }),
      ),
    },
    labels: {
      reviewedOn: '確認した日',
      periodFrom: '対象期間の始め',
      periodTo: '対象期間の終わり',
      reviewer: '確認した人',
      found: '確認の結果',
      logonImportId: '証跡 (読み込んだログオン記録)',
      evidenceId: '証跡ファイル',
    },
    responses: { 201: answer(LogReviewSchema, '記録した確認') },
  }),
};
