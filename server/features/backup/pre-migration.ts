// The automatic backup before an upgrade. When this version brings migrations that an existing database
// with data lacks, the database is first written as it stands (its own tables and migrations) to
// <data>/backups/pre-migration-<UTC time>-<from>-<to>.mamori-backup, named in the start-up log; the last
// three are kept. A new or empty database is migrated without one. Both engines use Mamori's own logical
// format (`mamori backup`): pg_dump may be missing and its output would not load into PGlite; the earlier
// Mamori brings the file back with `mamori restore`. If the backup cannot be written nothing is migrated.
// No audit event: the schema is not current yet (the audit tables may change in this very upgrade).
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../../db/client.ts';
import { knownMigrations, migrateDatabase, migrationState, migrationsFolder } from '../../db/migrate.ts';
import type { Clock } from '../../lib/clock.ts';
import { errorSummary } from '../../lib/error-summary.ts';
import { AppError } from '../../lib/errors.ts';
import type { Logger } from '../../lib/log.ts';
import { existingTables, nonEmptyTables } from './backup.repo.ts';
import { writeSnapshotFile } from './write-backup.ts';

export const PRE_MIGRATION_KEEP = 3;
const PRE_MIGRATION_FILE = /^pre-migration-.+\.mamori-backup$/;

export interface MigrateOptions {
  /** where the backups go: <data>/backups (on PostgreSQL too: the data folder is otherwise unused there) */
  backupDir: string;
  version: string;
  clock: Clock;
  log: Logger;
  /** another migrations folder (tests add upgrades to a copy) */
  migrationsFolder?: string;
}

/** Migrates the database, after a backup when it has data and migrations are pending; returns the backup file. */
export async function migrateWithBackup(database: Database, opts: MigrateOptions): Promise<string | undefined> {
  const folder = opts.migrationsFolder ?? migrationsFolder;
  // several servers starting together on one PostgreSQL: one migrates (and backs up first), the
  // others wait for it and then find nothing pending
  return database.exclusive('mamori:migrate', async () => {
    const file = await backupBeforeMigration(database, opts, folder);
    await migrateDatabase(database, folder);
    return file;
  });
}

async function backupBeforeMigration(database: Database, opts: MigrateOptions, folder: string): Promise<string | undefined> {
  const state = await migrationState(database, folder);
  if (state.applied === 0 || state.pending === 0) return undefined; // a new database, or nothing to apply
  const tables = await existingTables(database.db);
  if ((await nonEmptyTables(database.db, tables)).length === 0) return undefined;
  const known = knownMigrations(folder);
  const migrations = known.slice(0, state.applied);
  const [from, to] = [migrations.at(-1) ?? '', known.at(-1) ?? ''];
  const stamp = opts.clock.now().toISOString().replace(/[:.]/g, '-');
  const number = (tag: string) => tag.split('_')[0];
  const file = path.join(opts.backupDir, `pre-migration-${stamp}-${number(from)}-${number(to)}.mamori-backup`);
  const source = { db: database.db, database, clock: opts.clock, version: opts.version };
  try {
    fs.mkdirSync(opts.backupDir, { recursive: true, mode: 0o700 });
    const summary = await writeSnapshotFile(source, file, { tables, migrations });
    opts.log.info('backup before migration', { file, from, to, rows: summary.rows, bytes: summary.bytes, sha256: summary.sha256 });
  } catch (err) {
    throw new AppError(
      'UNAVAILABLE',
      `データベースの移行前のバックアップを ${opts.backupDir} に作成できませんでした (${errorSummary(err).message})。` +
        'データベースは移行していません。空き容量と権限を確認してから、もう一度起動してください。',
      { cause: err },
    );
  }
  pruneOlder(opts.backupDir, opts.log);
  return file;
}

/** Keeps the newest PRE_MIGRATION_KEEP backups before migration (names sort by time); other files are left alone. */
function pruneOlder(dir: string, log: Logger): void {
  const files = fs
    .readdirSync(dir)
    .filter((f) => PRE_MIGRATION_FILE.test(f))
    .sort();
  const removed = files.slice(0, Math.max(0, files.length - PRE_MIGRATION_KEEP)).map((f) => path.join(dir, f));
  for (const f of removed) fs.rmSync(f, { force: true });
  if (removed.length > 0) log.info('older backups before migration removed', { files: removed, kept: PRE_MIGRATION_KEEP });
}
