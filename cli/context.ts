// How a CLI command reaches Mamori: through a running server's local control channel when one holds
// the embedded data folder, otherwise by opening the database itself (holding the lock meanwhile).
import os from 'node:os';
import type { Deps } from '../server/deps.ts';
import { loadCatalog, loadFullCatalog } from '../server/features/catalog/catalog.loader.ts';
import { loadHelp } from '../server/features/catalog/help.loader.ts';
import { operations } from '../server/features/local/operations.ts';
import type { Actor } from '../server/lib/actor.ts';
import { systemClock } from '../server/lib/clock.ts';
import { type Config, loadConfig } from '../server/lib/config.ts';
import { AppError } from '../server/lib/errors.ts';
import { readLock } from '../server/lib/lockfile.ts';
import { jsonLogger } from '../server/lib/log.ts';
import { openAndMigrate } from '../server/main.ts';
import { version } from '../server/version.ts';

export const cliActor = (): Actor => ({ userId: null, label: `cli:${os.userInfo().username}`, clientAddress: null });

export const configFrom = (flags: { data?: string | undefined; host?: string | undefined; port?: string | undefined }): Config =>
  loadConfig(flags);

/** Runs `fn` with the database opened by this process; refuses when a server holds the folder. */
export async function withDatabase<T>(config: Config, fn: (deps: Deps) => Promise<T>): Promise<T> {
  const database = await openAndMigrate(config);
  try {
    const catalog = await loadFullCatalog(database.db);
    const help = loadHelp(loadCatalog());
    return await fn({ db: database.db, database, config, clock: systemClock, version, log: jsonLogger, catalog, help });
  } finally {
    await database.close();
  }
}

/** The running server that holds the embedded data folder, if any. */
export function runningServer(config: Config): { url: string; token: string } | undefined {
  if (config.databaseUrl) return undefined;
  const lock = readLock(config.dataDir);
  if (!lock) return undefined;
  if (!lock.url || !lock.token) {
    throw new AppError(
      'DATA_DIR_LOCKED',
      `データフォルダ ${config.dataDir} は別のプロセス (pid ${lock.pid}) が使用中です。終わるまで待ってください。`,
    );
  }
  return { url: lock.url, token: lock.token };
}

export async function callServer(server: { url: string; token: string }, path: string, body: unknown): Promise<Response> {
  const res = await fetch(`${server.url}/api/local${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) {
    const payload = (await res.json().catch(() => ({}))) as {
      error?: { code?: string; message?: string; fields?: []; details?: Record<string, unknown> };
    };
    throw new AppError((payload.error?.code as never) ?? 'INTERNAL', payload.error?.message ?? `サーバーが ${res.status} を返しました。`, {
      fields: payload.error?.fields,
      details: payload.error?.details,
    });
  }
  return res;
}

/** Runs a named administrative operation here or through the running server. */
export async function runOperation(config: Config, name: string, args: Record<string, unknown>): Promise<unknown> {
  const op = operations[name];
  if (!op) throw new Error(`unknown operation ${name}`);
  const server = runningServer(config);
  if (server) {
    const res = await callServer(server, '/run', { operation: name, args, actor: cliActor().label });
    return ((await res.json()) as { result: unknown }).result;
  }
  return withDatabase(config, (deps) => op(deps, cliActor(), args));
}
