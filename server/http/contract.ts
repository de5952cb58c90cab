// The contract between server and web: every API route is declared with createRoute (request and
// response schemas, in the feature's *.contract.ts) and registered on a contractRoutes() app. The
// request is validated before the handler, with the same Japanese field errors as everywhere else;
// a JSON body passes the same checks as before (415, size, malformed, not an object) before zod sees
// it. The declarations make GET /api/openapi.json, and the web client's types are inferred from them.
import { createRoute, OpenAPIHono, type RouteConfig, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { AppError } from '../lib/errors.ts';
import { validationError } from '../lib/validate.ts';
import type { AppEnv } from './env.ts';
import { jsonBody } from './request.ts';

/** A feature's routes: validation failures become AppError('VALIDATION') naming each field. */
export const contractRoutes = () =>
  new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) throw validationError(result.error, c.get('fieldLabels'));
    },
  });

/** Our JSON checks, then the parsed body handed to the validator (read once). */
const jsonGuard: MiddlewareHandler<AppEnv> = async (c, next) => {
  const body = await jsonBody(c);
  c.req.bodyCache.json = Promise.resolve(body);
  await next();
};

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'VALIDATION' }),
      message: z.string().openapi({ description: 'in Japanese, for the person' }),
      fields: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
      details: z.record(z.string(), z.unknown()).nullable().optional(),
    }),
  })
  .openapi('Error');

const errors = {
  400: { description: '入力の誤り (fields に項目ごとの理由)', content: { 'application/json': { schema: ErrorSchema } } },
  401: { description: '未ログイン・セッション切れ', content: { 'application/json': { schema: ErrorSchema } } },
  403: { description: '権限がない', content: { 'application/json': { schema: ErrorSchema } } },
  404: { description: '見つからない (他の組織のものを含む)', content: { 'application/json': { schema: ErrorSchema } } },
} as const;

/** A JSON request body. */
export const json = <S extends z.ZodType>(schema: S) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});

interface FormField {
  description: string;
  /** a file (else a text field) */
  file?: boolean;
  required?: boolean;
  /** the field may be sent more than once */
  many?: boolean;
}

/**
 * A multipart/form-data body, for the documentation only: the upload code reads and limits it as a
 * stream (server/http/upload.ts), so no validator is attached (the schema is not zod).
 */
export const form = (fields: Record<string, FormField>) => {
  const property = (f: FormField) => (f.file ? { type: 'string' as const, format: 'binary' } : { type: 'string' as const });
  return {
    body: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: {
            type: 'object' as const,
            properties: Object.fromEntries(
              Object.entries(fields).map(([name, f]) => [
                name,
                f.many
                  ? { type: 'array' as const, items: property(f), description: f.description }
                  : { ...property(f), description: f.description },
              ]),
            ),
            required: Object.entries(fields)
              .filter(([, f]) => f.required)
              .map(([name]) => name),
          },
        },
      },
    },
  };
};

/**
 * A file sent as the request body itself (application/octet-stream), for the documentation only: the
 * route reads it as a stream (a file too large to hold, e.g. a logon event export), never whole.
 */
export const binaryBody = (description: string) => ({
  body: {
    required: true,
    content: { 'application/octet-stream': { schema: { type: 'string' as const, format: 'binary', description } } },
  },
});

const FILE_TYPES = {
  html: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  pdf: 'application/pdf',
  csv: 'text/csv',
  txt: 'text/plain',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  bytes: 'application/octet-stream',
} as const;

/** A file answer of one of these types (the handler returns its Response as it is). */
export const file = (description: string, ...types: (keyof typeof FILE_TYPES)[]) => ({
  description,
  content: Object.fromEntries(types.map((t) => [FILE_TYPES[t], { schema: z.string().openapi({ format: 'binary' }) }])),
});

/** A ledger's export: ?format=csv | csv-sjis (Shift_JIS) | xlsx, answered as that file. */
export const tableExport = {
  query: z.object({ format: z.enum(['csv', 'csv-sjis', 'xlsx']).default('csv') }),
  answer: (description: string) => file(description, 'csv', 'xlsx'),
};

/** A JSON answer for one status. */
export const answer = <S extends z.ZodType>(schema: S, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

/** Before the body is validated: a request without any session is told to sign in (401), not about fields. */
const sessionFirst: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!c.get('auth')) throw new AppError('UNAUTHENTICATED', 'ログインしてください。セッションの有効期限が切れた可能性があります。');
  await next();
};

/**
 * createRoute with what every route shares: the error answers documented, a session required before
 * validation unless `public`, the route's own field names (`labels`) for its validation errors, and a
 * JSON body checked by jsonGuard first. `summary` is the Japanese
 * name an administrator reads on the docs page. The handler still asks requireAuth() for the caller
 * (and the stage it allows).
 */
export function defineRoute<P extends string, R extends Omit<RouteConfig, 'path'> & { path: P }>({
  public: open,
  labels,
  ...config
}: R & { public?: boolean; labels?: Record<string, string> }) {
  const jsonBodyDeclared = Boolean(config.request?.body?.content?.['application/json']);
  const named: MiddlewareHandler<AppEnv> = async (c, next) => {
    c.set('fieldLabels', labels);
    await next();
  };
  const first = [...(open ? [] : [sessionFirst]), ...(labels ? [named] : []), ...(jsonBodyDeclared ? [jsonGuard] : [])];
  return createRoute({
    ...config,
    middleware: [...first, ...[config.middleware ?? []].flat()],
    responses: { ...errors, ...config.responses },
  } as unknown as R);
}

export const idParam = (name: string) => z.string().openapi({ param: { name, in: 'path' } });
