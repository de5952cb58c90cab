// Middleware run for every request: context, security headers, session, CSRF.
import { timingSafeEqual } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { Deps } from '../deps.ts';
import { orgIdInPath } from '../features/orgs/org-lookup.ts';
import { resolveSession } from '../features/sessions/sessions.service.ts';
import { AppError, noSuchRoute } from '../lib/errors.ts';
import { readSessionCookie } from './cookies.ts';
import type { AppEnv } from './env.ts';

export const withContext =
  (deps: Deps): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    c.set('deps', deps);
    let address: string | null = null;
    try {
      address = getConnInfo(c).remote.address ?? null;
    } catch {
      address = null; // app.request() in tests has no socket
    }
    const forwarded = c.req.header('x-forwarded-for');
    if (deps.config.trustProxy && forwarded) address = forwarded.split(',')[0]?.trim() ?? address;
    c.set('clientAddress', address);
    const proto = deps.config.trustProxy ? c.req.header('x-forwarded-proto') : undefined;
    c.set('secure', new URL(c.req.url).protocol === 'https:' || proto === 'https');
    await next();
  };

/**
 * Security headers on every response (hono/secure-headers); a route may set a stricter one (evidence
 * downloads do), which is kept. HSTS only over HTTPS, where it means something.
 */
export const securityHeaders = (): MiddlewareHandler<AppEnv> => {
  const headers = secureHeaders({
    overwrite: false,
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    crossOriginOpenerPolicy: 'same-origin',
    crossOriginResourcePolicy: 'same-origin',
    permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
    strictTransportSecurity: false,
  });
  return async (c, next) => {
    await headers(c, next);
    if (c.get('secure')) c.res.headers.set('Strict-Transport-Security', 'max-age=31536000');
  };
};

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export const withSession = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  const read = c.req.method === 'GET' || c.req.method === 'HEAD';
  c.set('auth', await resolveSession(c.get('deps'), readSessionCookie(c), orgIdInPath(c.req.path), read));
  await next();
};

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** Mutations must come from our own pages: same origin, and with the session's CSRF token. */
export const csrfProtection = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  if (SAFE.has(c.req.method) || c.req.path.startsWith('/api/local/')) return next();
  const origin = c.req.header('origin');
  const host = c.req.header('host');
  if (origin && origin !== 'null' && host && new URL(origin).host !== host) {
    throw new AppError('CSRF', '別のサイトからの要求は受け付けません。');
  }
  if (c.req.header('sec-fetch-site') === 'cross-site') throw new AppError('CSRF', '別のサイトからの要求は受け付けません。');
  const auth = c.get('auth');
  if (auth && !same(c.req.header('x-csrf-token') ?? '', auth.session.csrfToken)) {
    throw new AppError('CSRF', '画面を再読み込みしてから、もう一度操作してください (CSRF トークンが一致しません)。');
  }
  await next();
};

/** What a person at a vendor may reach: the portal and their own account; every other API answers as unknown (before any validation). */
const VENDOR_PATHS = ['/api/vendor-portal/', '/api/auth/'];

export const vendorConfinement = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  if (c.get('auth')?.user.kind === 'vendor' && !VENDOR_PATHS.some((p) => c.req.path.startsWith(p))) throw noSuchRoute();
  await next();
};
