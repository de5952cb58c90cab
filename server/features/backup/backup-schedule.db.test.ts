// The server's automatic backups on this engine: written when due into every folder (copied after the
// first), the newest kept, other files left alone, a folder that fails reported while the others are
// still written, one backup at a time, the schedule's state read back from the folders after a restart,
// and what /api/health tells a monitor.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knownMigrations } from '../../db/migrate.ts';
import { TestClient } from '../../test/client.ts';
import { type TestDeps, testApp, testDeps } from '../../test/harness.ts';
import { memberClient } from '../../test/members.ts';
import { PASSWORD, seedOrg, seedUser } from '../../test/seed.ts';
import { readBackup } from './backup.reader.ts';
import { BackupSchedule } from './backup-schedule.ts';
import { recordVerification } from './record-verification.ts';

let deps: TestDeps;
let dir: string;
let first: string;
let second: string;
const HOUR = 3_600_000;
const config = () => ({ dirs: [first, second], everyHours: 24, keep: 2, delayMinutes: 10 });
const autos = (d: string) =>
  fs
    .readdirSync(d)
    .filter((f) => f.startsWith('mamori-auto-'))
    .sort();
const created = async () =>
  Number(
    (
      (await deps.db.execute(sql`select count(*)::int as n from audit_events where action = 'system.backup_created'`)) as unknown as {
        rows: { n: number }[];
      }
    ).rows[0]?.n,
  );

beforeAll(async () => {
  deps = await testDeps();
  await seedOrg(deps, { name: '自動バックアップ病院' });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-schedule-'));
  first = path.join(dir, 'local');
  second = path.join(dir, 'removable');
});
afterAll(async () => {
  await deps.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('automatic backups', () => {
  it('writes a due backup into every folder, keeps the newest, and leaves other files alone', async () => {
    const schedule = new BackupSchedule(deps, config());
    expect(schedule.health(deps.clock.now())).toEqual({ status: 'none', lastAt: null, everyHours: 24 });
    const audited = await created();
    expect(await schedule.runIfDue()).toBe('written');
    expect(await schedule.runIfDue()).toBe('not-due');
    const [name] = autos(first);
    expect(name).toBe(
      `mamori-auto-${deps.clock
        .now()
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z')
        .replace(/[-:]/g, '')}.mamori-backup`,
    );
    expect(autos(second)).toEqual([name]);
    expect(fs.readFileSync(path.join(second, name ?? '')).equals(fs.readFileSync(path.join(first, name ?? '')))).toBe(true);
    expect((await readBackup(path.join(second, name ?? ''), { knownMigrations: knownMigrations() })).summary.tables.organizations).toBe(1);
    expect(fs.statSync(path.join(first, name ?? '')).mode & 0o777).toBe(0o600);
    expect(await created()).toBe(audited + 1); // audited once, as any backup
    expect(schedule.health(deps.clock.now())).toEqual({ status: 'ok', lastAt: deps.clock.now().toISOString(), everyHours: 24 });

    fs.writeFileSync(path.join(first, 'notes.txt'), 'keep me');
    for (let i = 0; i < 2; i++) {
      deps.clock.advance(24 * HOUR);
      expect(await schedule.runIfDue()).toBe('written');
    }
    expect(autos(first)).toHaveLength(2);
    expect(autos(first)).not.toContain(name);
    expect(autos(second)).toEqual(autos(first));
    expect(fs.readFileSync(path.join(first, 'notes.txt'), 'utf8')).toBe('keep me');
  });

  it('reports a folder that fails while the others are still written, and recovers', async () => {
    const schedule = new BackupSchedule(deps, config());
    fs.rmSync(second, { recursive: true });
    fs.writeFileSync(second, 'a file where the folder should be');
    deps.clock.advance(24 * HOUR);
    expect(await schedule.runIfDue()).toBe('written');
    expect(schedule.health(deps.clock.now()).status).toBe('failing');
    const state = schedule.state();
    // said in Japanese on the page, not the system's English message
    expect(state.folders.find((f) => f.dir === second)?.error).toBe('同じ名前のファイルがあり、フォルダを作れません');
    expect(state.folders.find((f) => f.dir === first)?.error).toBeNull();
    expect(state.lastError?.message).toContain(second);
    expect(state.lastError?.at).toBe(deps.clock.now().toISOString());
    expect(autos(first)).toHaveLength(2);

    fs.rmSync(second);
    deps.clock.advance(24 * HOUR);
    expect(await schedule.runIfDue()).toBe('written');
    expect(schedule.health(deps.clock.now()).status).toBe('ok');
    expect(autos(second)).toHaveLength(1);
  });

  it('runs one backup at a time, reads its state back from the folders, and tells when the last is too old', async () => {
    deps.clock.advance(24 * HOUR);
    const schedule = new BackupSchedule(deps, config());
    const results = await Promise.all([schedule.runIfDue(), schedule.runIfDue(), schedule.runIfDue()]);
    expect(results.filter((r) => r === 'written')).toHaveLength(1);
    expect(results.filter((r) => r === 'busy')).toHaveLength(2);
    const lastAt = deps.clock.now().toISOString();

    // after a restart: the newest file's time is the last backup
    deps.clock.advance(25 * HOUR + 60_000);
    const restarted = new BackupSchedule(deps, config());
    expect(restarted.health(deps.clock.now())).toEqual({ status: 'stale', lastAt, everyHours: 24 });
    // nothing configured: off
    expect(new BackupSchedule(deps, { ...config(), dirs: [] }).health(deps.clock.now()).status).toBe('off');
    expect(await new BackupSchedule(deps, { ...config(), dirs: [] }).runIfDue()).toBe('off');
  });

  it('tells a monitor the status on /api/health, without folder names', async () => {
    deps.backups = new BackupSchedule(deps, config());
    try {
      const res = await new TestClient(testApp(deps)).get('/api/health');
      expect(res.body.backups).toMatchObject({ status: 'stale', everyHours: 24 });
      expect(JSON.stringify(res.body)).not.toContain(dir);
    } finally {
      deps.backups = undefined;
    }
  });

  it('shows a system administrator the folders and runs a backup now; refuses everyone else', async () => {
    const orgId = (await seedOrg(deps, { slug: 'backup-admin-test' })).id;
    await seedUser(deps, { loginId: 'sysadmin-b', isSystemAdmin: true });
    const admin = new TestClient(testApp(deps));
    await admin.signIn('sysadmin-b', PASSWORD);
    const orgAdmin = await memberClient(deps, orgId, 'admin');
    // a process without a schedule (the CLI): off, and nothing to run; no restore test recorded yet
    expect((await admin.get('/api/admin/backups')).body).toMatchObject({ status: 'off', folders: [], lastVerification: null });
    const record = {
      file: 'x.mamori-backup',
      ok: false,
      backupCreatedAt: null,
      sha256: null,
      tables: 0,
      rows: 0,
      auditEvents: null,
      problems: ['途中で切れています'],
      ms: 5,
    };
    await recordVerification(deps, { userId: null, label: 'cli:ops', clientAddress: null }, record);
    await expect(
      recordVerification(deps, { userId: null, label: 'cli:ops', clientAddress: null }, { ...record, rows: -1 }),
    ).rejects.toThrow();
    expect((await admin.get('/api/admin/backups')).body.lastVerification).toMatchObject({
      file: 'x.mamori-backup',
      ok: false,
      by: 'cli:ops',
      problems: ['途中で切れています'],
      at: deps.clock.now().toISOString(),
    });
    expect((await admin.post('/api/admin/backups/run')).status).toBe(400);

    deps.backups = new BackupSchedule(deps, config());
    try {
      const state = await admin.get('/api/admin/backups');
      expect(state.status).toBe(200);
      expect(state.body.folders.map((f: { dir: string }) => f.dir)).toEqual([first, second]);
      expect((await orgAdmin.get('/api/admin/backups')).status).toBe(403);
      expect((await orgAdmin.post('/api/admin/backups/run')).status).toBe(403);

      const before = autos(first);
      deps.clock.advance(60_000); // not due: run anyway
      const run = await admin.post('/api/admin/backups/run');
      expect(run.status).toBe(200);
      expect(run.body).toMatchObject({ status: 'ok', lastAt: deps.clock.now().toISOString(), running: false, lastError: null });
      expect(autos(first)).not.toEqual(before);
      const actor = (await deps.db.execute(
        sql`select actor_label as a from audit_events where action = 'system.backup_created' order by occurred_at desc, seq desc limit 1`,
      )) as unknown as { rows: { a: string }[] };
      expect(actor.rows[0]?.a).toBe('sysadmin-b');
    } finally {
      deps.backups = undefined;
    }
  });
});
