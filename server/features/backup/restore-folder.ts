// A restore into an embedded data folder is built in a temporary folder beside it and swapped in only
// when it succeeded. A refused restore (a bad or altered file, another version, a missing key, a target
// that holds data) removes the temporary folder and leaves the target exactly as it was, and leaves no
// folder where there was none. What the target already holds (its key file, an empty database) is copied
// into the temporary folder first, so the restore sees the target as it is; its backups folder is moved
// across at the swap. The target's lock is held throughout, so nothing opens it meanwhile.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../lib/errors.ts';
import { acquireLock, lockPath } from '../../lib/lockfile.ts';

/** Left where they are: the lock (the holder's own) and the backups, which may be large (moved at the swap). */
const NOT_COPIED = new Set([path.basename(lockPath('.')), 'backups']);

export async function restoreIntoFolder<T>(target: string, build: (tempDir: string) => Promise<T>): Promise<T> {
  const dir = path.resolve(target);
  const existed = fs.existsSync(dir);
  const lock = existed ? acquireLock(dir) : undefined;
  const suffix = randomBytes(6).toString('hex');
  const temp = path.join(path.dirname(dir), `.${path.basename(dir)}.restore-${suffix}`);
  let createdParent: string | undefined;
  try {
    let result: T;
    try {
      createdParent = fs.mkdirSync(path.dirname(dir), { recursive: true });
      fs.mkdirSync(temp, { mode: 0o700 });
      if (existed) {
        for (const entry of fs.readdirSync(dir).filter((e) => !NOT_COPIED.has(e))) {
          fs.cpSync(path.join(dir, entry), path.join(temp, entry), { recursive: true, preserveTimestamps: true });
        }
      }
      result = await build(temp);
    } catch (err) {
      fs.rmSync(temp, { recursive: true, force: true });
      if (createdParent) fs.rmSync(createdParent, { recursive: true, force: true });
      throw namingTarget(err, temp, dir);
    }
    swapIn(dir, temp, existed, suffix);
    return result;
  } finally {
    lock?.release();
  }
}

/** Renames only (same parent folder, same file system); should one fail, the message says where everything is. */
function swapIn(dir: string, temp: string, existed: boolean, suffix: string): void {
  if (!existed) {
    if (fs.existsSync(dir)) throw new AppError('CONFLICT', `復元中に ${dir} が作成されました。復元したデータは ${temp} にあります。`);
    fs.renameSync(temp, dir);
    return;
  }
  const replaced = path.join(path.dirname(dir), `.${path.basename(dir)}.replaced-${suffix}`);
  try {
    const backups = path.join(dir, 'backups');
    if (fs.existsSync(backups)) fs.renameSync(backups, path.join(temp, 'backups'));
    fs.renameSync(dir, replaced);
    fs.renameSync(temp, dir);
  } catch (err) {
    throw new AppError(
      'INTERNAL',
      `復元したデータ (${temp}) を ${dir} に置き換えられませんでした (${(err as NodeJS.ErrnoException).code})。` +
        `元のフォルダは ${fs.existsSync(dir) ? dir : replaced} にあります。`,
      { cause: err },
    );
  }
  fs.rmSync(replaced, { recursive: true, force: true });
}

/** Messages name the target folder, not the temporary one the restore ran in. */
function namingTarget(err: unknown, temp: string, dir: string): unknown {
  if (!(err instanceof AppError) || !err.message.includes(temp)) return err;
  return new AppError(err.code, err.message.replaceAll(temp, dir), { fields: err.fields, details: err.details, cause: err });
}
