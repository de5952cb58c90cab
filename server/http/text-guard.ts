// Every text a client sends passes one rule before any handler or the database sees it: no NUL
// character (PostgreSQL's text and jsonb cannot hold it) and no lone UTF-16 surrogate (it has no
// UTF-8 form). The rule is applied to the URL, JSON bodies and form fields by one middleware.
import type { MiddlewareHandler } from 'hono';
import { firstUnstorableField, isStorableText, unstorableIn } from '../../domain/storable-text.ts';
import { AppError, type FieldIssue } from '../lib/errors.ts';
import type { AppEnv } from './env.ts';

export function unstorableTextError(field: string): AppError {
  const issue: FieldIssue = { field, message: unstorableIn('この項目') };
  return new AppError('VALIDATION', `${unstorableIn(`「${field}」`)}。`, { fields: [issue] });
}

function checkUrl(url: string): void {
  const { pathname, searchParams } = new URL(url);
  for (const segment of pathname.split('/')) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      throw new AppError('BAD_REQUEST', 'URL に正しくない文字コードが含まれています。');
    }
    if (!isStorableText(decoded)) throw unstorableTextError('URL');
  }
  for (const [key, value] of searchParams) {
    if (!isStorableText(key) || !isStorableText(value)) throw unstorableTextError(key);
  }
}

async function checkBody(req: Parameters<MiddlewareHandler<AppEnv>>[0]['req']): Promise<void> {
  const type = (req.header('content-type') ?? '').toLowerCase();
  if (type.startsWith('application/json')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await req.text());
    } catch {
      return; // the route's jsonBody answers with its own message
    }
    const field = firstUnstorableField(parsed);
    if (field !== null) throw unstorableTextError(field);
  } else if (type.startsWith('multipart/form-data') || type.startsWith('application/x-www-form-urlencoded')) {
    const form = await req.parseBody({ all: true });
    for (const [key, raw] of Object.entries(form)) {
      for (const v of Array.isArray(raw) ? raw : [raw]) {
        const text = typeof v === 'string' ? v : v instanceof File ? v.name : '';
        if (!isStorableText(key) || !isStorableText(text)) throw unstorableTextError(key);
      }
    }
  }
}

/** Refuses (400, naming the field) a request whose URL, JSON or form carries text that cannot be stored. */
export const rejectUnstorableText = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  checkUrl(c.req.url);
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD') await checkBody(c.req);
  await next();
};
