// A restore refuses what it cannot restore whole (truncated, altered, foreign or newer files, a target
// that already holds data) with BACKUP_INVALID / RESTORE_TARGET_NOT_EMPTY, and leaves the target untouched.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestDeps, testDeps } from '../../test/harness.ts';
import { countRows, dumpTables, rewriteBackup, seedEverything } from './backup.test-helpers.ts';
import { restoreBackup } from './restore-backup.ts';
import { writeBackup } from './write-backup.ts';

let source: TestDeps;
let target: TestDeps;
let dir: string;
let good: string;
let emptyCounts: Record<string, number>;

beforeAll(async () => {
  [source, target] = await Promise.all([testDeps(), testDeps()]);
  await seedEverything(source);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-restore-'));
  good = path.join(dir, 'good.mamori-backup');
  await writeBackup(source, good);
  emptyCounts = await countRows(target.db);
});
afterAll(async () => {
  await Promise.all([source.close(), target.close()]);
  fs.rmSync(dir, { recursive: true, force: true });
});

const fileWith = (name: string, bytes: Uint8Array): string => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
};

/** Restoring `file` into the empty target fails with `code` and a message matching `message`; nothing is written. */
async function refused(file: string, code: string, message: RegExp): Promise<void> {
  await expect(restoreBackup(target, file)).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
  expect(await countRows(target.db)).toEqual(emptyCounts);
}

describe('restore refusals', () => {
  it('refuses a file cut in half, naming it truncated', async () => {
    const bytes = fs.readFileSync(good);
    await refused(fileWith('half.gz', bytes.subarray(0, bytes.length >> 1)), 'BACKUP_INVALID', /途中で切れています/);
  });

  it('refuses a complete gzip whose trailer is missing, naming it truncated', async () => {
    const text = gunzipSync(fs.readFileSync(good)).toString('utf8');
    const withoutTrailer = text.slice(0, text.lastIndexOf('{"end":true'));
    await refused(fileWith('no-trailer.gz', gzipSync(withoutTrailer)), 'BACKUP_INVALID', /途中で切れています/);
  });

  it('refuses a changed byte inside the compressed data', async () => {
    const bytes = Buffer.from(fs.readFileSync(good));
    const at = bytes.length >> 1;
    bytes[at] = (bytes[at] ?? 0) ^ 0x55;
    await refused(fileWith('flipped.gz', bytes), 'BACKUP_INVALID', /壊れています|切れています/);
  });

  it('refuses a changed row in a well-formed gzip by its sha256, and a missing row by the count', async () => {
    const changed = path.join(dir, 'changed.gz');
    rewriteBackup(good, changed, (lines) => lines.map((l) => l.replace('"is_system_admin":false', '"is_system_admin":true')), false);
    await refused(changed, 'BACKUP_INVALID', /SHA-256 が一致しません/);
    const dropped = path.join(dir, 'dropped.gz');
    rewriteBackup(good, dropped, (lines) => lines.filter((l) => !l.startsWith('{"t":"memberships"')), false);
    await refused(dropped, 'BACKUP_INVALID', /行数/);
  });

  it('refuses a file that is not gzip, and an empty file', async () => {
    await refused(fileWith('notes.txt', Buffer.from('これはバックアップではありません\n')), 'BACKUP_INVALID', /gzip 形式ではありません/);
    await refused(fileWith('empty.gz', new Uint8Array()), 'BACKUP_INVALID', /gzip 形式ではありません/);
    await refused(fileWith('other.gz', gzipSync('{"hello":"world"}\n')), 'BACKUP_INVALID', /バックアップファイルではありません/);
  });

  it('refuses a backup made by a newer Mamori, naming its version', async () => {
    const newer = path.join(dir, 'newer.gz');
    rewriteBackup(good, newer, ([header, ...rows]) => {
      const h = JSON.parse(header ?? '{}');
      return [JSON.stringify({ ...h, appVersion: '9.9.9', migrations: [...h.migrations, '9999_future'] }), ...rows];
    });
    await refused(newer, 'BACKUP_INVALID', /新しい Mamori \(バージョン 9\.9\.9、データベース版 9999_future\)/);
  });

  it('rolls back every table already inserted when a later row is refused by the database', async () => {
    const bad = path.join(dir, 'bad-row.gz');
    rewriteBackup(good, bad, (lines) =>
      lines.map((l) => (l.startsWith('{"t":"evidence_files"') ? l.replace(/"size":\d+/, '"size":"many"') : l)),
    );
    await refused(bad, 'BACKUP_INVALID', /テーブル evidence_files の行を復元できません/);
  });

  it('refuses a target that already holds data, and changes nothing in it', async () => {
    const before = await dumpTables(source.db);
    await expect(restoreBackup(source, good)).rejects.toMatchObject({
      code: 'RESTORE_TARGET_NOT_EMPTY',
      message: expect.stringMatching(/空ではありません \(users, password_history, organizations/),
    });
    expect(await dumpTables(source.db)).toEqual(before);
  });
});
