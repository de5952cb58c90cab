// `mamori backup` / `mamori restore` as a user runs them on an embedded data folder: directly, and
// through the server while it holds the folder (restore is then refused). PGlite only; each spawn ~3 s.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { knownMigrations } from '../server/db/migrate.ts';
import { readBackup } from '../server/features/backup/backup.reader.ts';
import { loadConfig } from '../server/lib/config.ts';
import { MemoryLogger } from '../server/lib/log.ts';
import { startServer } from '../server/main.ts';
import { testEngine } from '../server/test/engines.ts';
import { runCli } from '../server/test/run-cli.ts';
import { backupCommand, restoreCommand } from './commands/backup.ts';
import type { CliValues } from './main.ts';

const cli = runCli;

describe.skipIf(testEngine() !== 'pglite')('mamori backup / restore on an embedded data folder', () => {
  let dir: string;
  let data: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-cli-backup-'));
    data = path.join(dir, 'data');
    const made = await cli(
      ['admin', 'create', '--data', data, '--login', 'admin', '--display-name', '管理者', '--password-stdin'],
      'Str0ngPassw0rd!x\n',
    );
    expect(made.code, made.stderr).toBe(0);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('backs up to an owner-only file and restores it into a new folder, which then refuses a second restore', async () => {
    const file = path.join(dir, 'first.mamori-backup');
    const backup = await cli(['backup', '--data', data, '--out', file, '--json']);
    expect(backup.code, backup.stderr).toBe(0);
    const made = JSON.parse(backup.stdout);
    expect(made).toMatchObject({ file, rows: expect.any(Number), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(made.tables.users).toBe(1);
    expect(made.keyFile).toBe(path.join(data, 'mamori.key')); // named: the backup does not hold it
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);

    // the key file is not in the backup: without it the restore is refused, naming where it goes
    const copy = path.join(dir, 'restored');
    const keyless = await cli(['restore', file, '--data', copy]);
    expect(keyless.code).toBe(1);
    expect(keyless.stderr).toContain(`元の環境の鍵ファイルを ${path.join(copy, 'mamori.key')} に置いてから`);
    expect(fs.existsSync(copy)).toBe(false); // a refused restore leaves no folder behind
    fs.mkdirSync(copy);
    fs.copyFileSync(path.join(data, 'mamori.key'), path.join(copy, 'mamori.key'));
    const restore = await cli(['restore', file, '--data', copy, '--json']);
    expect(restore.code, restore.stderr).toBe(0);
    expect(JSON.parse(restore.stdout)).toMatchObject({ tables: made.tables, rows: made.rows, sha256: made.sha256 });

    const again = await cli(['restore', file, '--data', copy]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/空ではありません/);
  }, 180_000); // five CLI processes, each opening PGlite

  it('while a server holds the folder: backs up through the server, and refuses to restore', async () => {
    const server = await startServer(loadConfig({ data, port: '0' }, {}), new MemoryLogger());
    try {
      const file = path.join(dir, 'through-server.mamori-backup');
      const [backup, restore] = await Promise.all([
        cli(['backup', '--data', data, '--out', file, '--json']),
        cli(['restore', path.join(dir, 'first.mamori-backup'), '--data', data]),
      ]);
      expect(backup.code, backup.stderr).toBe(0);
      const { summary } = await readBackup(file, { knownMigrations: knownMigrations() });
      expect(JSON.parse(backup.stdout)).toMatchObject({ rows: summary.rows, sha256: summary.sha256 });
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      const events = (await server.deps.db.execute(
        sql`select actor_label as actor from audit_events where action = 'system.backup_created' order by occurred_at`,
      )) as unknown as { rows: { actor: string }[] };
      expect(events.rows.at(-1)?.actor).toMatch(/^cli:/);

      expect(restore.code).toBe(1);
      expect(restore.stderr).toMatch(/サーバーが起動中です.*停止してください/);
    } finally {
      await server.close();
    }
  });

  it('verifies a backup by restoring it into a temporary folder it removes, with this installation’s key only', async () => {
    const file = path.join(dir, 'first.mamori-backup');
    const tmp = fs.mkdtempSync(path.join(dir, 'tmp-'));
    const verify = await cli(['backup', 'verify', file, '--data', data, '--json'], undefined, { TMPDIR: tmp });
    expect(verify.code, verify.stderr).toBe(0);
    const result = JSON.parse(verify.stdout);
    expect(result).toMatchObject({ ok: true, problems: [], audit: { ok: true, broken: [] } });
    expect(result.tables.find((t: { table: string }) => t.table === 'users')).toEqual({ table: 'users', inFile: 1, restored: 1 });
    expect(fs.readdirSync(tmp)).toEqual([]); // the throwaway database is gone

    const human = await cli(['backup', 'verify', file, '--data', data]);
    expect(human.stdout).toMatch(/バックアップを検証しました \(復元できます\)/);
    expect(human.stdout).toMatch(/監査ログ: 改ざんなし/);

    // another installation's key cannot open it: the message names that installation's key file
    const other = path.join(dir, 'other');
    const made = await cli(['admin', 'create', '--data', other, '--login', 'other', '--password-stdin'], 'Str0ngPassw0rd!x\n');
    expect(made.code, made.stderr).toBe(0);
    const wrongKey = await cli(['backup', 'verify', file, '--data', other, '--json'], undefined, { TMPDIR: tmp });
    expect(wrongKey.code).toBe(1);
    const refused = JSON.parse(wrongKey.stdout);
    expect(refused.ok).toBe(false);
    expect(refused.problems.join()).toContain(path.join(other, 'mamori.key'));
    expect(refused.problems.join()).not.toContain('mamori-verify-');
    expect(fs.readdirSync(tmp)).toEqual([]);
    // no key file at all: said so, and none is created
    const keyless = await cli(['backup', 'verify', file, '--data', path.join(dir, 'nowhere')]);
    expect(keyless.code).toBe(1);
    expect(keyless.stdout).toMatch(/鍵ファイル .*nowhere.*mamori\.key がありません/);
    expect(fs.existsSync(path.join(dir, 'nowhere'))).toBe(false);
  }, 120_000);

  it('asks for --out and for the file with exit code 2', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const values = { json: false } as CliValues;
      expect(await backupCommand(values, [])).toBe(2);
      expect(await restoreCommand(values, [])).toBe(2);
      expect(stderr.mock.calls.map((c) => String(c[0])).join('')).toMatch(/--out FILE で指定.*\n.*mamori restore FILE/s);
    } finally {
      stderr.mockRestore();
    }
  });
});
