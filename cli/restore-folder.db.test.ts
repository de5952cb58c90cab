// `mamori restore` into an embedded data folder refuses without leaving a trace: a target that existed
// is byte for byte as it was (every file and its sha256), one that did not exist still does not, and no
// temporary folder is left beside it. A successful restore swaps the new folder in, keeping what the
// target held (its key file). PGlite only: the folder is PGlite's; each CLI run is a separate process.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rewriteBackup } from '../server/features/backup/backup.test-helpers.ts';
import { testEngine } from '../server/test/engines.ts';
import { runCli as cli } from '../server/test/run-cli.ts';

/** Every file below `dir` with its sha256 and mode, or null when `dir` does not exist. */
function listing(dir: string): Record<string, string> | null {
  if (!fs.existsSync(dir)) return null;
  const out: Record<string, string> = {};
  for (const rel of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, rel);
    const stat = fs.statSync(file);
    out[rel] = stat.isDirectory() ? 'dir' : `${createHash('sha256').update(fs.readFileSync(file)).digest('hex')} ${stat.mode.toString(8)}`;
  }
  return out;
}

describe.skipIf(testEngine() !== 'pglite')('mamori restore into a data folder', () => {
  let dir: string;
  let data: string;
  let good: string;
  const leftovers = () => fs.readdirSync(dir).filter((f) => f.startsWith('.'));

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-restore-folder-'));
    data = path.join(dir, 'data');
    const made = await cli(
      ['admin', 'create', '--data', data, '--login', 'admin', '--display-name', '管理者', '--password-stdin'],
      'Str0ngPassw0rd!x\n',
    );
    expect(made.code, made.stderr).toBe(0);
    good = path.join(dir, 'good.mamori-backup');
    expect((await cli(['backup', '--data', data, '--out', good])).code).toBe(0);
  }, 180_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses a bad file, a newer version or another checksum before anything is created', async () => {
    const bytes = fs.readFileSync(good);
    const half = path.join(dir, 'half.mamori-backup');
    fs.writeFileSync(half, bytes.subarray(0, bytes.length >> 1));
    const newer = path.join(dir, 'newer.mamori-backup');
    rewriteBackup(good, newer, ([header, ...rows]) => {
      const h = JSON.parse(header ?? '{}');
      return [JSON.stringify({ ...h, migrations: [...h.migrations, '9999_future'] }), ...rows];
    });
    const altered = path.join(dir, 'altered.mamori-backup');
    rewriteBackup(good, altered, (lines) => lines.map((l) => l.replace('"is_system_admin":true', '"is_system_admin":false')), false);
    const before = listing(data);
    for (const [file, message, other] of [
      [half, /途中で切れています/, path.join(dir, 'new')],
      [newer, /新しい Mamori/, path.join(dir, 'deeper', 'new')],
      [altered, /SHA-256 が一致しません/, path.join(dir, 'new')],
    ] as const) {
      for (const target of [data, other]) {
        const run = await cli(['restore', file, '--data', target]);
        expect(run.code).toBe(1);
        expect(run.stderr).toMatch(message);
      }
    }
    expect(listing(data)).toEqual(before);
    expect(fs.existsSync(path.join(dir, 'new'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'deeper'))).toBe(false);
    expect(leftovers()).toEqual([]);
  }, 180_000);

  it('leaves an existing target byte for byte as it was when the restore is refused after it began', async () => {
    const before = listing(data);
    expect(Object.keys(before ?? {})).toEqual(expect.arrayContaining(['mamori.key', path.join('pgdata', 'PG_VERSION')]));
    const run = await cli(['restore', good, '--data', data]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/空ではありません/);
    expect(run.stderr).not.toContain('.restore-');
    expect(listing(data)).toEqual(before);
    expect(leftovers()).toEqual([]);
  }, 120_000);

  it('leaves no folder when a new target’s restore is refused after it began (no key file there)', async () => {
    const target = path.join(dir, 'fresh');
    const run = await cli(['restore', good, '--data', target]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(path.join(target, 'mamori.key')); // named where it goes, not the temporary folder
    expect(run.stderr).not.toContain('.restore-');
    expect(fs.existsSync(target)).toBe(false);
    expect(leftovers()).toEqual([]);
  }, 120_000);

  it('leaves a target holding only its key file as it was when the database refuses a row half-way', async () => {
    const badRow = path.join(dir, 'bad-row.mamori-backup');
    rewriteBackup(good, badRow, (lines) =>
      lines.map((l) => (l.startsWith('{"t":"users"') ? l.replace(/"failed_attempts":\d+/, '"failed_attempts":"many"') : l)),
    );
    const target = path.join(dir, 'keyed');
    fs.mkdirSync(target);
    fs.copyFileSync(path.join(data, 'mamori.key'), path.join(target, 'mamori.key'));
    const before = listing(target);
    const run = await cli(['restore', badRow, '--data', target]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/テーブル users の行を復元できません/);
    expect(listing(target)).toEqual(before);
    expect(leftovers()).toEqual([]);
  }, 120_000);

  it('swaps a successful restore in, keeping the key file the target held', async () => {
    const target = path.join(dir, 'copy');
    fs.mkdirSync(target);
    fs.copyFileSync(path.join(data, 'mamori.key'), path.join(target, 'mamori.key'));
    const key = listing(target)?.['mamori.key'];
    const run = await cli(['restore', good, '--data', target, '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).tables.users).toBe(1);
    const after = listing(target) ?? {};
    expect(after['mamori.key']).toBe(key);
    expect(after[path.join('pgdata', 'PG_VERSION')]).toBeDefined();
    expect(after['mamori.lock']).toBeUndefined();
    expect(leftovers()).toEqual([]);
  }, 120_000);
});
