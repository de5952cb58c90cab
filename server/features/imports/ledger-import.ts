// What every ledger import shares (the 事業者台帳, the バックアップ台帳): read the table (CSV in UTF-8 or
// CP932, or .xlsx), plan it against the stored rows, and return the plan as a preview (dryRun), refuse
// it with every problem named by row and column, or plan it again inside one transaction on the locked
// rows and write it there — all or nothing. A file that changes nothing writes nothing.
import { createHash } from 'node:crypto';
import type { Db, Tx } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import type { Encoding } from './decode.ts';
import { rowsRejected } from './rejected.ts';
import { readTable, type Table, textRows } from './tabular.ts';

export interface LedgerImportOptions {
  format: 'csv' | 'xlsx';
  encoding: Encoding;
  sheet?: string;
  dryRun: boolean;
}
export interface LedgerImportFile {
  name: string;
  bytes: Uint8Array;
}

export type ImportRows = ReturnType<typeof textRows>;

/** What a plan has whatever the ledger: where the headings were, the columns not read, the problems. */
export interface PlanBase {
  headerRow: number;
  ignored: unknown[];
  problems: { row: number }[];
}

export interface LedgerImportSteps<P extends PlanBase, S, C> {
  /** the plan against the stored rows (locked when `forUpdate`) */
  plan(db: Db | Tx, rows: ImportRows, forUpdate: boolean): Promise<P>;
  unchanged(plan: P): boolean;
  summary(plan: P): S;
  changes(plan: P): C;
  /** writes a plan without problems, with its audit events */
  write(tx: Tx, plan: P, report: LedgerImportReport<P, S, C>): Promise<void>;
}

const tableOf = (t: Table) => ({ format: t.format, encoding: t.encoding, sheets: t.sheets, sheet: t.sheet });
type About = { fileName: string; sha256: string } & ReturnType<typeof tableOf>;

/** Problems listed in a report at most (all are counted by the plan). */
const PROBLEMS_SHOWN = 1000;

export type LedgerImportReport<P extends PlanBase, S, C> = About & {
  headerRow: number;
  ignored: P['ignored'];
  summary: S;
  changes: C;
  problems: P['problems'];
  stored: boolean;
};

export async function runLedgerImport<P extends PlanBase, S, C>(
  deps: Deps,
  file: LedgerImportFile,
  opts: LedgerImportOptions,
  steps: LedgerImportSteps<P, S, C>,
): Promise<LedgerImportReport<P, S, C>> {
  const table = await readTable(file.bytes, { format: opts.format, encoding: opts.encoding, sheet: opts.sheet, fileName: file.name });
  const rows = textRows(table);
  const about: About = { fileName: file.name, sha256: createHash('sha256').update(file.bytes).digest('hex'), ...tableOf(table) };
  const reportOf = (plan: P, stored: boolean): LedgerImportReport<P, S, C> => ({
    ...about,
    headerRow: plan.headerRow,
    ignored: plan.ignored,
    summary: steps.summary(plan),
    changes: steps.changes(plan),
    problems: plan.problems.slice(0, PROBLEMS_SHOWN),
    stored,
  });
  const preview = await steps.plan(deps.db, rows, false);
  if (opts.dryRun) return reportOf(preview, false);
  if (preview.problems.length) throw rowsRejected(reportOf(preview, false));
  if (steps.unchanged(preview)) return reportOf(preview, false);
  return deps.db.transaction(async (tx) => {
    // planned again on the locked rows: what is written is what they hold now
    const plan = await steps.plan(tx, rows, true);
    if (plan.problems.length) throw rowsRejected(reportOf(plan, false));
    if (steps.unchanged(plan)) return reportOf(plan, false);
    const report = reportOf(plan, true);
    await steps.write(tx, plan, report);
    return report;
  });
}
