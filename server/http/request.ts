// Request helpers used by every route: the signed-in caller, the JSON body, client metadata.
import type { Context } from 'hono';
import { type Caller, callerFor } from '../features/caller.ts';
import type { AuthState, ClientMeta } from '../features/sessions/sessions.service.ts';
import { AppError, noSuchRoute } from '../lib/errors.ts';
import type { AppEnv } from './env.ts';

const MAX_JSON_BYTES = 1024 * 1024;

/** The signed-in caller; throws unless the session is fully signed in (or at an allowed stage). */
export function requireAuth(
  c: Context<AppEnv>,
  /**
   * `vendor`: whom a route is for besides the institutions' staff — 'also' a vendor person (their own
   * account: session, password, MFA), or 'only' a vendor person (the vendor portal). Every other route
   * answers a vendor person 404, as if it did not exist: one place decides it.
   */
  opts: { allowStages?: string[]; allowPasswordChange?: boolean; vendor?: 'also' | 'only' } = {},
): Caller & { auth: AuthState } {
  const auth = c.get('auth');
  if (!auth) throw new AppError('UNAUTHENTICATED', 'ログインしてください。セッションの有効期限が切れた可能性があります。');
  const isVendor = auth.user.kind === 'vendor';
  if ((isVendor && !opts.vendor) || (!isVendor && opts.vendor === 'only')) throw noSuchRoute();
  const stages = opts.allowStages ?? ['full'];
  if (!stages.includes(auth.session.stage)) {
    if (auth.session.stage === 'mfa') throw new AppError('MFA_REQUIRED', '確認コードを入力してください。');
    if (auth.session.stage === 'enrol')
      throw new AppError('MFA_ENROLMENT_REQUIRED', '所属する組織の設定により、二要素認証の登録が必要です。');
    throw new AppError('UNAUTHENTICATED', 'ログインしてください。');
  }
  if (auth.user.mustChangePassword && !opts.allowPasswordChange) {
    throw new AppError('PASSWORD_CHANGE_REQUIRED', '仮パスワードでログインしています。先にパスワードを変更してください。');
  }
  return {
    ...callerFor(auth.user, c.get('clientAddress')),
    auth,
    orgLookup: auth.orgLookup,
    // read only by the work that waits (PDF), so other requests do not make an AbortController
    get gone() {
      return c.req.raw.signal;
    },
  };
}

export async function jsonBody(c: Context<AppEnv>, maxBytes = MAX_JSON_BYTES): Promise<Record<string, unknown>> {
  const type = c.req.header('content-type') ?? '';
  if (!type.toLowerCase().startsWith('application/json')) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Content-Type: application/json で送信してください。');
  }
  const text = await c.req.text();
  if (text.length > maxBytes) throw new AppError('PAYLOAD_TOO_LARGE', '送信されたデータが大きすぎます。');
  let body: unknown;
  try {
    body = text === '' ? {} : JSON.parse(text);
  } catch {
    throw new AppError('BAD_REQUEST', '送信されたデータの JSON 形式が正しくありません。');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new AppError('BAD_REQUEST', '送信されたデータは JSON オブジェクトである必要があります。');
  }
  return body as Record<string, unknown>;
}

export const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export const clientMeta = (c: Context<AppEnv>): ClientMeta => ({
  clientAddress: c.get('clientAddress'),
  userAgent: c.req.header('user-agent') ?? null,
});
