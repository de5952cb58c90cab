// The institution's side of the vendor invitations: a vendor's invitations, inviting a person at the
// vendor (the link is in this answer only), revoking.
import { z } from '@hono/zod-openapi';
import { INVITATION_STATUSES, invitationLabels } from '../../../domain/vendors/invitation.ts';
import { answer, defineRoute, idParam, json } from '../../http/contract.ts';
import { invitationInputSchema } from './invitations.schemas.ts';

export const VendorInvitationSchema = z
  .object({
    id: z.string(),
    vendorId: z.string(),
    fiscalYear: z.number().int(),
    /** the systems it names (none: all the vendor's systems in use) */
    systems: z.array(z.object({ id: z.string(), name: z.string() })),
    personName: z.string(),
    email: z.string(),
    status: z.enum(INVITATION_STATUSES),
    expiresAt: z.string().openapi({ format: 'date-time' }),
    acceptedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
    /** the last e-mail reminder, and how many were sent */
    remindedAt: z.string().nullable(),
    reminders: z.number().int(),
    createdAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('VendorInvitation');

const params = z.object({ orgId: idParam('orgId'), vendorId: idParam('vendorId') });
const tags = ['事業者'];

export const invitationContract = {
  list: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/vendors/{vendorId}/invitations',
    tags,
    summary: '事業者への招待の一覧 (新しい順; リンクは作成時にしか表示されない)',
    request: { params },
    responses: {
      200: answer(
        z.object({
          invitations: z.array(VendorInvitationSchema),
          /** whether e-mail can be sent (MAMORI_SMTP_URL): reminders are offered only then */
          mailConfigured: z.boolean(),
        }),
        '招待',
      ),
    },
  }),
  create: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/vendors/{vendorId}/invitations',
    tags,
    summary: '事業者の担当者を招待する (年度・システム; 期限つきのリンクを返す; 担当者・管理者)',
    description:
      'リンクはこの応答でだけ返されます (保存されるのはトークンの sha256 のみ)。MAMORI_PUBLIC_URL があればその URL、なければ要求を受けた URL で作ります。',
    request: { params, ...json(invitationInputSchema) },
    labels: invitationLabels,
    responses: {
      201: answer(
        z.object({
          invitation: VendorInvitationSchema,
          link: z.string(),
          /** the e-mail of the link (MAMORI_SMTP_URL set and an address given), or null */
          mail: z.object({ to: z.string(), sent: z.boolean(), error: z.string().nullable() }).nullable(),
        }),
        '招待とリンク (一度だけ)、メール送信の結果',
      ),
    },
  }),
  remind: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/vendors/{vendorId}/invitations/{vendorInvitationId}/remind',
    tags,
    summary: '招待した人に回答の催促をメールで送る (1 日 1 回まで; MAMORI_SMTP_URL が必要)',
    request: { params: params.extend({ vendorInvitationId: idParam('vendorInvitationId') }) },
    responses: {
      200: answer(
        z.object({
          to: z.string(),
          sent: z.boolean(),
          /** the SMTP server's refusal in its own words */
          error: z.string().nullable(),
          /** the last reminder that went out (null: none yet) */
          remindedAt: z.string().nullable(),
          reminders: z.number(),
        }),
        '送った催促',
      ),
    },
  }),
  revoke: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/vendors/{vendorId}/invitations/{vendorInvitationId}/revoke',
    tags,
    summary: '招待を取り消す (リンクは使えなくなる; 受諾済みなら事業者はこの招待の様式を見られなくなる)',
    request: { params: params.extend({ vendorInvitationId: idParam('vendorInvitationId') }) },
    responses: { 200: answer(VendorInvitationSchema, '取り消した招待') },
  }),
};
