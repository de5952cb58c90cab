// How the バックアップ台帳 screens put a plan's values and problems into words.
import type { BackupRuleSource } from '../../../../domain/backups/rules.ts';
import { ruleSourceLabels } from '../../../../domain/backups/rules.ts';
import { type Severity, worse } from '../../../../domain/findings/finding.ts';
import type { BackupProblem } from '../../api/backup-ledger.ts';
import type { MessageKey } from '../../i18n.ts';
import '../../messages/backup-ledger.ts';

/** yes / no / not checked (null) */
export const flagKey = (v: boolean | null): MessageKey =>
  v === null ? 'backupLedger.flag.unknown' : v ? 'backupLedger.flag.yes' : 'backupLedger.flag.no';

export const sourceKey = (s: BackupRuleSource): MessageKey => `backupLedger.source.${s}`;

/**
 * A problem's detail without the rule's name the server appends for the findings list (「… (手引き)」):
 * here the source is shown beside each problem on its own.
 */
export function problemDetail(p: Pick<BackupProblem, 'detail' | 'source'>): string {
  const suffix = ` (${ruleSourceLabels[p.source]})`;
  return p.detail.endsWith(suffix) ? p.detail.slice(0, -suffix.length) : p.detail;
}

/** The worst severity among the problems, or null when there are none. */
export const worstOf = (problems: { severity: Severity }[]): Severity | null =>
  problems.reduce<Severity | null>((w, p) => (w === null ? p.severity : worse(w, p.severity)), null);

/** A count typed in a form: empty is "not recorded" (null); anything else goes to the server, which names what it cannot read. */
export const countOf = (v: string): string | null => (v.trim() === '' ? null : v.trim());

/** A yes / no / not-checked select's value and back. */
export type FlagChoice = '' | 'yes' | 'no';
export const choiceOf = (v: boolean | null): FlagChoice => (v === null ? '' : v ? 'yes' : 'no');
export const flagOf = (v: FlagChoice): boolean | null => (v === '' ? null : v === 'yes');
