// The core of the web's API client: same-origin cookies, JSON, and the session's CSRF token on every
// request that changes something. Errors arrive as { error: { code, message, fields? } }.
import type { ClientResponse } from 'hono/client';
import type { FieldIssue, Session } from './api-answers.ts';
import { type Answer, currentCsrfToken, setCsrfToken } from './api-client.ts';
import { fileNameFrom } from './file-name.ts';
import { t } from './i18n.ts';

export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly fields: FieldIssue[];
  /** the server writes its messages in Japanese, whatever the UI language */
  readonly fromServer: boolean;
  /** extra data some errors carry, e.g. the other person's answer on a 409 */
  readonly details: Record<string, unknown> | null;

  constructor(
    code: string,
    message: string,
    status: number,
    fields: FieldIssue[] = [],
    fromServer = false,
    details: Record<string, unknown> | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.fields = fields;
    this.fromServer = fromServer;
    this.details = details;
  }

  /** The server's message for one form field, if it named that field. */
  field(name: string): string | undefined {
    return this.fields.find((f) => f.field === name)?.message;
  }
}

/** Codes after which the session must be read again: the app then shows the screen the user needs. */
export const SESSION_CODES = new Set(['UNAUTHENTICATED', 'MFA_REQUIRED', 'MFA_ENROLMENT_REQUIRED', 'PASSWORD_CHANGE_REQUIRED', 'CSRF']);

let onSessionError: (code: string) => void = () => {};

export const setSessionErrorHandler = (handler: (code: string) => void): void => {
  onSessionError = handler;
};
export { currentCsrfToken };

/** Turns a non-2xx response body into an ApiError (also used by the upload). */
export function errorFrom(status: number, body: unknown): ApiError {
  const e = (body as { error?: { code?: string; message?: string; fields?: FieldIssue[]; details?: Record<string, unknown> } } | null)
    ?.error;
  const err = new ApiError(
    e?.code ?? 'HTTP_ERROR',
    e?.message ?? t('error.http', { status }),
    status,
    e?.fields ?? [],
    e?.message !== undefined,
    e?.details ?? null,
  );
  if (SESSION_CODES.has(err.code)) onSessionError(err.code);
  return err;
}

export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const csrfToken = currentCsrfToken();
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError('NETWORK', t('error.network'), 0);
  }
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) throw errorFrom(res.status, data);
  return data as T;
}

/** A call of the typed client (api-client.ts): its successful answer, or an ApiError as request() throws. */
export async function call<T extends ClientResponse<unknown>>(send: () => Promise<T>): Promise<Answer<T>> {
  let res: T;
  try {
    res = await send();
  } catch {
    throw new ApiError('NETWORK', t('error.network'), 0);
  }
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) throw errorFrom(res.status, data);
  return data as Answer<T>;
}

/**
 * A file the server makes (PDF, .xlsx, CSV, evidence), fetched rather than followed as a link: a
 * refusal (busy, not allowed, expired session) then comes back as an ApiError in words, never as a
 * saved file that holds an error.
 */
export async function fetchFile(url: string): Promise<{ blob: Blob; fileName: string }> {
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'same-origin' });
  } catch {
    throw new ApiError('NETWORK', t('error.network'), 0);
  }
  if (!res.ok) throw errorFrom(res.status, await res.json().catch(() => null));
  return { blob: await res.blob(), fileName: fileNameFrom(res.headers.get('content-disposition'), url) };
}

export const get = <T>(path: string) => request<T>('GET', path);
export const post = <T>(path: string, body?: unknown) => request<T>('POST', path, body);
export const patch = <T>(path: string, body: unknown) => request<T>('PATCH', path, body);
export const put = <T>(path: string, body: unknown) => request<T>('PUT', path, body);
export const del = <T>(path: string) => request<T>('DELETE', path);
/** a path segment, percent-encoded */
export const id = encodeURIComponent;

export async function getSession(): Promise<Session> {
  const session = await get<Session>('/api/auth/session');
  setCsrfToken(session.csrfToken ?? null);
  return session;
}
