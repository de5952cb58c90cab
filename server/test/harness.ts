// Builds real dependencies on a fresh test database, with a manual clock and an in-memory log.
import { buildApp } from '../app.ts';
import type { Deps } from '../deps.ts';
import { loadCatalog, loadFullCatalog } from '../features/catalog/catalog.loader.ts';
import { loadHelp } from '../features/catalog/help.loader.ts';

const help = loadHelp(loadCatalog());

import { ManualClock } from '../lib/clock.ts';
import { loadConfig } from '../lib/config.ts';
import { installKeyring, memoryKeyring } from '../lib/keys.ts';
import { MemoryLogger } from '../lib/log.ts';
import { freshDatabase } from './engines.ts';

export interface TestDeps extends Deps {
  clock: ManualClock;
  log: MemoryLogger;
  close(): Promise<void>;
}

const testKeys = memoryKeyring();

export async function testDeps(env: Record<string, string> = {}): Promise<TestDeps> {
  const database = await freshDatabase();
  const config = loadConfig({}, { ...env });
  // one installation's keys per test file: databases of the same file restore into each other
  installKeyring(config.auditKey ? memoryKeyring(config.auditKey) : testKeys);
  return {
    db: database.db,
    database,
    config,
    clock: new ManualClock('2026-11-22T01:00:00Z'),
    version: 'test',
    log: new MemoryLogger(),
    catalog: await loadFullCatalog(database.db),
    help,
    close: () => database.close(),
  };
}

export const testApp = (deps: Deps) => buildApp(deps);
