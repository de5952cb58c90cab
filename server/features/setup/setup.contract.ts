// The /api/setup contract: while no user exists, the first system administrator is created here.
import { z } from '@hono/zod-openapi';
import { displayNameSchema, loginIdSchema } from '../../../domain/user.ts';
import { answer, defineRoute, json } from '../../http/contract.ts';
import { UserSchema } from '../users/users.contract.ts';

export const firstAdminSchema = z.object({
  loginId: loginIdSchema,
  displayName: displayNameSchema,
  password: z.string().min(1, 'パスワードを入力してください').max(256),
});

const tags = ['初期設定'];

export const setupContract = {
  status: defineRoute({
    public: true,
    method: 'get',
    path: '/status',
    tags,
    summary: '初期設定が必要か (利用者がまだいないか)',
    responses: { 200: answer(z.object({ needsSetup: z.boolean() }), '初期設定の要否') },
  }),
  admin: defineRoute({
    public: true,
    method: 'post',
    path: '/admin',
    tags,
    summary: '最初のシステム管理者を作る (利用者がいない間だけ、一度だけ)',
    request: json(firstAdminSchema),
    responses: { 201: answer(z.object({ user: UserSchema }), '作ったシステム管理者') },
  }),
};
