// The バックアップ台帳 as CSV (UTF-8 with BOM, or CP932) or .xlsx: the columns a person fills (read back
// by the import under the same headings), then the last restore test and what is wrong.
import {
  BACKUP_COLUMNS,
  frequencyLabels,
  isolationLabels,
  placeLabels,
  restoreResultLabels,
  scopeLabels,
} from '../../../domain/backups/ledger.ts';
import { IMPORT_COLUMNS } from '../../../domain/backups/ledger-import.ts';
import { ruleSourceLabels } from '../../../domain/backups/rules.ts';
import { ledgerStatusLabels } from '../../../domain/devices/status.ts';
import type { Deps } from '../../deps.ts';
import { type TableFormat, tableFile } from '../../lib/table-file.ts';
import type { Caller } from '../caller.ts';
import { authorizeOrg } from '../orgs/orgs.policy.ts';
import type { BackupPlanView } from './backup-ledger.present.ts';
import { backupLedgerOf } from './backup-ledger.service.ts';

const yesNo = (v: boolean | null) => (v === null ? '未確認' : v ? 'あり' : 'なし');

function cell(p: BackupPlanView, c: (typeof BACKUP_COLUMNS)[number]): string {
  switch (c) {
    case 'scope':
      return p.scope.map((s) => scopeLabels[s].ja).join('、');
    case 'frequency':
      return frequencyLabels[p.frequency].ja;
    case 'places':
      return p.places.map((s) => placeLabels[s].ja).join('、');
    case 'isolation':
      return isolationLabels[p.isolation].ja;
    case 'separateNetwork':
      return yesNo(p.separateNetwork);
    case 'encrypted':
      return yesNo(p.encrypted);
    case 'status':
      return ledgerStatusLabels[p.status].ja;
    case 'generations':
    case 'restoreOrder':
    case 'recoveryHours':
      return p[c] === null ? '' : String(p[c]);
    default:
      return p[c];
  }
}

export async function exportBackupLedger(deps: Deps, caller: Caller, orgId: string, format: TableFormat) {
  const { org } = await authorizeOrg(deps.db, caller, orgId, 'org.read');
  const plans = await backupLedgerOf(deps.db, orgId, deps.clock.now());
  // the import's columns, in the same order: the import reads back what is written here
  const header = IMPORT_COLUMNS.map((c) => c.header);
  const rows = plans.map((p) => [
    ...BACKUP_COLUMNS.map((c) => cell(p, c)),
    p.procedureEvidence?.fileName ?? '',
    p.lastTest?.testedOn ?? 'なし',
    p.lastTest ? restoreResultLabels[p.lastTest.result].ja : '',
    p.nextTestDue ?? '',
    p.problems.map((x) => `${x.title} (${ruleSourceLabels[x.source]})`).join('\n'),
  ]);
  return tableFile([header, ...rows], format, `バックアップ台帳_${org.slug}`, 'バックアップ台帳');
}
