// The restore test of a backup (`mamori backup verify`) on this engine: a good backup restores into a
// throwaway database with every table's rows and an intact audit trail; an altered, a damaged and an
// unreadable file each come back as a result that says what is wrong, and the source is never touched.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deps } from '../../deps.ts';
import { type TestDeps, testDeps } from '../../test/harness.ts';
import { countRows, rewriteBackup, seedEverything } from './backup.test-helpers.ts';
import { verifyBackup } from './verify-backup.ts';
import { writeBackup } from './write-backup.ts';

let source: TestDeps;
let dir: string;
let good: string;
let opened = 0;

/** A new empty database per verification, closed afterwards, as the CLI's temporary folder is. */
const throwaway = async <T>(fn: (deps: Deps) => Promise<T>): Promise<T> => {
  opened++;
  const target = await testDeps();
  try {
    return await fn(target);
  } finally {
    await target.close();
  }
};

beforeAll(async () => {
  source = await testDeps();
  await seedEverything(source);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-verify-test-'));
  good = path.join(dir, 'good.mamori-backup');
  await writeBackup(source, good, { actor: { userId: null, label: 'cli:test', clientAddress: null } });
});
afterAll(async () => {
  await source.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('backup verify', () => {
  it('restores a good backup into a throwaway database: every table’s rows and an intact audit trail', async () => {
    const before = await countRows(source.db);
    const result = await verifyBackup(good, throwaway);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(result.tables.length).toBeGreaterThan(20);
    for (const t of result.tables) expect(t.restored, t.table).toBe(t.inFile);
    expect(result.tables.find((t) => t.table === 'users')?.restored).toBe(before.users);
    expect(result.rows).toBe(result.tables.reduce((n, t) => n + t.inFile, 0));
    // the file's events and the restore's own, all verified with the installation's key
    const inFile = result.tables.find((t) => t.table === 'audit_events')?.inFile ?? 0;
    expect(inFile).toBeGreaterThan(5);
    expect(result.audit).toMatchObject({ ok: true, broken: [], events: inFile + 1 });
    expect(await countRows(source.db)).toEqual(before); // the installation itself is not touched
  });

  it('finds an audit event altered and re-signed in the file: restorable, but the chain does not verify', async () => {
    const altered = path.join(dir, 'altered.mamori-backup');
    let changed = 0;
    rewriteBackup(good, altered, (lines) =>
      lines.map((l) => {
        if (changed || !l.startsWith('{"t":"audit_events"')) return l;
        changed++;
        return l.replace(/"action":"([^"]+)"/, '"action":"$1.forged"');
      }),
    );
    expect(changed).toBe(1);
    const result = await verifyBackup(altered, throwaway);
    expect(result.ok).toBe(false);
    expect(result.audit?.ok).toBe(false);
    expect(result.audit?.broken.length).toBeGreaterThan(0);
    expect(result.problems.join()).toMatch(/監査ログのチェーンが検証できません/);
  });

  it('reports a damaged file and a file that is not a backup without opening a database', async () => {
    const damaged = path.join(dir, 'damaged.mamori-backup');
    const bytes = fs.readFileSync(good);
    fs.writeFileSync(damaged, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const text = path.join(dir, 'notes.txt');
    fs.writeFileSync(text, '議事録\n');
    const openedBefore = opened;
    for (const file of [damaged, text, path.join(dir, 'missing.mamori-backup')]) {
      const result = await verifyBackup(file, throwaway);
      expect(result.ok, file).toBe(false);
      expect(result.problems, file).toHaveLength(1);
      expect(result.problems[0], file).toMatch(/バックアップ|ファイル/);
      expect(result.tables).toEqual([]);
    }
    expect(opened).toBe(openedBefore);
  });

  it('reports a row the database refuses, naming its table', async () => {
    const broken = path.join(dir, 'broken.mamori-backup');
    rewriteBackup(good, broken, (lines) =>
      lines.map((l) => (l.startsWith('{"t":"organizations"') ? l.replace(/"kind":"[a-z]+"/, '"kind":"castle"') : l)),
    );
    const result = await verifyBackup(broken, throwaway);
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatch(/organizations/);
  });
});
