// Use cases of the automatic backups' page: their state and a backup now (system administrators only).
import type { Deps } from '../../deps.ts';
import { AppError } from '../../lib/errors.ts';
import type { Caller } from '../caller.ts';
import { requireSystemAdmin } from '../orgs/orgs.policy.ts';
import type { BackupState } from './backup-schedule.ts';
import { type LastVerification, lastVerification } from './record-verification.ts';

/** Without a server's schedule (a process that runs none): off, no folders. */
const OFF: BackupState = { status: 'off', lastAt: null, everyHours: 0, keep: 0, running: false, lastError: null, folders: [] };

/** The schedule's state and the latest restore test (`mamori backup verify`) recorded. */
export async function backupState(deps: Deps, caller: Caller): Promise<BackupState & { lastVerification: LastVerification | null }> {
  requireSystemAdmin(caller.user);
  return { ...(deps.backups?.state() ?? OFF), lastVerification: await lastVerification(deps) };
}

export async function runBackupNow(deps: Deps, caller: Caller) {
  requireSystemAdmin(caller.user);
  const result = (await deps.backups?.runNow(caller.actor)) ?? 'off';
  if (result === 'off') {
    throw new AppError('VALIDATION', '自動バックアップの保存先が設定されていません (MAMORI_BACKUP_DIRS=off)。');
  }
  if (result === 'busy') throw new AppError('CONFLICT', 'バックアップを作成中です。終わってから状態を確かめてください。');
  return backupState(deps, caller);
}
