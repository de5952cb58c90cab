// Applies the SQL migrations in server/db/migrations (written by drizzle-kit) on either engine, and
// reports the migration state for /api/health.
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { Database } from './client.ts';

export const migrationsFolder = path.join(import.meta.dirname, 'migrations');

interface Journal {
  entries: { tag: string; when: number }[];
}

/** The migration tags this installation ships (or those of another folder: tests add upgrades). */
export function knownMigrations(folder: string = migrationsFolder): string[] {
  const journal = JSON.parse(fs.readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as Journal;
  return journal.entries.map((e) => e.tag);
}

export async function migrateDatabase(database: Database, folder: string = migrationsFolder): Promise<void> {
  if (database.engine === 'postgres') {
    await migratePg(database.db as unknown as NodePgDatabase, { migrationsFolder: folder });
  } else {
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder: folder });
  }
}

export interface MigrationState {
  applied: number;
  known: number;
  pending: number;
  latest: string | undefined;
}

export async function migrationState(database: Database, folder: string = migrationsFolder): Promise<MigrationState> {
  const known = knownMigrations(folder);
  let applied = 0;
  try {
    const result = (await database.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`)) as unknown as {
      rows: { n: number }[];
    };
    applied = Number(result.rows[0]?.n ?? 0);
  } catch {
    applied = 0; // no migrations table yet
  }
  return { applied, known: known.length, pending: Math.max(0, known.length - applied), latest: known[applied - 1] };
}
