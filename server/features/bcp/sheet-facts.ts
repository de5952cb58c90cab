// What the BCP 確認表 reads of the other ledgers to prefill its answers (domain/bcp/prefill.ts).
import { actionCounts } from '../../../domain/bcp/exercise.ts';
import type { BcpFacts } from '../../../domain/bcp/prefill.ts';
import { fiscalYearOf, todayJst } from '../../../domain/dates/fiscal-year.ts';
import type { Db, Tx } from '../../db/client.ts';
import { planLabel } from '../backup-ledger/backup-facts.ts';
import { backupLedgerOf } from '../backup-ledger/backup-ledger.service.ts';
import { loadChart } from '../contacts/contacts.service.ts';
import { ledgerFacts } from '../suggestions/suggestions.service.ts';
import { trainingYearOf } from '../training/training.service.ts';
import { exerciseActionsOf, exercisesOf } from './bcp.repo.ts';

export async function bcpFactsOf(db: Db | Tx, orgId: string, now: Date): Promise<BcpFacts> {
  const today = todayJst(now);
  const [ledger, chart, training, exercises, actions, plans] = await Promise.all([
    ledgerFacts(db, orgId, now, { disclosures: false, accounts: false, bcp: false }),
    loadChart(db, orgId, now),
    trainingYearOf(db, orgId, fiscalYearOf(today)),
    exercisesOf(db, orgId),
    exerciseActionsOf(db, orgId),
    backupLedgerOf(db, orgId, now),
  ]);
  return {
    ledger,
    contacts: {
      internal: chart.internal.length,
      external: chart.external.length,
      problems: chart.problems.map((p) => p.message),
      advice: chart.advice.map((p) => p.message),
      confirmedOn: chart.paper?.confirmedOn ?? chart.confirmedOn,
      paper: chart.paper !== null,
    },
    training: { label: training.fiscalYear.label, sessions: training.sessions.length, drills: training.drills.length },
    exercises: { count: exercises.length, lastOn: exercises[0]?.heldOn ?? null, actions: actions.length, ...actionCounts(actions, today) },
    restorePlans: plans
      .filter((p) => p.status !== 'retired')
      .map((p) => ({
        id: p.id,
        label: planLabel(p),
        restoreOrder: p.restoreOrder,
        recoveryHours: p.recoveryHours,
        restorer: p.vendorName.trim() || p.responsible.trim(),
      })),
    vendorsReachable: chart.external
      .filter((e) => e.category.normalize('NFKC').trim() === '事業者' && e.organizationName.trim())
      .map((e) => ({ name: e.organizationName, phone: Boolean(e.phone.trim()) })),
  };
}
