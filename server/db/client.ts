// Opens the database: embedded PGlite in a data folder (default) or PostgreSQL >= 15 via DATABASE_URL.
// Both give the same Drizzle PgDatabase type, so everything above this file is engine-agnostic.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { acquireLock, type DataDirLock } from '../lib/lockfile.ts';
import { schema } from './schema.ts';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handle has the same query API as the database. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Engine = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  engine: Engine;
  lock: DataDirLock | undefined;
  close(): Promise<void>;
}

// int8 as number (ids and counters stay far below 2^53), not string: PGlite and pg then agree.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));

export interface OpenOptions {
  dataDir?: string;
  databaseUrl?: string | undefined;
  /** an already loaded PGlite instance (tests load a migrated template) */
  pglite?: PGlite;
  /** skip the data folder lock (only for an in-memory or test instance) */
  noLock?: boolean;
}

/**
 * PGlite's WASM memory grows during initdb (~850 MB) and is never given back: a new folder is
 * created by a short-lived child process, so this process only opens existing folders (~400 MB).
 */
async function openPglite(dir: string): Promise<PGlite> {
  if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) {
    const init = spawnSync(process.execPath, [path.join(import.meta.dirname, 'pglite-initdb.mjs'), dir], { encoding: 'utf8' });
    if (init.status !== 0) throw new Error(`PGlite initdb failed in ${dir}: ${init.stderr.slice(-2000)}`);
  }
  const client = new PGlite(dir);
  await client.waitReady;
  return client;
}

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
    await pool.query('select 1');
    return {
      db: drizzlePg(pool, { schema }) as unknown as Db,
      engine: 'postgres',
      lock: undefined,
      close: () => pool.end(),
    };
  }
  const lock = opts.noLock || opts.pglite ? undefined : acquireLock(opts.dataDir ?? './data');
  try {
    const client = opts.pglite ?? (await openPglite(path.join(opts.dataDir ?? './data', 'pgdata')));
    return {
      db: drizzlePglite(client, { schema }) as unknown as Db,
      engine: 'pglite',
      lock,
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
