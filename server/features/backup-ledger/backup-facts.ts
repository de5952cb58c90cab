// The バックアップ台帳 as the findings and the suggestions read it.
import { scopeLabels } from '../../../domain/backups/ledger.ts';
import { todayJst } from '../../../domain/dates/fiscal-year.ts';
import { backupFindings } from '../../../domain/findings/backup-findings.ts';
import type { Finding } from '../../../domain/findings/finding.ts';
import type { BackupFact } from '../../../domain/suggestions/types.ts';
import type { Db, Tx } from '../../db/client.ts';
import type { BackupPlanView } from './backup-ledger.present.ts';
import { backupLedgerOf } from './backup-ledger.service.ts';

/** 「電子カルテ (データ・設定)」: the system, and what is backed up when recorded. */
export const planLabel = (p: Pick<BackupPlanView, 'systemName' | 'scope'>) =>
  p.scope.length ? `${p.systemName} (${p.scope.map((s) => scopeLabels[s].ja).join('・')})` : p.systemName;

export async function backupFindingsOf(db: Db | Tx, orgId: string, now: Date): Promise<Finding[]> {
  const today = todayJst(now);
  return (await backupLedgerOf(db, orgId, now)).flatMap((p) =>
    backupFindings({ id: p.id, label: planLabel(p), stamp: `v${p.version}:t${p.tests}`, plan: p, last: p.lastTest }, today),
  );
}

export async function backupFactsOf(db: Db | Tx, orgId: string, now: Date): Promise<BackupFact[]> {
  return (await backupLedgerOf(db, orgId, now)).map((p) => ({
    id: p.id,
    label: planLabel(p),
    status: p.status,
    frequency: p.frequency,
    hasProcedure: Boolean(p.restoreProcedure.trim() || p.procedureEvidence),
    lastTest: p.lastTest,
  }));
}
