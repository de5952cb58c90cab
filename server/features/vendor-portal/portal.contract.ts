// The vendor's side: what a link is for, using it (a new vendor account, or the one signed in), and
// the person's invitations across institutions. The token travels in the body only (the link carries
// it in its fragment, which browsers do not send), so it reaches no log.
import { z } from '@hono/zod-openapi';
import { INVITATION_STATUSES } from '../../../domain/vendors/invitation.ts';
import { answer, defineRoute, json } from '../../http/contract.ts';

const token = z.object({ token: z.string().max(200) });
const System = z.object({ id: z.string(), name: z.string() });
const tags = ['事業者ポータル'];

export const portalContract = {
  link: defineRoute({
    method: 'post',
    path: '/link',
    public: true,
    tags,
    summary: 'リンクの内容 (医療機関・年度・システム)。使えないリンクは理由を問わず同じ 404',
    request: json(token),
    responses: {
      200: answer(
        z.object({
          institution: z.string(),
          vendorName: z.string(),
          fiscalYear: z.number().int(),
          systems: z.array(System),
          personName: z.string(),
          expiresAt: z.string(),
          requireMfa: z.boolean(),
        }),
        '招待の内容',
      ),
    },
  }),
  accept: defineRoute({
    method: 'post',
    path: '/accept',
    public: true,
    tags,
    summary: 'リンクで事業者のアカウントを作り、ログインする (リンクは一度だけ)',
    request: json(token.extend({ loginId: z.string(), displayName: z.string(), password: z.string() })),
    labels: { loginId: 'ログインID', displayName: '氏名', password: 'パスワード', token: 'リンク' },
    responses: { 200: answer(z.object({ stage: z.enum(['full', 'enrol']) }), 'ログインした段階 (enrol: 二要素認証の登録が必要)') },
  }),
  acceptSignedIn: defineRoute({
    method: 'post',
    path: '/accept-signed-in',
    tags,
    summary: 'ログイン中の事業者アカウントに招待を加える (リンクは一度だけ)',
    request: json(token),
    responses: { 200: answer(z.object({ invitationId: z.string() }), '加えた招待') },
  }),
  invitations: defineRoute({
    method: 'get',
    path: '/invitations',
    tags,
    summary: '自分への招待 (医療機関をまたいで)',
    responses: {
      200: answer(
        z.object({
          invitations: z.array(
            z.object({
              id: z.string(),
              institution: z.string(),
              vendorName: z.string(),
              fiscalYear: z.number().int(),
              systems: z.array(System),
              status: z.enum(INVITATION_STATUSES),
              acceptedAt: z.string().nullable(),
            }),
          ),
        }),
        '招待 (新しい年度が先)',
      ),
    },
  }),
};
