// `mamori restore FILE`: loads a backup into an empty, migrated database. The whole file is checked
// first (trailer, sha256) without writing anything; then every row goes in within ONE transaction,
// so a bad file or a failure half-way leaves the target exactly as it was.
import path from 'node:path';
import type { Db, Tx } from '../../db/client.ts';
import { knownMigrations } from '../../db/migrate.ts';
import type { Deps } from '../../deps.ts';
import { type Actor, systemActor } from '../../lib/actor.ts';
import { errorSummary } from '../../lib/error-summary.ts';
import { AppError } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.record.ts';
import { backupKeyCollector, keyRestoredRows } from '../keys/restore-keys.ts';
import {
  type BackupHeader,
  type BackupSummary,
  type BackupTable,
  INSERT_BATCH_BYTES,
  INSERT_BATCH_ROWS,
  isBackupTable,
} from './backup.format.ts';
import { readBackup } from './backup.reader.ts';
import { insertRows, nonEmptyTables, rowCounts, tableColumns } from './backup.repo.ts';

export interface Restored extends BackupSummary {
  /** rows of each table as restored, counted before the restore's own audit event (when asked: `count`) */
  restored?: Record<string, number>;
}

export async function restoreBackup(
  deps: Deps,
  filePath: string,
  actor: Actor = systemActor('restore'),
  opts: { count?: boolean } = {},
): Promise<Restored> {
  const migrations = knownMigrations();
  await requireEmpty(deps.db);
  const keys = backupKeyCollector(); // the key file is not in a backup: this installation must have its keys
  const checked = await readBackup(filePath, { knownMigrations: migrations, onRow: keys.onRow }); // pass 1: nothing written yet
  keys.assertServed();
  await checkColumns(deps.db, checked.header);
  return deps.db.transaction(async (tx) => {
    await requireEmpty(tx);
    const batch = batcher(tx, checked.header);
    const { summary } = await readBackup(filePath, { knownMigrations: migrations, onRow: batch.add });
    await batch.flush();
    const restored = opts.count ? await rowCounts(tx, checked.header.tables.filter(isBackupTable)) : undefined;
    if (summary.sha256 !== checked.summary.sha256) {
      throw new AppError('BACKUP_INVALID', 'バックアップファイルが復元の途中で変更されました。もう一度実行してください。');
    }
    await keyRestoredRows(tx, deps.clock.now()); // a backup of an older Mamori: unkeyed chains, plaintext secrets
    const { header } = checked;
    const { tables, rows, bytes, sha256, createdAt } = summary;
    const after = { file: path.basename(filePath), tables, rows, bytes, sha256, backupCreatedAt: createdAt, appVersion: header.appVersion };
    await recordAudit(tx, actor, { action: 'system.backup_restored', targetType: 'backup', after }, deps.clock.now());
    return restored ? { ...summary, restored } : summary;
  });
}

async function requireEmpty(db: Db | Tx): Promise<void> {
  const filled = await nonEmptyTables(db);
  if (filled.length > 0) {
    throw new AppError(
      'RESTORE_TARGET_NOT_EMPTY',
      `復元先のデータベースは空ではありません (${filled.join(', ')} にデータがあります)。` +
        '新しいデータフォルダ (--data) または空のデータベースを指定してください。',
      { details: { tables: filled } },
    );
  }
}

/** Every column of the backup must exist here (a column dropped by a later migration cannot be restored). */
async function checkColumns(db: Db, header: BackupHeader): Promise<void> {
  for (const table of header.tables as BackupTable[]) {
    const here = new Set(await tableColumns(db, table));
    const missing = (header.columns[table] ?? []).filter((c) => !here.has(c));
    if (missing.length > 0) {
      throw new AppError('BACKUP_INVALID', `このバックアップの列 ${missing.map((c) => `${table}.${c}`).join(', ')} が復元先にありません。`);
    }
  }
}

/** Collects rows of one table and inserts them in batches; a row PostgreSQL refuses fails the restore. */
function batcher(tx: Tx, header: BackupHeader) {
  let table: BackupTable | undefined;
  let rows: string[] = [];
  let bytes = 0;
  const flush = async () => {
    if (!table || rows.length === 0) return;
    try {
      await insertRows(tx, table, header.columns[table] ?? [], rows);
    } catch (err) {
      const reason = errorSummary(err).message;
      throw new AppError('BACKUP_INVALID', `テーブル ${table} の行を復元できません: ${reason}`);
    }
    rows = [];
    bytes = 0;
  };
  const add = async (t: BackupTable, rowJson: string) => {
    if (t !== table || rows.length >= INSERT_BATCH_ROWS || bytes + rowJson.length > INSERT_BATCH_BYTES) {
      await flush();
      table = t;
    }
    rows.push(rowJson);
    bytes += rowJson.length;
  };
  return { add, flush };
}
