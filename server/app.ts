// Builds the HTTP application: middleware in order, then each feature's routes, then the web UI.
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { contractApi, openApiDocument } from './api.ts';
import type { Deps } from './deps.ts';
import { healthRoutes } from './features/health/health.routes.ts';
import { auditGrantedReads } from './features/live-access/record-view.ts';
import { officeConfinement } from './features/orgs/office-routes.ts';
import { admission, requestQueue } from './http/admission.ts';
import { apiDocsRoutes } from './http/api-docs.ts';
import type { AppEnv } from './http/env.ts';
import { handleError, notFoundResponse } from './http/errors.ts';
import { csrfProtection, securityHeaders, vendorConfinement, withContext, withSession } from './http/middleware.ts';
import { rejectUnstorableText } from './http/text-guard.ts';
import { mountWeb } from './http/web-assets.ts';
import { AppError } from './lib/errors.ts';

/** POST …/account-systems/:id/logons: the body is a file read as a stream, of any size up to its own limit */
const STREAMED_UPLOAD = /^\/api\/orgs\/[^/]+\/account-systems\/[^/]+\/logons$/;
const isStreamedUpload = (c: Context<AppEnv>) => c.req.method === 'POST' && STREAMED_UPLOAD.test(c.req.path);

export function buildApp(deps: Deps, extra?: (app: Hono<AppEnv>) => void): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.onError(handleError);
  app.use('*', withContext(deps), securityHeaders());
  app.use('/api/*', async (c, next) => {
    await next();
    // on the response's headers: c.header() after next() would copy the whole response
    c.res.headers.set('Cache-Control', 'no-store');
  });
  const limitBody = bodyLimit({
    // the CLI's local channel carries a file as base64 in JSON (a third larger)
    maxSize: Math.ceil(deps.config.maxUploadBytes * 1.4) + 1024 * 1024,
    onError: () => {
      throw new AppError(
        'PAYLOAD_TOO_LARGE',
        `送信されたデータが大きすぎます (上限 ${Math.round(deps.config.maxUploadBytes / 1048576)} MB)。`,
      );
    },
  });
  // a GET has no body; asking the request for one would build a whole fetch Request on every read;
  // a streamed upload (a logon event file) is limited by the code that reads it
  app.use('/api/*', (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' || isStreamedUpload(c) ? next() : limitBody(c, next)));
  // health first: answered without the database and without waiting behind other requests
  app.route('/api/health', healthRoutes);
  const queue = requestQueue(deps.database.engine, deps.config.requests, deps.config.pgPoolSize);
  // a streamed upload takes as long as the file takes to arrive: it waits for no turn and holds none (its
  // own reads are few and short; how many run at once is limited where it is read)
  const admitted = admission(queue);
  app.use('/api/*', rejectUnstorableText(), (c, next) => (isStreamedUpload(c) ? next() : admitted(c, next)));
  app.use('/api/*', withSession(), vendorConfinement(), officeConfinement(), csrfProtection(), auditGrantedReads());
  extra?.(app);
  const api = contractApi();
  app.route('/', api);
  let document: unknown;
  app.route(
    '/api',
    apiDocsRoutes(() => (document ??= openApiDocument(api, deps.version))),
  );
  app.all('/api/*', notFoundResponse);
  mountWeb(app, deps.config.webDist);
  return app;
}
