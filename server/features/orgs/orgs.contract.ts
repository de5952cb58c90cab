// The /api/orgs contract: organisations, their members and invitations, the caller's own invitations.
import { z } from '@hono/zod-openapi';
import { ORG_KINDS } from '../../../domain/organization.ts';
import { orgInputSchema, orgUpdateSchema } from '../../../domain/organization-input.ts';
import { ROLES } from '../../../domain/roles.ts';
import { memberSchema, orgUserSchema, roleChangeSchema } from '../../../domain/user.ts';
import { answer, defineRoute, idParam, json } from '../../http/contract.ts';
import { CreatedUserSchema } from '../users/users.contract.ts';

const Role = z.enum(ROLES);
const OrgKind = z.enum(ORG_KINDS);
const Timestamp = z.string().openapi({ format: 'date-time' });

export const OrganizationSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    nameKana: z.string().nullable(),
    kind: OrgKind,
    prefecture: z.string().nullable(),
    address: z.string().nullable(),
    medicalInstitutionCode: z.string().nullable(),
    bedCount: z.number().nullable(),
    requireMfa: z.boolean(),
    /** the caller's membership; null for a system administrator who is not a member */
    role: Role.nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .openapi('Organization');

/** An organisation in the caller's list (a system administrator gets every organisation in full). */
const OrgListEntry = OrganizationSchema.pick({ id: true, slug: true, name: true, kind: true, role: true })
  .extend(OrganizationSchema.omit({ id: true, slug: true, name: true, kind: true, role: true }).partial().shape)
  .openapi('OrgListEntry');

const MemberSchema = z
  .object({
    userId: z.string(),
    loginId: z.string(),
    displayName: z.string(),
    role: Role,
    mfaEnabled: z.boolean(),
    disabled: z.boolean(),
    joinedAt: Timestamp,
  })
  .openapi('Member');

const InvitationSchema = z
  .object({
    id: z.string(),
    loginId: z.string(),
    role: Role,
    invitedBy: z.string().nullable(),
    createdAt: Timestamp,
    expiresAt: Timestamp,
    status: z.enum(['pending', 'accepted', 'declined', 'revoked', 'expired']),
  })
  .openapi('OrgInvitation');

const OwnInvitationSchema = z
  .object({
    id: z.string(),
    organization: z.object({ id: z.string(), name: z.string(), kind: OrgKind }),
    role: Role,
    invitedBy: z.string().nullable(),
    createdAt: Timestamp,
    expiresAt: Timestamp,
    requireMfa: z.boolean(),
  })
  .openapi('OwnInvitation');

/** The same answer whether or not the login ID exists. */
const InviteAnswerSchema = z.object({ message: z.string(), invitation: InvitationSchema }).openapi('InviteAnswer');

const orgId = z.object({ orgId: idParam('orgId') });
const orgAndInvitation = orgId.extend({ invitationId: idParam('invitationId') });
const orgAndUser = orgId.extend({ userId: idParam('userId') });
const tags = ['組織'];

export const orgContract = {
  list: defineRoute({
    method: 'get',
    path: '/',
    tags,
    summary: '所属する組織の一覧 (システム管理者は全組織)',
    responses: { 200: answer(z.object({ organizations: z.array(OrgListEntry) }), '組織の一覧') },
  }),
  ownInvitations: defineRoute({
    method: 'get',
    path: '/invitations',
    tags,
    summary: '自分あての招待',
    responses: { 200: answer(z.object({ invitations: z.array(OwnInvitationSchema) }), '承諾・辞退できる招待') },
  }),
  create: defineRoute({
    method: 'post',
    path: '/',
    tags,
    summary: '組織を作る (システム管理者)',
    request: json(orgInputSchema),
    responses: { 201: answer(OrganizationSchema, '作った組織') },
  }),
  get: defineRoute({
    method: 'get',
    path: '/{orgId}',
    tags,
    summary: '組織の設定',
    request: { params: orgId },
    responses: { 200: answer(OrganizationSchema, '組織') },
  }),
  update: defineRoute({
    method: 'patch',
    path: '/{orgId}',
    tags,
    summary: '組織の設定を変える (管理者)',
    request: { params: orgId, ...json(orgUpdateSchema) },
    responses: { 200: answer(OrganizationSchema, '変更後の組織') },
  }),
  members: defineRoute({
    method: 'get',
    path: '/{orgId}/members',
    tags,
    summary: 'メンバーの一覧 (管理者)',
    request: { params: orgId },
    responses: { 200: answer(z.object({ members: z.array(MemberSchema) }), 'メンバー') },
  }),
  addMember: defineRoute({
    method: 'post',
    path: '/{orgId}/members',
    tags,
    summary: '既存の利用者をメンバーにする (システム管理者)',
    request: { params: orgId, ...json(memberSchema) },
    responses: { 201: answer(z.object({ userId: z.string(), loginId: z.string(), role: Role }), '追加したメンバー') },
  }),
  createUser: defineRoute({
    method: 'post',
    path: '/{orgId}/users',
    tags,
    summary: '利用者を作ってメンバーにする (使われているログインIDなら招待)',
    request: { params: orgId, ...json(orgUserSchema) },
    responses: {
      201: answer(CreatedUserSchema, '作った利用者 (仮パスワードはこの一度だけ)'),
      202: answer(InviteAnswerSchema, '招待した (ログインIDの有無は答えない)'),
    },
  }),
  invitations: defineRoute({
    method: 'get',
    path: '/{orgId}/invitations',
    tags,
    summary: '組織の招待の一覧 (管理者)',
    request: { params: orgId },
    responses: { 200: answer(z.object({ invitations: z.array(InvitationSchema) }), '招待') },
  }),
  invite: defineRoute({
    method: 'post',
    path: '/{orgId}/invitations',
    tags,
    summary: 'ログインIDを招待する (管理者)',
    request: { params: orgId, ...json(memberSchema) },
    responses: { 202: answer(InviteAnswerSchema, '招待した (ログインIDの有無は答えない)') },
  }),
  revokeInvitation: defineRoute({
    method: 'delete',
    path: '/{orgId}/invitations/{invitationId}',
    tags,
    summary: '招待を取り消す (管理者)',
    request: { params: orgAndInvitation },
    responses: { 200: answer(z.object({ revoked: z.boolean() }), '取り消した') },
  }),
  acceptInvitation: defineRoute({
    method: 'post',
    path: '/{orgId}/invitations/{invitationId}/accept',
    tags,
    summary: '自分あての招待を承諾する',
    request: { params: orgAndInvitation },
    responses: {
      200: answer(
        z.object({ organization: z.object({ id: z.string(), slug: z.string(), name: z.string(), kind: OrgKind, role: Role }) }),
        '加わった組織',
      ),
    },
  }),
  declineInvitation: defineRoute({
    method: 'post',
    path: '/{orgId}/invitations/{invitationId}/decline',
    tags,
    summary: '自分あての招待を辞退する',
    request: { params: orgAndInvitation },
    responses: { 200: answer(z.object({ declined: z.boolean() }), '辞退した') },
  }),
  changeRole: defineRoute({
    method: 'patch',
    path: '/{orgId}/members/{userId}',
    tags,
    summary: 'メンバーの役割を変える (管理者)',
    request: { params: orgAndUser, ...json(roleChangeSchema) },
    responses: { 200: answer(z.object({ userId: z.string(), loginId: z.string(), role: Role }), '変更後の役割') },
  }),
  removeMember: defineRoute({
    method: 'delete',
    path: '/{orgId}/members/{userId}',
    tags,
    summary: 'メンバーを外す (管理者)',
    request: { params: orgAndUser },
    responses: { 200: answer(z.object({ removed: z.boolean() }), '外した') },
  }),
};
