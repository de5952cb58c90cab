// What is wrong with a system's backup, each problem with whose rule it is: the 手引き's (3(2):
// backups kept in several ways with 世代管理 so that malware cannot reach them all, a restore
// procedure), the ministry's training material's (「オフライン等のバックアップを検討し、実施する」),
// or Mamori's own (a restore test at least every 12 months; a copy that is only on the system's network).
import { addMonths } from '../dates/months.ts';
import type { Severity } from '../findings/finding.ts';
import { type BackupPlanValues, isolated, type RestoreResult } from './ledger.ts';

/** Mamori's threshold: a restore test at least this often. */
export const RESTORE_TEST_MONTHS = 12;

export type BackupRuleSource = 'guide' | 'training' | 'mamori';
export const ruleSourceLabels: Record<BackupRuleSource, string> = {
  guide: '手引き',
  training: '厚生労働省の研修資料',
  mamori: 'Mamori の目安',
};

export type BackupProblemKind =
  | 'no-isolated'
  | 'isolation-unknown'
  | 'same-network'
  | 'one-generation'
  | 'no-procedure'
  | 'never-tested'
  | 'test-old'
  | 'test-failed'
  | 'test-partial';

export interface BackupProblem {
  kind: BackupProblemKind;
  severity: Severity;
  source: BackupRuleSource;
  title: string;
  detail: string;
}

export interface LastTest {
  testedOn: string;
  result: RestoreResult;
}

/** The plans the rules look at: not 廃棄 (a retired system's backup is history). */
export const inUse = (p: Pick<BackupPlanValues, 'status'>) => p.status !== 'retired';

export function backupProblems(
  plan: Pick<BackupPlanValues, 'isolation' | 'separateNetwork' | 'generations' | 'restoreProcedure' | 'procedureEvidenceId' | 'status'>,
  last: LastTest | null,
  today: string,
): BackupProblem[] {
  if (!inUse(plan)) return [];
  const out: BackupProblem[] = [];
  const add = (kind: BackupProblemKind, severity: Severity, source: BackupRuleSource, title: string, detail: string) =>
    out.push({ kind, severity, source, title, detail: `${detail} (${ruleSourceLabels[source]})` });
  if (plan.isolation === 'none')
    add(
      'no-isolated',
      'high',
      'training',
      'オフラインまたは改ざんできない (イミュータブル) バックアップがありません',
      'ランサムウェアはつながっているバックアップも暗号化します。オフライン等のバックアップを検討し、実施してください',
    );
  else if (plan.isolation === 'unknown')
    add(
      'isolation-unknown',
      'medium',
      'training',
      'オフラインまたは改ざんできないバックアップがあるか確認していません',
      '事業者にバックアップの保管方法を確認し、台帳に記録してください',
    );
  if (plan.separateNetwork === false && !isolated(plan.isolation))
    add(
      'same-network',
      'high',
      'mamori',
      'バックアップがシステムと同じネットワークにしかありません',
      'システムが攻撃されるとバックアップも同時に失われるおそれがあります。別のネットワークかオフラインにコピーを置いてください',
    );
  if (plan.generations === 1)
    add(
      'one-generation',
      'medium',
      'guide',
      'バックアップを 1 世代しか保持していません',
      '最新のデータだけでなく以前のデータも残す世代管理をしてください。感染に気付く前のバックアップが必要になります',
    );
  if (!plan.restoreProcedure.trim() && !plan.procedureEvidenceId)
    add(
      'no-procedure',
      'medium',
      'guide',
      '復旧手順が記録されていません',
      '復旧の手順 (または手順書の所在) を記録してください。例えば BCP に定めます',
    );
  if (!last)
    add(
      'never-tested',
      'medium',
      'mamori',
      '復旧テストの記録がありません',
      `バックアップから実際に復旧できるか、${RESTORE_TEST_MONTHS} か月ごとに試して記録してください`,
    );
  else {
    if (addMonths(last.testedOn, RESTORE_TEST_MONTHS) < today)
      add(
        'test-old',
        'medium',
        'mamori',
        `最後の復旧テスト (${last.testedOn}) から ${RESTORE_TEST_MONTHS} か月を過ぎています`,
        `${RESTORE_TEST_MONTHS} か月ごとに復旧テストをしてください`,
      );
    if (last.result === 'failed')
      add(
        'test-failed',
        'high',
        'mamori',
        `最後の復旧テスト (${last.testedOn}) で復旧できませんでした`,
        '原因を直し、もう一度復旧テストをして記録してください',
      );
    if (last.result === 'partial')
      add(
        'test-partial',
        'medium',
        'mamori',
        `最後の復旧テスト (${last.testedOn}) は一部しか復旧できませんでした`,
        '復旧できなかった部分の原因を直し、もう一度試してください',
      );
  }
  return out;
}
