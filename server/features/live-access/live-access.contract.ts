// The contract of 立入検査の閲覧許可: an institution's grants to its 保健所 and the reads made under them,
// granting and revoking.
import { z } from '@hono/zod-openapi';
import { answer, defineRoute, idParam, json } from '../../http/contract.ts';

const Timestamp = z.string().openapi({ format: 'date-time' });

export const GrantSchema = z
  .object({
    id: z.string(),
    officeId: z.string(),
    officeName: z.string(),
    startsAt: Timestamp,
    /** exclusive: the grant ends at this second */
    endsAt: Timestamp,
    note: z.string(),
    state: z.enum(['scheduled', 'active', 'ended', 'revoked']),
    grantedBy: z.string(),
    grantedAt: Timestamp,
    revokedAt: Timestamp.nullable(),
    revokedBy: z.string().nullable(),
  })
  .openapi('LiveAccessGrant');

const ViewSchema = z
  .object({
    grantId: z.string(),
    /** the login ID of the office's inspector */
    who: z.string(),
    at: Timestamp,
    path: z.string(),
    /** the part of the records: devices, connections, assessments … */
    area: z.string(),
  })
  .openapi('LiveAccessView');

const orgId = z.object({ orgId: idParam('orgId') });
const tags = ['閲覧許可'];

export const liveAccessContract = {
  list: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/live-access',
    tags,
    summary: '保健所への閲覧許可 (立入検査の当日) と、その間に保健所が閲覧した記録',
    request: { params: orgId },
    responses: {
      200: answer(
        z.object({
          offices: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string() })),
          grants: z.array(GrantSchema),
          views: z.array(ViewSchema),
          viewsShown: z.number().int(),
        }),
        '閲覧許可と閲覧の記録',
      ),
    },
  }),
  create: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/live-access',
    tags,
    summary: '所管の保健所に、期間を決めて台帳・指摘・証跡の閲覧を許可する (管理者。最長 24 時間)',
    request: {
      params: orgId,
      ...json(
        z.object({
          officeId: z.string().max(100).optional(),
          startsAt: z.string().max(40).optional(),
          endsAt: z.string().max(40).optional(),
          note: z.string().max(1000).optional(),
        }),
      ),
    },
    labels: { officeId: '保健所', startsAt: '開始', endsAt: '終了', note: '目的・メモ' },
    responses: { 201: answer(GrantSchema, '閲覧許可') },
  }),
  revoke: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/live-access/{grantId}/revoke',
    tags,
    summary: '閲覧許可を取り消す (管理者。その時点で閲覧できなくなります)',
    request: { params: orgId.extend({ grantId: idParam('grantId') }) },
    responses: { 200: answer(GrantSchema, '取り消した閲覧許可') },
  }),
};
