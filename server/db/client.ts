// Opens the database: embedded PGlite in a data folder (default) or PostgreSQL >= 15 via DATABASE_URL.
// Both give the same Drizzle PgDatabase type, so everything above this file is engine-agnostic.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { acquireLock, type DataDirLock } from '../lib/lockfile.ts';
import { PgliteWorkerClient } from './pglite-worker-client.ts';
import { schema } from './schema.ts';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handle has the same query API as the database. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Engine = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  engine: Engine;
  lock: DataDirLock | undefined;
  /**
   * Runs `fn` while this process alone holds the named lock among every process on the database
   * (PostgreSQL: a session advisory lock on a connection of its own, released however `fn` ends;
   * PGlite: one process only, by the data folder's lock, so `fn` simply runs).
   */
  exclusive<T>(name: string, fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

// int8 as number (ids and counters stay far below 2^53), not string: PGlite and pg then agree.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));

export interface OpenOptions {
  dataDir?: string;
  databaseUrl?: string | undefined;
  /** an already loaded PGlite instance, in this thread */
  pglite?: PGlite;
  /** an in-memory PGlite loaded from a dumped data folder (tests load a migrated template) */
  pgliteImage?: Uint8Array;
  /** skip the data folder lock (only for an in-memory or test instance) */
  noLock?: boolean;
  /** PostgreSQL: connections in the pool (config.ts pgPoolSize) */
  poolSize?: number;
  /** PostgreSQL: an idle connection was lost (logged; the pool opens a new one) */
  onConnectionError?: (err: Error) => void;
}

/**
 * PGlite's WASM memory grows during initdb (~850 MB) and is never given back: a new folder is
 * created by a short-lived child process, so this process only opens existing folders (~400 MB).
 * The folder is opened in a worker thread: PGlite runs queries synchronously, and on the main
 * thread a busy database kept new connections (a new tab, /api/health) waiting for seconds.
 */
async function openPglite(source: { dir: string } | { image: Uint8Array }): Promise<PgliteWorkerClient> {
  if ('dir' in source && !fs.existsSync(path.join(source.dir, 'PG_VERSION'))) {
    const init = spawnSync(process.execPath, [path.join(import.meta.dirname, 'pglite-initdb.mjs'), source.dir], { encoding: 'utf8' });
    if (init.status !== 0) throw new Error(`PGlite initdb failed in ${source.dir}: ${init.stderr.slice(-2000)}`);
  }
  const client = new PgliteWorkerClient(source);
  try {
    await client.waitReady;
  } catch (err) {
    await client.close().catch(() => undefined);
    throw err;
  }
  return client;
}

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.databaseUrl) {
    // at least two: `exclusive` holds one connection while the work it guards takes another
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: Math.max(2, opts.poolSize ?? 10) });
    // a lost connection (PostgreSQL restarted, failed over, or the connection killed) is an 'error'
    // event: of the pool for an idle one (the pool drops it and opens a new one when next asked), of
    // the connection itself while a request or transaction holds it (that query fails with the
    // error). Without a listener Node would end the whole process on either.
    pool.on('error', (err) => opts.onConnectionError?.(err));
    pool.on('connect', (client) => client.on('error', (err) => opts.onConnectionError?.(err)));
    await pool.query('select 1');
    return {
      db: drizzlePg(pool, { schema }) as unknown as Db,
      engine: 'postgres',
      lock: undefined,
      exclusive: async (name, fn) => {
        const client = await pool.connect();
        try {
          await client.query('select pg_advisory_lock(hashtext($1))', [name]);
          try {
            return await fn();
          } finally {
            // a lost connection has released the lock already; its error must not hide fn's own
            await client.query('select pg_advisory_unlock(hashtext($1))', [name]).catch(() => undefined);
          }
        } finally {
          client.release();
        }
      },
      close: () => pool.end(),
    };
  }
  const inMemory = opts.pglite || opts.pgliteImage;
  const lock = opts.noLock || inMemory ? undefined : acquireLock(opts.dataDir ?? './data');
  try {
    const client =
      opts.pglite ??
      (await openPglite(opts.pgliteImage ? { image: opts.pgliteImage } : { dir: path.join(opts.dataDir ?? './data', 'pgdata') }));
    const pglite = client instanceof PgliteWorkerClient ? client.asPglite() : client;
    return {
      db: drizzlePglite(pglite, { schema }) as unknown as Db,
      engine: 'pglite',
      lock,
      exclusive: (_name, fn) => fn(),
      close: async () => {
        await client.close();
        lock?.release();
      },
    };
  } catch (err) {
    lock?.release();
    throw err;
  }
}
