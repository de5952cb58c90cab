// `mamori backup verify FILE`: the restore test of a backup, without touching the installation. The
// file is read whole (format, version, sha256, trailer), restored into a throwaway database with this
// installation's keys, its audit trail verified there, and every table's rows counted against what the
// file says it holds. Whether it could be restored is the answer; a refusal is a result, not a crash.
import { performance } from 'node:perf_hooks';
import { knownMigrations } from '../../db/migrate.ts';
import type { Deps } from '../../deps.ts';
import { systemActor } from '../../lib/actor.ts';
import { AppError } from '../../lib/errors.ts';
import { type BrokenLink, verifyAuditTrail } from '../audit/audit.verify.ts';
import { readBackup } from './backup.reader.ts';
import { restoreBackup } from './restore-backup.ts';

export interface BackupVerification {
  ok: boolean;
  file: string;
  /** what went wrong, in the words a person reads (empty when ok) */
  problems: string[];
  createdAt: string | null;
  appVersion: string | null;
  engine: string | null;
  bytes: number | null;
  sha256: string | null;
  rows: number | null;
  /** per table: the rows the file holds and the rows the throwaway database received */
  tables: { table: string; inFile: number; restored: number }[];
  audit: { ok: boolean; chains: number; events: number; broken: BrokenLink[] } | null;
  /** the file read and restored, in ms */
  ms: number;
}

/** Opens a throwaway database (empty, migrated, with this installation's keys), runs `fn`, and removes it. */
export type Throwaway = <T>(fn: (deps: Deps) => Promise<T>) => Promise<T>;

export async function verifyBackup(file: string, throwaway: Throwaway): Promise<BackupVerification> {
  const started = performance.now();
  const result: BackupVerification = {
    ok: false,
    file,
    problems: [],
    createdAt: null,
    appVersion: null,
    engine: null,
    bytes: null,
    sha256: null,
    rows: null,
    tables: [],
    audit: null,
    ms: 0,
  };
  const done = () => ({ ...result, ms: Math.round(performance.now() - started) });
  try {
    const { header, summary } = await readBackup(file, { knownMigrations: knownMigrations() });
    Object.assign(result, {
      createdAt: summary.createdAt,
      appVersion: header.appVersion,
      engine: header.engine,
      bytes: summary.bytes,
      sha256: summary.sha256,
      rows: summary.rows,
    });
    await throwaway(async (deps) => {
      const restored = await restoreBackup(deps, file, systemActor('backup-verify'), { count: true });
      result.tables = Object.entries(summary.tables).map(([table, inFile]) => ({
        table,
        inFile,
        restored: restored.restored?.[table] ?? 0,
      }));
      const audit = await verifyAuditTrail(deps.db);
      result.audit = { ok: audit.ok, chains: audit.chains, events: audit.events, broken: audit.broken };
    });
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    result.problems.push(err.message);
    return done();
  }
  for (const t of result.tables.filter((t) => t.inFile !== t.restored)) {
    result.problems.push(`テーブル ${t.table}: ファイルには ${t.inFile} 行ありますが、復元できたのは ${t.restored} 行です。`);
  }
  if (result.audit && !result.audit.ok) result.problems.push('復元した監査ログのチェーンが検証できません (改ざんまたは破損)。');
  result.ok = result.problems.length === 0;
  return done();
}
