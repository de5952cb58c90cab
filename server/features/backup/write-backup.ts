// `mamori backup`: writes the whole database, evidence bytes included, as one backup file. Everything is
// read in one read-only REPEATABLE READ transaction, so the file is one consistent snapshot even while
// the server keeps writing; rows are streamed page by page, never held in memory all at once.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { Readable, Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { Tx } from '../../db/client.ts';
import { knownMigrations } from '../../db/migrate.ts';
import type { Deps } from '../../deps.ts';
import { type Actor, systemActor } from '../../lib/actor.ts';
import { recordAudit } from '../audit/audit.record.ts';
import { writeFileAtomically } from './backup.file.ts';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLES,
  type BackupHeader,
  type BackupSummary,
  type BackupTable,
  rowLine,
} from './backup.format.ts';
import { tableColumns, tableRows } from './backup.repo.ts';

export interface WriteBackupOptions {
  actor?: Actor;
  /** called after each table has been read, inside the snapshot (tests write concurrently here) */
  afterTable?: (table: BackupTable) => Promise<void>;
}

/** What a snapshot reads from: the database and what the header names. Deps has all of it. */
export type BackupSource = Pick<Deps, 'db' | 'clock' | 'version'> & { database: Pick<Deps['database'], 'engine'> };

/**
 * The tables and migrations a snapshot covers: by default this version's, all of them; a database not yet
 * migrated (the backup before an upgrade) has only the tables and migrations it has.
 */
export interface SnapshotScope {
  tables: readonly BackupTable[];
  migrations: string[];
}

type DumpOptions = WriteBackupOptions & { scope?: SnapshotScope };

const CHUNK = 64 * 1024;

/** Writes the backup to a stream (which it ends) or to a file (0600, via a temporary name). */
export async function writeBackup(deps: Deps, out: Writable | string, opts: WriteBackupOptions = {}): Promise<BackupSummary> {
  const summary = typeof out === 'string' ? await writeFileAtomically(out, (s) => dump(deps, s, opts)) : await dump(deps, out, opts);
  // after the snapshot, in its own transaction: the read-only one cannot write
  await deps.db.transaction(async (tx) => {
    const file = typeof out === 'string' ? path.basename(out) : null;
    const after = { file, rows: summary.rows, bytes: summary.bytes, sha256: summary.sha256, tables: summary.tables };
    await recordAudit(
      tx,
      opts.actor ?? systemActor('backup'),
      { action: 'system.backup_created', targetType: 'backup', after },
      deps.clock.now(),
    );
  });
  return summary;
}

/** The snapshot alone, into a file (0600, via a temporary name): no audit event, for a database not yet migrated. */
export const writeSnapshotFile = (source: BackupSource, file: string, scope: SnapshotScope): Promise<BackupSummary> =>
  writeFileAtomically(file, (s) => dump(source, s, { scope }));

async function dump(deps: BackupSource, out: Writable, opts: DumpOptions): Promise<BackupSummary> {
  const createdAt = deps.clock.now().toISOString();
  const counts: Record<string, number> = {};
  const fileHash = createHash('sha256');
  let bytes = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      fileHash.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  await deps.db.transaction(
    async (tx) => {
      const source = Readable.from(lines(tx, deps, createdAt, counts, opts), { objectMode: false, highWaterMark: 1024 * 1024 });
      // level 1: evidence (PDF, images) is already compressed; level 6 doubles the time for ~0.2 % smaller files
      await pipeline(source, createGzip({ level: 1 }), meter, out);
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  const rows = Object.values(counts).reduce((a, b) => a + b, 0);
  return { tables: counts, rows, bytes, sha256: fileHash.digest('hex'), createdAt };
}

/** The file's lines, gathered into chunks of about 64 KB (one gzip write per row would be slow). */
async function* lines(tx: Tx, deps: BackupSource, createdAt: string, counts: Record<string, number>, opts: DumpOptions) {
  const hash = createHash('sha256');
  let rows = 0;
  let chunk = '';
  const { tables, migrations } = opts.scope ?? { tables: BACKUP_TABLES, migrations: knownMigrations() };
  const columns: Record<string, string[]> = {};
  for (const t of tables) columns[t] = await tableColumns(tx, t);
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: deps.version,
    createdAt,
    engine: deps.database.engine,
    migrations,
    tables: [...tables],
    columns,
  };
  chunk = `${JSON.stringify(header)}\n`;
  hash.update(chunk);
  for (const table of tables) {
    let count = 0;
    for await (const json of tableRows(tx, table)) {
      // row_to_json keeps the whitespace of json (not jsonb) values; a newline would split the line
      const line = rowLine(table, json.includes('\n') ? JSON.stringify(JSON.parse(json)) : json);
      hash.update(line);
      chunk += line;
      count += 1;
      if (chunk.length >= CHUNK) {
        yield chunk;
        chunk = '';
      }
    }
    counts[table] = count;
    rows += count;
    await opts.afterTable?.(table);
  }
  yield `${chunk}{"end":true,"rows":${rows},"sha256":"${hash.digest('hex')}"}\n`;
}
