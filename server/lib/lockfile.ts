// PGlite does not lock its data folder and two processes on one folder lose committed writes, so
// whoever opens the folder holds this lock file. It also tells the CLI where the running server
// listens and carries a local control token (file mode 0600) so the CLI can go through the server.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from './errors.ts';

export interface LockInfo {
  pid: number;
  hostname: string;
  startedAt: string;
  /** set when the holder is a server that accepts local control requests */
  url?: string;
  token?: string;
}

export interface DataDirLock {
  info: LockInfo;
  update(extra: Partial<LockInfo>): void;
  release(): void;
}

export const lockPath = (dataDir: string): string => path.join(dataDir, 'mamori.lock');

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

export function readLock(dataDir: string): LockInfo | undefined {
  try {
    const info = JSON.parse(fs.readFileSync(lockPath(dataDir), 'utf8')) as LockInfo;
    if (info.hostname === os.hostname() && !alive(info.pid)) return undefined;
    return info;
  } catch {
    return undefined;
  }
}

export function acquireLock(dataDir: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = lockPath(dataDir);
  const info: LockInfo = { pid: process.pid, hostname: os.hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(info), { flag: 'wx', mode: 0o600 });
      return lockHandle(file, info);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = readLock(dataDir);
      if (holder) {
        throw new AppError(
          'DATA_DIR_LOCKED',
          `データフォルダ ${dataDir} は別のプロセス (pid ${holder.pid}, ${holder.startedAt} 開始) が使用中です。` +
            'そのプロセスを停止するか、別の --data を指定してください。',
          { details: { pid: holder.pid, url: holder.url } },
        );
      }
      fs.rmSync(file, { force: true }); // stale lock of a process that no longer runs
    }
  }
  throw new AppError('DATA_DIR_LOCKED', `データフォルダ ${dataDir} のロックを取得できませんでした。`);
}

function lockHandle(file: string, info: LockInfo): DataDirLock {
  let released = false;
  const onExit = () => handle.release();
  const handle: DataDirLock = {
    info,
    update(extra) {
      Object.assign(info, extra);
      fs.writeFileSync(file, JSON.stringify(info), { mode: 0o600 });
    },
    release() {
      if (released) return;
      released = true;
      process.off('exit', onExit);
      try {
        const current = JSON.parse(fs.readFileSync(file, 'utf8')) as LockInfo;
        if (current.pid === info.pid) fs.rmSync(file, { force: true });
      } catch {
        // already gone
      }
    },
  };
  process.on('exit', onExit);
  return handle;
}

export const newControlToken = (): string => randomBytes(32).toString('base64url');
