// Mamori's own automatic backups: the file names (their time, in UTC, sorts them), when one is due,
// which old ones go, and what a monitor and the system page are told.

const AUTO_FILE = /^mamori-auto-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\.mamori-backup$/;

/** mamori-auto-20261207T183100Z.mamori-backup */
export function autoBackupName(at: Date): string {
  const stamp = at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
  return `mamori-auto-${stamp}.mamori-backup`;
}

/** The time in an automatic backup's name, or null for any other file. */
export function autoBackupTime(name: string): Date | null {
  const m = AUTO_FILE.exec(name);
  if (!m) return null;
  const at = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
  return Number.isNaN(at.getTime()) ? null : at;
}

export const HOUR_MS = 3_600_000;

/** A backup is due when there is none yet or the last one is `everyHours` old. */
export const isDue = (lastAt: Date | null, now: Date, everyHours: number): boolean =>
  lastAt === null || now.getTime() - lastAt.getTime() >= everyHours * HOUR_MS;

/** The automatic backups among `names` beyond the newest `keep` (other files are never touched). */
export function beyondKept(names: string[], keep: number): string[] {
  const auto = names.filter((n) => autoBackupTime(n) !== null).sort();
  return auto.slice(0, Math.max(0, auto.length - keep));
}

export type BackupStatus = 'off' | 'none' | 'ok' | 'stale' | 'failing';

/** An hour's grace after the schedule before the last backup counts as too old. */
const GRACE_MS = HOUR_MS;

export function backupStatus(
  s: { enabled: boolean; everyHours: number; lastAt: Date | null; lastError: { at: Date } | null },
  now: Date,
): BackupStatus {
  if (!s.enabled) return 'off';
  // an error in the last run counts even when another folder of the same run succeeded
  if (s.lastError && (!s.lastAt || s.lastError.at >= s.lastAt)) return 'failing';
  if (!s.lastAt) return 'none';
  return now.getTime() - s.lastAt.getTime() > s.everyHours * HOUR_MS + GRACE_MS ? 'stale' : 'ok';
}
