// The one place where errors become HTTP responses. Unknown errors are logged with a reference and
// answered with a generic 500 that shows no internals.
import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { errorSummary } from '../lib/error-summary.ts';
import { AppError, noSuchRoute } from '../lib/errors.ts';
import type { AppEnv } from './env.ts';

export function errorBody(err: AppError) {
  return { error: { code: err.code, message: err.message, fields: err.fields, details: err.details } };
}

/** The browser is opening this URL as a page (a print view in a new tab, a file link opened directly). */
const isNavigation = (c: Context<AppEnv>) => c.req.header('sec-fetch-mode') === 'navigate' && c.req.header('sec-fetch-dest') === 'document';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);

/** A refusal opened as a page reads as a page in Japanese, not as JSON. */
const errorPage = (message: string) =>
  `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>表示できませんでした — Mamori</title></head><body><main><h1>表示できませんでした</h1><p>${escapeHtml(message)}</p><p><a href="/">Mamori のトップに戻る</a></p></main></body></html>`;

function respond(c: Context<AppEnv>, err: AppError | { code: string; message: string }, status: ContentfulStatusCode): Response {
  if (isNavigation(c)) return c.html(errorPage(err.message), status);
  return c.json(err instanceof AppError ? errorBody(err) : { error: err }, status);
}

export function handleError(err: Error, c: Context<AppEnv>): Response {
  if (err instanceof AppError) {
    if (err.retryAfterSeconds !== undefined) c.header('Retry-After', String(Math.max(1, Math.ceil(err.retryAfterSeconds))));
    return respond(c, err, err.status as ContentfulStatusCode);
  }
  const status = (err as { status?: number }).status;
  if (status === 413) return respond(c, new AppError('PAYLOAD_TOO_LARGE', '送信されたデータが大きすぎます。'), 413);
  const ref = randomUUID();
  c.get('deps')?.log.error('unhandled error', { ref, method: c.req.method, path: c.req.path, ...errorSummary(err) });
  return respond(c, { code: 'INTERNAL', message: `サーバー内部でエラーが発生しました (参照番号 ${ref})。管理者に連絡してください。` }, 500);
}

export const notFoundResponse = (c: Context<AppEnv>) => respond(c, noSuchRoute(), 404);
