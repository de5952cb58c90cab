// The built web UI (dist/web). Hashed files under /assets/ never change: cached for a year, sent as the
// brotli or gzip copy the build wrote next to them (scripts/vite-precompress.ts). index.html is revalidated on
// every load (no-cache + ETag, answered 304 when unchanged), so a new build reaches every browser.
// Any other GET path returns index.html so the client router can take it.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.ts';
import { notFoundResponse } from './errors.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The encodings a client accepts, best first among those the build wrote. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

function acceptedEncodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  return accepted;
}

interface IndexVariant {
  body: Buffer;
  encoding: string | undefined;
}

interface IndexFile {
  stamp: string;
  etag: string;
  variants: IndexVariant[];
}

/** index.html and its compressed copies, read again only when the build changed it. */
function indexReader(file: string): () => IndexFile | undefined {
  let cached: IndexFile | undefined;
  return () => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      return undefined;
    }
    const stamp = `${stat.mtimeMs}:${stat.size}`;
    if (cached?.stamp === stamp) return cached;
    const body = fs.readFileSync(file);
    const variants: IndexVariant[] = [];
    for (const { name, suffix } of ENCODINGS) {
      if (fs.existsSync(file + suffix)) variants.push({ body: fs.readFileSync(file + suffix), encoding: name });
    }
    variants.push({ body, encoding: undefined });
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    cached = { stamp, etag, variants };
    return cached;
  };
}

function sendIndex(c: Context<AppEnv>, index: IndexFile): Response {
  c.header('Cache-Control', 'no-cache');
  c.header('ETag', index.etag);
  c.header('Vary', 'Accept-Encoding');
  const matches = (c.req.header('if-none-match') ?? '').split(',').map((t) => t.trim().replace(/^W\//, ''));
  if (matches.includes(index.etag) || matches.includes('*')) return c.body(null, 304);
  const accepted = acceptedEncodings(c.req.header('accept-encoding'));
  const variant = index.variants.find((v) => v.encoding === undefined || accepted.has(v.encoding)) as IndexVariant;
  if (variant.encoding) c.header('Content-Encoding', variant.encoding);
  c.header('Content-Type', 'text/html; charset=utf-8');
  return c.body(new Uint8Array(variant.body));
}

/** Sets Cache-Control on a file found (serveStatic's own hook runs after its response is made). */
const cacheFor =
  (value: string): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    await next();
    if (c.res.status === 200 || c.res.status === 206) c.res.headers.set('Cache-Control', value);
  };

export function mountWeb(app: Hono<AppEnv>, webDist: string): void {
  const readIndex = indexReader(path.join(webDist, 'index.html'));
  const root = path.relative(process.cwd(), webDist) || '.';
  if (fs.existsSync(webDist)) {
    app.use('/assets/*', cacheFor(IMMUTABLE), serveStatic({ root, precompressed: true }));
    app.get('/favicon.svg', cacheFor('public, max-age=86400'), serveStatic({ root, precompressed: true }));
  }
  // a file of another build is gone: a 404, not the page in its place
  app.get('/assets/*', notFoundResponse);
  app.get('*', (c) => {
    const index = readIndex();
    if (!index) {
      return c.text(
        'Web UI がビルドされていません。`npm run build:web` を実行してください。 / The web UI is not built: run `npm run build:web`.',
        503,
      );
    }
    return sendIndex(c, index);
  });
}
