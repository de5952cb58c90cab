// The /api/auth contract: the session, sign-in, the second factor (verify, enrol, confirm, disable),
// password change and sign-out. Several routes work before sign-in is complete: each handler still
// asks requireAuth() for the stage it allows.
import { z } from '@hono/zod-openapi';
import { answer, defineRoute, json } from '../../http/contract.ts';
import { OrganizationSchema } from '../orgs/orgs.contract.ts';
import { UserSchema } from '../users/users.contract.ts';

const Stage = z
  .enum(['full', 'mfa', 'enrol'])
  .openapi({ description: 'full: ログイン済み / mfa: 確認コード待ち / enrol: 二要素認証の登録待ち' });

/** An organisation the caller may switch to (a system administrator's entries carry the full record). */
const SessionOrgSchema = OrganizationSchema.pick({ id: true, slug: true, name: true, kind: true, role: true }).openapi('SessionOrg');

const SessionSchema = z
  .object({
    user: UserSchema.nullable(),
    stage: Stage.nullable(),
    csrfToken: z.string().optional(),
    organizations: z.array(SessionOrgSchema).optional(),
    /** institutions whose live records the user (an office's inspector) may read now, under their grant */
    liveAccess: z.array(SessionOrgSchema.extend({ grantId: z.string(), endsAt: z.string() })).optional(),
    /** null when the second factor is off (or sign-in is not complete) */
    recoveryCodesLeft: z.number().nullable().optional(),
    /** no user exists yet: the first system administrator is to be created */
    needsSetup: z.boolean(),
  })
  .openapi('Session');

const LoginResultSchema = z.object({ stage: Stage, mustChangePassword: z.boolean() }).openapi('LoginResult');

const EnrolmentSchema = z
  .object({ secret: z.string(), otpauthUrl: z.string(), qrSvg: z.string().openapi({ description: 'QR コードの SVG' }) })
  .openapi('Enrolment');

export const loginSchema = z.object({
  loginId: z.string().min(1, '入力してください'),
  password: z.string().min(1, '入力してください'),
});

/** A TOTP code or a one-time recovery code. */
export const codeSchema = z.object({ code: z.string().min(1, '入力してください').max(100) });

export const passwordCheckSchema = z.object({ password: z.string().min(1, '入力してください') });

export const passwordChangeSchema = z.object({
  currentPassword: z.string().min(1, '入力してください'),
  newPassword: z.string(),
});

const tags = ['ログイン'];

export const authContract = {
  session: defineRoute({
    public: true,
    method: 'get',
    path: '/session',
    tags,
    summary: '現在のセッション (未ログインなら初期設定の要否)',
    responses: { 200: answer(SessionSchema, 'セッション (利用者・段階・CSRF トークン・組織)') },
  }),
  login: defineRoute({
    public: true,
    method: 'post',
    path: '/login',
    tags,
    summary: 'ログインする (ログインIDとパスワード)',
    request: json(loginSchema),
    responses: { 200: answer(LoginResultSchema, 'ログインの段階 (確認コードが必要なら mfa)') },
  }),
  verifyMfa: defineRoute({
    method: 'post',
    path: '/mfa/verify',
    tags,
    summary: '確認コードでログインを完了する (二要素認証)',
    request: json(codeSchema),
    responses: { 200: answer(LoginResultSchema, 'ログイン済み') },
  }),
  startEnrolment: defineRoute({
    method: 'post',
    path: '/mfa/enrol',
    tags,
    summary: '二要素認証の登録を始める',
    responses: { 200: answer(EnrolmentSchema, '認証アプリに登録する秘密鍵と QR コード') },
  }),
  confirmEnrolment: defineRoute({
    method: 'post',
    path: '/mfa/confirm',
    tags,
    summary: '確認コードで二要素認証の登録を完了する',
    request: json(codeSchema),
    responses: { 200: answer(z.object({ recoveryCodes: z.array(z.string()) }), '回復コード (この一度だけ)') },
  }),
  disableMfa: defineRoute({
    method: 'post',
    path: '/mfa/disable',
    tags,
    summary: '二要素認証を無効にする (パスワードを確認)',
    request: json(passwordCheckSchema),
    responses: { 200: answer(z.object({ mfaEnabled: z.boolean() }), '無効にした') },
  }),
  changePassword: defineRoute({
    method: 'post',
    path: '/password',
    tags,
    summary: 'パスワードを変更する (ほかのセッションは終了)',
    request: json(passwordChangeSchema),
    responses: { 200: answer(z.object({ otherSessionsEnded: z.number() }), '変更した (終了したほかのセッションの数)') },
  }),
  logout: defineRoute({
    public: true,
    method: 'post',
    path: '/logout',
    tags,
    summary: 'ログアウトする',
    responses: { 200: answer(z.object({ ok: z.boolean() }), 'ログアウトした') },
  }),
  logoutAll: defineRoute({
    method: 'post',
    path: '/logout-all',
    tags,
    summary: 'すべての端末からログアウトする',
    responses: { 200: answer(z.object({ sessionsEnded: z.number() }), '終了したセッションの数') },
  }),
};
