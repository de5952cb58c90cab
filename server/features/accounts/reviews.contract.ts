// The 棚卸し contract: an organisation's reviews, one review with its accounts, starting one for a
// system, a decision per account, and the 企画管理者's sign-off.
import { z } from '@hono/zod-openapi';
import { ACCOUNT_KINDS, ACCOUNT_STATUSES } from '../../../domain/accounts/account.ts';
import { ACCOUNT_REVIEW_DECISIONS, ACCOUNT_REVIEW_STATUSES } from '../../../domain/accounts/review.ts';
import { answer, defineRoute, idParam, json } from '../../http/contract.ts';

const ReviewSchema = z
  .object({
    id: z.string(),
    systemId: z.string(),
    systemName: z.string(),
    status: z.enum(ACCOUNT_REVIEW_STATUSES),
    reviewer: z.string(),
    startedAt: z.string(),
    signedBy: z.string().nullable(),
    signedAt: z.string().nullable(),
    nextReviewOn: z.string().nullable(),
    note: z.string(),
    /** accounts in the review, and those decided */
    total: z.number().int(),
    decided: z.number().int(),
    version: z.number().int(),
  })
  .openapi('AccountReview');

const EntrySchema = z
  .object({
    accountId: z.string(),
    /** the account as it was when the review started */
    snapshot: z.object({
      accountId: z.string(),
      name: z.string(),
      department: z.string(),
      role: z.string(),
      kind: z.enum(ACCOUNT_KINDS),
      status: z.enum(ACCOUNT_STATUSES),
      isAdmin: z.boolean().nullable(),
      lastLogonOn: z.string().nullable(),
      leftOn: z.string().nullable(),
      flags: z.array(z.string()),
    }),
    decision: z.enum(ACCOUNT_REVIEW_DECISIONS).nullable(),
    reason: z.string(),
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable(),
  })
  .openapi('AccountReviewEntry');

const tags = ['利用者台帳'];
const orgId = z.object({ orgId: idParam('orgId') });
const review = orgId.extend({ accountReviewId: idParam('accountReviewId') });

export const reviewsContract = {
  list: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/account-reviews',
    tags,
    summary: '利用者の棚卸し (新しい順)',
    request: { params: orgId },
    responses: { 200: answer(z.object({ reviews: z.array(ReviewSchema) }), '棚卸し') },
  }),
  start: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/account-systems/{accountSystemId}/reviews',
    tags,
    summary: 'システムの棚卸しを始める (担当者・管理者; 実施中のものがあれば 409)',
    request: {
      params: orgId.extend({ accountSystemId: idParam('accountSystemId') }),
      ...json(z.object({ reviewer: z.string().max(200).optional() })),
    },
    labels: { reviewer: '実施者' },
    responses: { 201: answer(ReviewSchema, '始めた棚卸し') },
  }),
  get: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/account-reviews/{accountReviewId}',
    tags,
    summary: '棚卸しとそのアカウント',
    request: { params: review },
    responses: { 200: answer(z.object({ review: ReviewSchema, entries: z.array(EntrySchema) }), '棚卸し') },
  }),
  decide: defineRoute({
    method: 'put',
    path: '/orgs/{orgId}/account-reviews/{accountReviewId}/entries/{accountId}',
    tags,
    summary: 'アカウントを継続・無効化・削除と判断する (担当者・管理者; 承認前だけ)',
    request: {
      params: review.extend({ accountId: idParam('accountId') }),
      ...json(z.object({ decision: z.string().max(20).optional(), reason: z.string().max(2000).optional() })),
    },
    labels: { decision: '判断', reason: '理由' },
    responses: { 200: answer(EntrySchema, '判断') },
  }),
  sign: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/account-reviews/{accountReviewId}/sign',
    tags,
    summary: '企画管理者として棚卸しを承認する (組織の管理者だけ): 判断を台帳に反映し、次回の予定日を決める',
    request: {
      params: review,
      ...json(z.object({ nextReviewOn: z.string().max(40).optional(), note: z.string().max(4000).optional() })),
    },
    labels: { nextReviewOn: '次回の予定日', note: '所見' },
    responses: { 200: answer(ReviewSchema, '承認した棚卸し') },
  }),
};
