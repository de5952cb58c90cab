// Writes a backup file safely: owner-only (it holds password hashes and TOTP secrets), under a temporary
// name in the same folder, synced and renamed only when complete, so a failed backup never leaves a
// half file under the final name.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { AppError } from '../../lib/errors.ts';

/**
 * Calls `write` with a stream to a temporary file; `write` must end the stream (e.g. with pipeline)
 * and may check the finished temporary file. Then the file is synced and renamed to `file`.
 */
export async function writeFileAtomically<T>(file: string, write: (out: Writable, tempPath: string) => Promise<T>): Promise<T> {
  const target = path.resolve(file);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.partial`);
  const handle = await fs.promises.open(temp, 'wx', 0o600).catch((err: NodeJS.ErrnoException) => {
    throw new AppError('VALIDATION', `保存先 ${target} に書き込めません (${err.code})。フォルダと権限を確認してください。`);
  });
  const out = handle.createWriteStream(); // closes the handle when finished or destroyed
  try {
    const result = await write(out, temp);
    if (!out.writableFinished) throw new Error('backup stream was not finished');
    const written = await fs.promises.open(temp, 'r+');
    await written.sync().finally(() => written.close());
    await fs.promises.rename(temp, target);
    return result;
  } catch (err) {
    out.destroy();
    await fs.promises.rm(temp, { force: true });
    throw err;
  }
}
