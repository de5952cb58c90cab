// Mamori's own backups, made by the server on a schedule (MAMORI_BACKUP_DIRS, _EVERY_HOURS, _KEEP,
// _DELAY_MINUTES in config.ts): when the newest automatic backup is as old as the schedule, the data is
// written once (`writeBackup`, audited as any backup) into the first folder that takes it and copied into
// the others (a removable or network drive among them), each folder keeping its newest `keep`. The
// first check comes a few minutes after the start, then every minute. What happened is kept in memory
// for /api/health and the system page; the folders themselves tell the last backup after a restart.
// Several servers on one PostgreSQL: the schedule is claimed in the database (scheduled_runs), so one
// backup is written per period whichever of them checks first.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { autoBackupName, autoBackupTime, type BackupStatus, backupStatus, beyondKept, isDue } from '../../../domain/backups/schedule.ts';
import type { Deps } from '../../deps.ts';
import { type Actor, systemActor } from '../../lib/actor.ts';
import type { BackupScheduleConfig } from '../../lib/config.ts';
import { errorSummary } from '../../lib/error-summary.ts';
import { AppError } from '../../lib/errors.ts';
import { claimRun, completeRun, releaseRun } from '../jobs/scheduled-runs.repo.ts';
import { writeBackup } from './write-backup.ts';

interface FolderState {
  dir: string;
  lastAt: Date | null;
  error: string | null;
}

export interface BackupHealth {
  status: BackupStatus;
  lastAt: string | null;
  everyHours: number;
}

export interface BackupState extends BackupHealth {
  keep: number;
  running: boolean;
  lastError: { at: string; message: string } | null;
  folders: { dir: string; lastAt: string | null; error: string | null }[];
}

const CHECK_EVERY_MS = 60_000;
const JOB = 'backup';
/** who ran a job, in scheduled_runs: this host and process */
const RUNNER = `${os.hostname()}:${process.pid}`;

export class BackupSchedule {
  private lastAt: Date | null = null;
  private lastError: { at: Date; message: string } | null = null;
  private readonly folders: FolderState[];
  private running: Promise<unknown> | undefined;
  private timers: NodeJS.Timeout[] = [];
  private readonly deps: Deps;
  private readonly cfg: BackupScheduleConfig;

  constructor(deps: Deps, cfg: BackupScheduleConfig) {
    this.deps = deps;
    this.cfg = cfg;
    this.folders = cfg.dirs.map((dir) => ({ dir, lastAt: newestIn(dir), error: null }));
    this.lastAt = latest(this.folders.map((f) => f.lastAt));
  }

  get enabled(): boolean {
    return this.folders.length > 0;
  }

  /** What a monitor is told (no folder names: /api/health needs no sign-in). */
  health(now: Date): BackupHealth {
    return {
      status: backupStatus({ enabled: this.enabled, everyHours: this.cfg.everyHours, lastAt: this.lastAt, lastError: this.lastError }, now),
      lastAt: this.lastAt?.toISOString() ?? null,
      everyHours: this.cfg.everyHours,
    };
  }

  /** The folders with their last backup and error, for a system administrator. */
  state(): BackupState {
    return {
      ...this.health(this.deps.clock.now()),
      keep: this.cfg.keep,
      running: this.running !== undefined,
      lastError: this.lastError ? { at: this.lastError.at.toISOString(), message: this.lastError.message } : null,
      folders: this.folders.map((f) => ({ dir: f.dir, lastAt: f.lastAt?.toISOString() ?? null, error: f.error })),
    };
  }

  /**
   * Writes a backup when one is due (at most one at a time); says what it did. With several servers on
   * one PostgreSQL the schedule is claimed in the database first: one of them writes it, the others
   * learn when it was written (for their health) and write none.
   */
  async runIfDue(): Promise<'off' | 'not-due' | 'busy' | 'written' | 'failed'> {
    if (!this.enabled) return 'off';
    if (this.running) return 'busy';
    const now = this.deps.clock.now();
    if (!isDue(this.lastAt, now, this.cfg.everyHours)) return 'not-due';
    return this.exclusively(async () => {
      // a minute's slack: the checks of two processes are never exactly a period apart
      const claim = await claimRun(this.deps.db, JOB, now, this.cfg.everyHours * 3_600_000 - CHECK_EVERY_MS, RUNNER);
      if (!claim.claimed) {
        // another server wrote one (its success, not its claim, is what counts as the last backup)
        if (claim.lastOkAt && (!this.lastAt || claim.lastOkAt > this.lastAt)) this.lastAt = claim.lastOkAt;
        return 'not-due' as const;
      }
      const result = await this.write(now, systemActor('backup-schedule'));
      if (result === 'written') await completeRun(this.deps.db, JOB, now);
      else await releaseRun(this.deps.db, JOB, now, claim.previous);
      return result;
    });
  }

  /** A backup now, whatever the schedule (a system administrator's 「今すぐバックアップ」). */
  async runNow(actor: Actor = systemActor('backup-schedule')): Promise<'off' | 'busy' | 'written' | 'failed'> {
    if (!this.enabled) return 'off';
    if (this.running) return 'busy';
    return this.exclusively(() => this.write(this.deps.clock.now(), actor));
  }

  /** One run at a time in this process: marked running before its first await. */
  private async exclusively<T>(run: () => Promise<T>): Promise<T> {
    const started = run();
    this.running = started;
    try {
      return await started;
    } finally {
      this.running = undefined;
    }
  }

  private async write(now: Date, actor: Actor): Promise<'written' | 'failed'> {
    const name = autoBackupName(now);
    let written: string | undefined;
    const errors: string[] = [];
    for (const folder of this.folders) {
      const file = path.join(folder.dir, name);
      try {
        fs.mkdirSync(folder.dir, { recursive: true, mode: 0o700 });
        if (written) copyAtomically(written, file);
        else await writeBackup(this.deps, file, { actor });
        written ??= file;
        for (const old of beyondKept(fs.readdirSync(folder.dir), this.cfg.keep)) fs.rmSync(path.join(folder.dir, old), { force: true });
        Object.assign(folder, { lastAt: now, error: null });
      } catch (err) {
        const reason = reasonOf(err);
        folder.error = reason;
        errors.push(`${folder.dir}: ${reason}`);
        this.deps.log.error('automatic backup failed', { dir: folder.dir, reason: errorSummary(err).message });
      }
    }
    if (written) {
      this.lastAt = now;
      this.deps.log.info('automatic backup written', { file: name, folders: this.folders.filter((f) => !f.error).length });
    }
    this.lastError = errors.length ? { at: now, message: errors.join(' / ') } : null;
    return written ? 'written' : 'failed';
  }

  /** The first check after the configured delay, then every minute; timers never keep the process alive. */
  start(): void {
    if (!this.enabled) return;
    const tick = () => void this.runIfDue().catch((err) => this.deps.log.error('automatic backup failed', errorSummary(err)));
    const first = setTimeout(() => {
      tick();
      const every = setInterval(tick, CHECK_EVERY_MS);
      every.unref();
      this.timers.push(every);
    }, this.cfg.delayMinutes * 60_000);
    first.unref();
    this.timers.push(first);
  }

  /** Stops the checks and waits for a backup under way. */
  async stop(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    this.timers = [];
    await this.running?.catch(() => undefined);
  }
}

// why a folder could not take the backup, in the words the page shows (the log keeps the system's own)
const FOLDER_REASONS: Record<string, string> = {
  EACCES: '書き込む権限がありません',
  EPERM: '書き込む権限がありません',
  ENOSPC: '空き容量が足りません',
  EROFS: '読み取り専用の場所です',
  EEXIST: '同じ名前のファイルがあり、フォルダを作れません',
  ENOTDIR: '途中にフォルダではないファイルがあります',
  ENOENT: '場所が見つかりません (ドライブが外れていないか確かめてください)',
  EIO: 'ディスクの読み書きに失敗しました',
};

function reasonOf(err: unknown): string {
  if (err instanceof AppError) return err.message;
  const { code, name } = errorSummary(err);
  return (code && FOLDER_REASONS[code]) ?? `書き込めませんでした (${code ?? name})`;
}

function newestIn(dir: string): Date | null {
  try {
    return latest(fs.readdirSync(dir).map(autoBackupTime));
  } catch {
    return null; // not there yet: made at the first backup
  }
}

const latest = (dates: (Date | null)[]): Date | null => dates.reduce<Date | null>((a, d) => (d && (!a || d > a) ? d : a), null);

/** The copy takes its final name only once complete. */
function copyAtomically(from: string, to: string): void {
  const partial = `${to}.partial`;
  try {
    fs.copyFileSync(from, partial);
    fs.renameSync(partial, to);
  } catch (err) {
    fs.rmSync(partial, { force: true });
    throw err;
  }
}
