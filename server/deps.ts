// What every use case may depend on, built once in the composition root (server/main.ts).
import type { CatalogVersion } from '../domain/catalog/schema.ts';
import type { Database, Db } from './db/client.ts';
import type { BackupSchedule } from './features/backup/backup-schedule.ts';
import type { HelpIndex } from './features/catalog/help.loader.ts';
import type { Clock } from './lib/clock.ts';
import type { Config } from './lib/config.ts';
import type { Logger } from './lib/log.ts';

export interface Deps {
  db: Db;
  database: Database;
  config: Config;
  clock: Clock;
  version: string;
  log: Logger;
  /** checklist versions from catalog/*.json, loaded and validated at start-up */
  catalog: CatalogVersion[];
  /** Mamori's own per-item help (catalog/help/ja.json), checked against the shipped versions */
  help: HelpIndex;
  /** the server's automatic backups (absent in the CLI and in tests that do not start one) */
  backups?: BackupSchedule;
}
