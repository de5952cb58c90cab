// Admission of API requests to the database. PGlite runs one query at a time: without a bound,
// requests queue behind each other inside it, interleaving their queries, and a new browser tab waits
// behind hundreds of busy clients. Here at most a few requests run at once, the others wait in a
// bounded line ordered fairly by client (fair-queue.ts), and a request that cannot be started soon
// is answered 503 with Retry-After instead of hanging. /api/health and the web's files do not pass
// through here: they never touch the database.
import type { MiddlewareHandler } from 'hono';
import type { Engine } from '../db/client.ts';
import type { Config } from '../lib/config.ts';
import { AppError } from '../lib/errors.ts';
import { readSessionCookie } from './cookies.ts';
import type { AppEnv } from './env.ts';
import { FairQueue, QueueFull } from './fair-queue.ts';

/** PGlite: one running request computes while the next waits on the database; PostgreSQL: as many as the pool has connections. */
const defaultConcurrency = (engine: Engine, pgPoolSize: number): number => (engine === 'pglite' ? 2 : pgPoolSize);
/** a browser opens up to 6 connections to a host: a new tab's first requests go ahead of the round */
const NEW_CLIENT_BURST = 6;

export function requestQueue(engine: Engine, limits: Config['requests'], pgPoolSize: number): FairQueue {
  return new FairQueue({
    concurrency: limits.concurrency ?? defaultConcurrency(engine, pgPoolSize),
    queue: limits.queue,
    waitMs: limits.waitMs,
    burst: NEW_CLIENT_BURST,
  });
}

const busy = (reason: QueueFull['reason']) =>
  new AppError(
    'SERVER_BUSY',
    reason === 'full'
      ? 'サーバーが混み合っているため、要求を受け付けられませんでした。数秒後に再試行してください。'
      : 'サーバーが混み合っているため、時間内に処理を始められませんでした。数秒後に再試行してください。',
    { retryAfterSeconds: reason === 'full' ? 2 : 5 },
  );

/** Each request waits for its turn by client: the session if signed in, else the client address. */
export const admission =
  (queue: FairQueue): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const client = readSessionCookie(c) ?? `address:${c.get('clientAddress') ?? ''}`;
    let release: () => void;
    try {
      release = await queue.acquire(client);
    } catch (err) {
      if (err instanceof QueueFull) throw busy(err.reason);
      throw err;
    }
    try {
      await next();
    } finally {
      release();
    }
  };
