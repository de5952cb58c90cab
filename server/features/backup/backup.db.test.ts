// Backup and restore round trip on this engine: the restored database is identical row for row (and
// byte for byte for evidence), the audit chains verify, and a backup is one consistent snapshot.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../db/client.ts';
import { migrateDatabase } from '../../db/migrate.ts';
import type { Deps } from '../../deps.ts';
import { ManualClock } from '../../lib/clock.ts';
import { loadConfig } from '../../lib/config.ts';
import { MemoryLogger } from '../../lib/log.ts';
import { emptyPostgresDatabase, testEngine } from '../../test/engines.ts';
import { type TestDeps, testDeps } from '../../test/harness.ts';
import { seedOrg } from '../../test/seed.ts';
import { verifyAuditTrail } from '../audit/audit.verify.ts';
import { readBlob } from '../evidence/evidence.repo.ts';
import { BACKUP_TABLES } from './backup.format.ts';
import { countRows, dumpTables, seedEverything } from './backup.test-helpers.ts';
import { restoreBackup } from './restore-backup.ts';
import { writeBackup } from './write-backup.ts';

let source: TestDeps;
let dir: string;
let seeded: Awaited<ReturnType<typeof seedEverything>>;

beforeAll(async () => {
  source = await testDeps();
  seeded = await seedEverything(source);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-backup-'));
});
afterAll(async () => {
  await source.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const depsOn = (database: Database): Deps => ({
  db: database.db,
  database,
  config: loadConfig({}, {}),
  clock: new ManualClock('2026-12-01T00:00:00Z'),
  version: 'test',
  catalog: source.catalog,
  help: source.help,
  log: new MemoryLogger(),
});

/** A brand-new empty database, migrated from nothing, as a real restore target is. */
async function newEmptyDatabase(): Promise<{ deps: Deps; close(): Promise<void> }> {
  if (testEngine() === 'pglite') {
    const database = await openDatabase({ pglite: new PGlite() });
    await migrateDatabase(database);
    return { deps: depsOn(database), close: () => database.close() };
  }
  const empty = await emptyPostgresDatabase();
  const database = await openDatabase({ databaseUrl: empty.url });
  await migrateDatabase(database);
  const close = async () => {
    await database.close();
    await empty.drop();
  };
  return { deps: depsOn(database), close };
}

const auditActions = async (deps: Deps) =>
  (
    (await deps.db.execute(
      sql`select action, actor_label as actor from audit_events where chain_key = 'system' order by seq`,
    )) as unknown as {
      rows: { action: string; actor: string }[];
    }
  ).rows;

describe('backup and restore', () => {
  it('restores every table identically into a new empty database, evidence bytes and audit chains included', async () => {
    const before = await dumpTables(source.db);
    expect(before.sessions).toBeUndefined();
    expect((await countRows(source.db)).sessions).toBeGreaterThan(0);
    const file = path.join(dir, 'round-trip.mamori-backup');
    const made = await writeBackup(source, file, { actor: { userId: null, label: 'cli:test', clientAddress: null } });
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
    expect(made.bytes).toBe(fs.statSync(file).size);
    expect(made.tables).toEqual(Object.fromEntries(BACKUP_TABLES.map((t) => [t, before[t]?.length])));
    expect((await auditActions(source)).at(-1)).toEqual({ action: 'system.backup_created', actor: 'cli:test' });

    const target = await newEmptyDatabase();
    try {
      const restored = await restoreBackup(target.deps, file);
      expect(restored).toEqual(made);
      const after = await dumpTables(target.deps.db);
      for (const table of BACKUP_TABLES.filter((t) => !t.startsWith('audit_'))) expect(after[table], table).toEqual(before[table]);
      // the audit trail is the source's plus exactly one event: the restore itself, appended to the system chain
      expect(after.audit_events?.slice(0, -1).sort()).toEqual([...(before.audit_events ?? [])].sort());
      expect((await auditActions(target.deps)).at(-1)).toEqual({ action: 'system.backup_restored', actor: 'restore' });
      expect(await verifyAuditTrail(target.deps.db)).toMatchObject({ ok: true, events: (before.audit_events?.length ?? 0) + 1 });
      const blob = await readBlob(target.deps.db, seeded.org.id, createHash('sha256').update(seeded.bytes).digest('hex'));
      expect(Buffer.from(blob ?? []).equals(Buffer.from(seeded.bytes))).toBe(true);
      expect((await countRows(target.deps.db)).sessions).toBe(0);
    } finally {
      await target.close();
    }
  });

  it('writes one snapshot: an organisation created during the backup is wholly absent, and the chains still verify', async () => {
    const orgsBefore = (await countRows(source.db)).organizations;
    const file = path.join(dir, 'snapshot.mamori-backup');
    let pending: Promise<unknown> | undefined;
    await writeBackup(source, file, {
      afterTable: async (table) => {
        if (table !== 'audit_chain_heads') return;
        // PostgreSQL: committed by another connection mid-backup. PGlite: queued behind the snapshot.
        pending = seedOrg(source);
        if (testEngine() === 'postgres') await pending;
      },
    });
    await pending;
    expect((await countRows(source.db)).organizations).toBe((orgsBefore ?? 0) + 1);
    const target = await testDeps();
    try {
      const restored = await restoreBackup(target, file);
      expect(restored.tables.organizations).toBe(orgsBefore);
      expect(await verifyAuditTrail(target.db)).toMatchObject({ ok: true, broken: [] });
    } finally {
      await target.close();
    }
  });

  it('leaves no file, not even a partial one, when the backup fails', async () => {
    const file = path.join(dir, 'failed.mamori-backup');
    const failing = writeBackup(source, file, {
      afterTable: async (table) => {
        if (table === 'audit_events') throw new Error('disk full');
      },
    });
    await expect(failing).rejects.toThrow('disk full');
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('.failed') || f.startsWith('failed'))).toEqual([]);
  });
});
