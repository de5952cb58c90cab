// /api/local: the CLI's channel into a running server (so it never opens the embedded data folder
// behind the server's back). Only from loopback, only with the token in the data folder's lock file.
import { timingSafeEqual } from 'node:crypto';
import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { jsonBody } from '../../http/request.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError } from '../../lib/errors.ts';
import { backupResponseBody } from '../backup/stream-backup.ts';
import { operations } from './operations.ts';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

const localActor = (c: Context<AppEnv>, body: Record<string, unknown>): Actor => ({
  userId: null,
  label: typeof body.actor === 'string' ? body.actor : 'cli',
  clientAddress: c.get('clientAddress'),
});

export function localControlRoutes(token: string) {
  const expected = Buffer.from(`Bearer ${token}`);
  return (
    new Hono<AppEnv>()
      .use('*', async (c, next) => {
        const given = Buffer.from(c.req.header('authorization') ?? '');
        const address = c.get('clientAddress') ?? '';
        if (!LOOPBACK.has(address) || given.length !== expected.length || !timingSafeEqual(given, expected)) {
          throw new AppError('NOT_FOUND', 'ページまたは API が見つかりません。');
        }
        await next();
      })
      .post('/run', async (c) => {
        // an import sends its file along (base64)
        const body = await jsonBody(c, Math.ceil(c.get('deps').config.maxUploadBytes * 1.4) + 1024 * 1024);
        const name = typeof body.operation === 'string' ? body.operation : '';
        const op = operations[name];
        if (!op) throw new AppError('BAD_REQUEST', `不明な操作です: ${name}`);
        return c.json({ result: await op(c.get('deps'), localActor(c, body), (body.args ?? {}) as Record<string, unknown>) });
      })
      // streams the backup file (gzip); the CLI writes it to --out
      .post('/backup', async (c) => {
        const body = await jsonBody(c);
        return c.body(backupResponseBody(c.get('deps'), localActor(c, body)), 200, { 'content-type': 'application/octet-stream' });
      })
  );
}
