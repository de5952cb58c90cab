// Findings about a system's backup (バックアップ台帳): each problem of domain/backups/rules.ts, with
// whose rule it is in its detail (the 手引き's, the training material's, or Mamori's own).

import type { BackupPlanValues } from '../backups/ledger.ts';
import { backupProblems, type LastTest } from '../backups/rules.ts';
import type { Finding } from './finding.ts';

export interface BackupSubject {
  id: string;
  /** "電子カルテ (データ)" */
  label: string;
  /** changes whenever the plan or its tests do */
  stamp: string;
  plan: Pick<BackupPlanValues, 'isolation' | 'separateNetwork' | 'generations' | 'restoreProcedure' | 'procedureEvidenceId' | 'status'>;
  last: LastTest | null;
}

export function backupFindings(s: BackupSubject, today: string): Finding[] {
  return backupProblems(s.plan, s.last, today).map((p) => ({
    id: `${s.id}:rule:backup:${p.kind}`,
    severity: p.severity,
    kind: 'rule',
    subject: { type: 'backup', id: s.id, label: s.label, stamp: s.stamp, deviceClass: 'backup' },
    title: p.title,
    detail: [p.detail],
    method: 'rule',
    confidence: 'high',
    cves: [],
    eol: null,
    topics: ['backup'],
    via: [],
    items: [],
  }));
}
