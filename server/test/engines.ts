// Test databases on both engines. A migrated template is made once per run (global setup); each
// test file gets its own copy: PGlite loads the template's dump, PostgreSQL clones it with CREATE
// DATABASE … TEMPLATE. Never initdb per test.

import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { type Database, openDatabase } from '../db/client.ts';
import { migrateDatabase } from '../db/migrate.ts';

/** MAMORI_TEST_ARTIFACTS: another folder, for test runs side by side on one checkout */
export const ARTIFACTS = process.env.MAMORI_TEST_ARTIFACTS ?? path.resolve(import.meta.dirname, '..', '..', '.test-artifacts');
export const PGLITE_TEMPLATE = path.join(ARTIFACTS, 'pglite-template.tar');
export const PG_TEMPLATE_DB = 'mamori_template';

export type TestEngine = 'pglite' | 'postgres';
export const testEngine = (): TestEngine => (process.env.MAMORI_TEST_ENGINE === 'postgres' ? 'postgres' : 'pglite');

const withDb = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

export function serverUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run the suite with `npm test`, which starts PostgreSQL 15');
  return url;
}

/** Global setup: build the migrated template for the engine under test. */
export async function prepareTemplate(engine: TestEngine): Promise<void> {
  if (engine === 'pglite') {
    const client = new PGlite();
    const database = await openDatabase({ pglite: client });
    await migrateDatabase(database);
    const dump = await client.dumpDataDir('none');
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    fs.writeFileSync(PGLITE_TEMPLATE, Buffer.from(await dump.arrayBuffer()));
    await client.close();
    return;
  }
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  await admin.query(`drop database if exists ${PG_TEMPLATE_DB}`);
  await admin.query(`create database ${PG_TEMPLATE_DB}`);
  await admin.end();
  const database = await openDatabase({ databaseUrl: withDb(serverUrl(), PG_TEMPLATE_DB) });
  await migrateDatabase(database);
  await database.close();
}

/** A fresh, migrated database for one test file (or one test). */
export async function freshDatabase(engine: TestEngine = testEngine()): Promise<Database & { url?: string }> {
  if (engine === 'pglite') {
    // in a worker thread, as the server runs it
    return openDatabase({ pgliteImage: fs.readFileSync(PGLITE_TEMPLATE) });
  }
  const name = `t_${randomUUID().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  await admin.query(`create database ${name} template ${PG_TEMPLATE_DB}`);
  await admin.end();
  const url = withDb(serverUrl(), name);
  const database = await openDatabase({ databaseUrl: url });
  return {
    ...database,
    url,
    close: async () => {
      await database.close();
      const a = new pg.Client({ connectionString: serverUrl() });
      await a.connect();
      await a.query(`drop database if exists ${name}`);
      await a.end();
    },
  };
}

/** An empty (unmigrated) PostgreSQL database, for restore and migration tests. */
export async function emptyPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `e_${randomUUID().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  return {
    url: withDb(serverUrl(), name),
    drop: async () => {
      const a = new pg.Client({ connectionString: serverUrl() });
      await a.connect();
      await a.query(`drop database if exists ${name}`);
      await a.end();
    },
  };
}
