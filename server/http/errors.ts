// The one place where errors become HTTP responses. Unknown errors are logged with a reference and
// answered with a generic 500 that shows no internals.
import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { errorSummary } from '../lib/error-summary.ts';
import { AppError } from '../lib/errors.ts';
import type { AppEnv } from './env.ts';

export function errorBody(err: AppError) {
  return { error: { code: err.code, message: err.message, fields: err.fields, details: err.details } };
}

export function handleError(err: Error, c: Context<AppEnv>): Response {
  if (err instanceof AppError) {
    if (err.retryAfterSeconds !== undefined) c.header('Retry-After', String(Math.max(1, Math.ceil(err.retryAfterSeconds))));
    return c.json(errorBody(err), err.status as ContentfulStatusCode);
  }
  const status = (err as { status?: number }).status;
  if (status === 413) {
    return c.json(errorBody(new AppError('PAYLOAD_TOO_LARGE', '送信されたデータが大きすぎます。')), 413);
  }
  const ref = randomUUID();
  c.get('deps')?.log.error('unhandled error', { ref, method: c.req.method, path: c.req.path, ...errorSummary(err) });
  return c.json(
    { error: { code: 'INTERNAL', message: `サーバー内部でエラーが発生しました (参照番号 ${ref})。管理者に連絡してください。` } },
    500,
  );
}

export const notFoundResponse = (c: Context<AppEnv>) =>
  c.json(errorBody(new AppError('NOT_FOUND', 'ページまたは API が見つかりません。')), 404);
