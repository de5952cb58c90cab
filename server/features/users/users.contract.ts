// The /api/users contract: users across organisations (system administrator) and password resets.
import { z } from '@hono/zod-openapi';
import { newUserSchema } from '../../../domain/user.ts';
import { USER_KINDS } from '../../../domain/vendors/invitation.ts';
import { answer, defineRoute, idParam, json } from '../../http/contract.ts';

export const UserSchema = z
  .object({
    id: z.string(),
    loginId: z.string(),
    displayName: z.string(),
    isSystemAdmin: z.boolean(),
    /** 'vendor': a person at a vendor, who reaches only the vendor portal */
    kind: z.enum(USER_KINDS),
    mfaEnabled: z.boolean(),
    mustChangePassword: z.boolean(),
    locked: z.boolean(),
    disabled: z.boolean(),
    lastLoginAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('User');

export const CreatedUserSchema = z
  .object({
    user: UserSchema,
    /** only when generated: shown once to the administrator */
    temporaryPassword: z.string().optional(),
  })
  .openapi('CreatedUser');

const tags = ['利用者'];

export const userContract = {
  list: defineRoute({
    method: 'get',
    path: '/',
    tags,
    summary: '利用者の一覧 (システム管理者)',
    responses: { 200: answer(z.object({ users: z.array(UserSchema) }), '利用者') },
  }),
  create: defineRoute({
    method: 'post',
    path: '/',
    tags,
    summary: '利用者を作る (システム管理者)',
    request: json(newUserSchema),
    responses: { 201: answer(CreatedUserSchema, '作った利用者 (仮パスワードはこの一度だけ)') },
  }),
  resetPassword: defineRoute({
    method: 'post',
    path: '/{userId}/reset-password',
    tags,
    summary: '仮パスワードを発行する (ロック解除・セッション終了、resetMfa で二要素認証も解除)',
    request: { params: z.object({ userId: idParam('userId') }), ...json(z.object({ resetMfa: z.boolean().optional() })) },
    responses: { 200: answer(z.object({ user: UserSchema, temporaryPassword: z.string() }), '仮パスワード (この一度だけ)') },
  }),
};
