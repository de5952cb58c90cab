// Composition root: open the database (embedded PGlite in the data folder, or PostgreSQL), migrate,
// build the app, listen, and hand the CLI a local control channel through the lock file.
import fs from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import path from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import { buildApp } from './app.ts';
import { type Database, openDatabase } from './db/client.ts';
import type { Deps } from './deps.ts';
import { BackupSchedule } from './features/backup/backup-schedule.ts';
import { migrateWithBackup } from './features/backup/pre-migration.ts';
import { loadCatalog, loadFullCatalog } from './features/catalog/catalog.loader.ts';
import { loadHelp } from './features/catalog/help.loader.ts';
import { primeHealth } from './features/health/health.routes.ts';
import { openInstallationKeys } from './features/keys/open-keys.ts';
import { localControlRoutes } from './features/local/local.routes.ts';
import { offsetFileClock, systemClock } from './lib/clock.ts';
import type { Config } from './lib/config.ts';
import { newControlToken } from './lib/lockfile.ts';
import { jsonLogger, type Logger } from './lib/log.ts';
import { version } from './version.ts';

export interface RunningServer {
  url: string;
  deps: Deps;
  close(): Promise<void>;
}

/** Opens the database and migrates it; pending migrations on a database with data are backed up first. */
export async function openAndMigrate(config: Config, log: Logger = jsonLogger): Promise<Database> {
  const database = await openDatabase({
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    poolSize: config.pgPoolSize,
    onConnectionError: (err) => log.warn('database.connection_lost', { message: err.message }),
  });
  try {
    await migrateWithBackup(database, { backupDir: path.join(config.dataDir, 'backups'), version, clock: systemClock, log });
    await openInstallationKeys(config, database.db); // key file: audit chain, checkpoints, TOTP secrets
  } catch (err) {
    await database.close();
    throw err;
  }
  return database;
}

export async function startServer(config: Config, log: Logger = jsonLogger): Promise<RunningServer> {
  const help = loadHelp(loadCatalog()); // before the database: a broken catalog or help file stops the start
  const database = await openAndMigrate(config, log);
  let catalog: Deps['catalog'];
  try {
    catalog = await loadFullCatalog(database.db);
    await primeHealth(database);
  } catch (err) {
    await database.close();
    throw err;
  }
  const clock = config.clockOffsetFile ? offsetFileClock(config.clockOffsetFile) : systemClock;
  if (config.clockOffsetFile)
    log.warn('clock.offset', { file: config.clockOffsetFile, note: 'MAMORI_CLOCK_OFFSET_FILE is for tests only' });
  const deps: Deps = { db: database.db, database, config, clock, version, log, catalog, help };
  deps.backups = new BackupSchedule(deps, config.backups);
  const token = newControlToken();
  const app = buildApp(deps, (a) => a.route('/api/local', localControlRoutes(token)));
  const tls = config.tlsCert && config.tlsKey ? { cert: fs.readFileSync(config.tlsCert), key: fs.readFileSync(config.tlsKey) } : undefined;
  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve(
      {
        fetch: app.fetch,
        hostname: config.host,
        port: config.port,
        ...(tls ? { createServer: createHttpsServer, serverOptions: tls } : {}),
      },
      () => resolve(s),
    );
    s.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `${tls ? 'https' : 'http'}://${host}:${port}`;
  database.lock?.update({ url, token });
  log.info('mamori started', { url, engine: database.engine, version, dataDir: database.engine === 'pglite' ? config.dataDir : undefined });
  deps.backups.start();
  return {
    url,
    deps,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await deps.backups?.stop();
      await database.close();
    },
  };
}
