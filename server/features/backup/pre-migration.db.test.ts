// The backup before an upgrade, with real upgrades: a copy of the migrations folder gains migrations one
// at a time, and each start on the populated database writes a readable backup of it as it stood, names
// it in the log, and keeps only the last three. A database without data, or up to date, gets none.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knownMigrations, migrationState, migrationsFolder } from '../../db/migrate.ts';
import { MemoryLogger } from '../../lib/log.ts';
import { freshDatabase } from '../../test/engines.ts';
import { type TestDeps, testDeps } from '../../test/harness.ts';
import { seedOrg, seedUser } from '../../test/seed.ts';
import { readBackup } from './backup.reader.ts';
import { migrateWithBackup, PRE_MIGRATION_KEEP } from './pre-migration.ts';
import { restoreBackup } from './restore-backup.ts';

let deps: TestDeps;
let dir: string;
let folder: string;
let backupDir: string;

/** Appends a migration to the copied folder, as drizzle-kit would. */
function addMigration(tag: string, statement: string): void {
  fs.writeFileSync(path.join(folder, `${tag}.sql`), statement);
  const file = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(file, 'utf8')) as { entries: { idx: number; when: number }[] };
  const last = journal.entries.at(-1) ?? { idx: -1, when: 0 };
  journal.entries.push({ idx: last.idx + 1, version: '7', when: last.when + 1000, tag, breakpoints: true } as never);
  fs.writeFileSync(file, JSON.stringify(journal, null, 2));
}

const options = (log = deps.log) => ({ backupDir, version: 'test', clock: deps.clock, log, migrationsFolder: folder });

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-premig-'));
  folder = path.join(dir, 'migrations');
  backupDir = path.join(dir, 'data', 'backups');
  fs.cpSync(migrationsFolder, folder, { recursive: true });
  deps = await testDeps();
  const org = await seedOrg(deps, { name: '移行前クリニック' });
  await seedUser(deps, { org: { id: org.id, role: 'editor' } });
  // as an older version would have it: without a table a later migration adds
  await deps.db.execute(sql`drop table site_aliases`);
});
afterAll(async () => {
  await deps?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('backup before migration', () => {
  it('backs up a populated database before each upgrade, names the file in the log, keeps the last three', async () => {
    const upgrades = [
      [
        '9001_site_aliases_again',
        'CREATE TABLE IF NOT EXISTS "site_aliases" ("alias" text PRIMARY KEY NOT NULL, "canonical" text NOT NULL);',
      ],
      ['9002_upgrade', 'CREATE TABLE "test_upgrade_2" ("id" integer);'],
      ['9003_upgrade', 'ALTER TABLE "test_upgrade_2" ADD COLUMN "note" text;'],
      ['9004_upgrade', 'CREATE TABLE "test_upgrade_4" ("id" integer);'],
    ] as const;
    const made: string[] = [];
    for (const [tag, statement] of upgrades) {
      const before = knownMigrations(folder);
      addMigration(tag, statement);
      deps.clock.advance(60_000);
      const file = await migrateWithBackup(deps.database, options());
      if (!file) throw new Error(`no backup before ${tag}`);
      made.push(file);
      if (made.length === 1) fs.copyFileSync(file, path.join(dir, 'first.mamori-backup')); // pruned later
      expect(path.basename(file)).toMatch(
        new RegExp(`^pre-migration-\\d{4}-.+-${before.at(-1)?.slice(0, 4)}-${tag.slice(0, 4)}\\.mamori-backup$`),
      );
      expect(deps.log.entries.filter((e) => e.msg === 'backup before migration').at(-1)?.fields).toMatchObject({
        file,
        from: before.at(-1),
        to: tag,
      });
      // a whole backup of the database as it stood: its migrations, its tables, its rows
      const { header, summary } = await readBackup(file, { knownMigrations: knownMigrations(folder) });
      expect(header.migrations).toEqual(before);
      expect(header.tables.includes('site_aliases')).toBe(tag !== '9001_site_aliases_again');
      expect(summary.tables.organizations).toBe(1);
      expect(summary.tables.users).toBeGreaterThanOrEqual(1);
      expect((await migrationState(deps.database, folder)).pending).toBe(0);
    }
    // the first was made on this version's own migrations: the same Mamori restores it into a new database
    const target = await freshDatabase(); // same installation keys: restored audit rows must verify
    try {
      const restored = await restoreBackup({ ...deps, db: target.db, database: target }, path.join(dir, 'first.mamori-backup'));
      expect(restored.tables.organizations).toBe(1);
      const names = await target.db.execute(sql`select name from organizations`);
      expect((names as unknown as { rows: { name: string }[] }).rows).toEqual([{ name: '移行前クリニック' }]);
    } finally {
      await target.close();
    }
    const kept = fs.readdirSync(backupDir).sort();
    expect(kept).toHaveLength(PRE_MIGRATION_KEEP);
    expect(kept).toEqual(made.slice(1).map((f) => path.basename(f)));
    expect((fs.statSync(path.join(backupDir, kept[0] ?? '')).mode & 0o077) === 0).toBe(true);
  });

  it('makes none when nothing is pending, or when the database holds no data', async () => {
    const log = new MemoryLogger();
    const before = fs.readdirSync(backupDir);
    expect(await migrateWithBackup(deps.database, options(log))).toBeUndefined();
    const empty = await freshDatabase();
    try {
      addMigration('9005_upgrade', 'CREATE TABLE "test_upgrade_5" ("id" integer);');
      expect(await migrateWithBackup(empty, options(log))).toBeUndefined();
      expect((await migrationState(empty, folder)).pending).toBe(0);
    } finally {
      await empty.close();
    }
    expect(fs.readdirSync(backupDir)).toEqual(before);
    expect(log.entries.filter((e) => e.msg === 'backup before migration')).toEqual([]);
  });
});
