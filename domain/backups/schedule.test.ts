import { describe, expect, it } from 'vitest';
import { autoBackupName, autoBackupTime, backupStatus, beyondKept, HOUR_MS, isDue } from './schedule.ts';

const at = new Date('2026-12-07T18:31:05.123Z');

describe('automatic backups', () => {
  it('names a backup by its UTC time and reads the time back; other files have none', () => {
    expect(autoBackupName(at)).toBe('mamori-auto-20261207T183105Z.mamori-backup');
    expect(autoBackupTime(autoBackupName(at))?.toISOString()).toBe('2026-12-07T18:31:05.000Z');
    expect(autoBackupTime('pre-migration-2026-12-07.mamori-backup')).toBeNull();
    expect(autoBackupTime('mamori-auto-20261307T183105Z.mamori-backup')).toBeNull(); // month 13
    expect(autoBackupTime('mamori-auto-20261207T183105Z.mamori-backup.partial')).toBeNull();
  });

  it('is due with none yet or once the last is as old as the schedule', () => {
    expect(isDue(null, at, 24)).toBe(true);
    expect(isDue(new Date(at.getTime() - 24 * HOUR_MS + 1000), at, 24)).toBe(false);
    expect(isDue(new Date(at.getTime() - 24 * HOUR_MS), at, 24)).toBe(true);
  });

  it('removes only automatic backups beyond the newest ones kept', () => {
    const names = [
      'mamori-auto-20261205T000000Z.mamori-backup',
      'notes.txt',
      'mamori-auto-20261207T000000Z.mamori-backup',
      'pre-migration-2026-01-01T00-00-00-000Z-0001-0002.mamori-backup',
      'mamori-auto-20261206T000000Z.mamori-backup',
    ];
    expect(beyondKept(names, 2)).toEqual(['mamori-auto-20261205T000000Z.mamori-backup']);
    expect(beyondKept(names, 7)).toEqual([]);
  });

  it('tells off, none, ok, stale (an hour after the schedule) and failing (an error in or after the last run)', () => {
    const base = { enabled: true, everyHours: 24, lastAt: null, lastError: null };
    expect(backupStatus({ ...base, enabled: false }, at)).toBe('off');
    expect(backupStatus(base, at)).toBe('none');
    const hoursAgo = (h: number) => new Date(at.getTime() - h * HOUR_MS);
    expect(backupStatus({ ...base, lastAt: hoursAgo(24.9) }, at)).toBe('ok');
    expect(backupStatus({ ...base, lastAt: hoursAgo(25.1) }, at)).toBe('stale');
    expect(backupStatus({ ...base, lastAt: hoursAgo(2), lastError: { at: hoursAgo(1) } }, at)).toBe('failing');
    expect(backupStatus({ ...base, lastAt: hoursAgo(1), lastError: { at: hoursAgo(2) } }, at)).toBe('ok');
    expect(backupStatus({ ...base, lastError: { at: hoursAgo(1) } }, at)).toBe('failing');
    expect(backupStatus({ ...base, lastAt: hoursAgo(1), lastError: { at: hoursAgo(1) } }, at)).toBe('failing');
  });
});
