// GET /api/openapi.json and the page that reads it (/api/docs), for system administrators. The page is
// Swagger UI from the installed package (swagger-ui-dist), served from here: no CDN, nothing fetched.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { requireSystemAdmin } from '../features/orgs/orgs.policy.ts';
import type { AppEnv } from './env.ts';
import { requireAuth } from './request.ts';

const dist = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
const asset = (c: Context<AppEnv>, file: string, type: string) =>
  c.body(fs.readFileSync(path.join(dist, file)), 200, { 'Content-Type': type });

const page = `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>Mamori API 仕様</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css"></head>
<body><div id="api"></div><script src="/api/docs/swagger-ui-bundle.js"></script><script src="/api/docs/init.js"></script></body></html>`;

const init = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#api', tryItOutEnabled: false, supportedSubmitMethods: ['get'] });`;

// Swagger UI sets style attributes; nothing else is loosened
const DOCS_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

const systemAdmin: MiddlewareHandler<AppEnv> = async (c, next) => {
  requireSystemAdmin(requireAuth(c).user);
  await next();
};

/** Mounted under /api: only its own paths, each for system administrators. */
export const apiDocsRoutes = (document: () => unknown) =>
  new Hono<AppEnv>()
    .use('/openapi.json', systemAdmin)
    .use('/docs', systemAdmin)
    .use('/docs/*', systemAdmin)
    .get('/openapi.json', (c) => c.json(document()))
    .get('/docs', (c) => {
      c.header('Content-Security-Policy', DOCS_CSP);
      return c.html(page);
    })
    .get('/docs/init.js', (c) => c.body(init, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }))
    .get('/docs/swagger-ui.css', (c) => asset(c, 'swagger-ui.css', 'text/css; charset=utf-8'))
    .get('/docs/swagger-ui-bundle.js', (c) => asset(c, 'swagger-ui-bundle.js', 'text/javascript; charset=utf-8'));
