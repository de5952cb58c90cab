// Use case: import ledger rows from a CSV (UTF-8 / CP932) or .xlsx file, all or nothing. A preview
// (dryRun) says what would happen; the import itself writes every row in one transaction — or,
// when any row is rejected and the person did not choose to skip them, nothing at all. Cells taken
// from an .xlsx formula's saved result are listed as warnings (and named in the audit event).
import { createHash } from 'node:crypto';
import { DEVICE_COLUMNS } from '../../../domain/devices/columns.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError } from '../../lib/errors.ts';
import type { Caller } from '../caller.ts';
import type { Encoding } from '../imports/decode.ts';
import { readTable } from '../imports/tabular.ts';
import { authorizeOrg } from '../orgs/orgs.policy.ts';
import { writeOf } from './device-row.ts';
import { allDevices, mappingOf, saveMapping } from './devices.repo.ts';
import { headerKey, type ImportPlan, type Overrides, planImport } from './import-plan.ts';
import { afterImport, writeImport } from './write-import.ts';

export interface ImportOptions {
  format: 'csv' | 'xlsx';
  encoding: Encoding;
  sheet?: string;
  /** header → column key ('' leaves the header out) */
  mapping?: Record<string, string>;
  /** corrections typed in the preview: file row number → column key → value */
  overrides?: Overrides;
  skipInvalid: boolean;
  dryRun: boolean;
}

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

const PREVIEW_ROWS = 10;

/** The file is read only after the caller is known to be allowed to import into the organisation. */
export async function importDevices(
  deps: Deps,
  caller: Caller,
  orgId: string,
  read: () => Promise<{ file: ImportFile; opts: ImportOptions }>,
) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  const { file, opts } = await read();
  return importDevicesAs(deps, caller.actor, orgId, file, opts);
}

export async function importDevicesAs(deps: Deps, actor: Actor, orgId: string, file: ImportFile, opts: ImportOptions) {
  const table = await readTable(file.bytes, { format: opts.format, encoding: opts.encoding, sheet: opts.sheet, fileName: file.name });
  const existing = await allDevices(deps.db, orgId);
  const plan = planImport(table.rows, existing, {
    chosen: opts.mapping,
    remembered: await mappingOf(deps.db, orgId, 'devices'),
    overrides: opts.overrides,
  });
  const report = reportOf(file, table, plan);
  if (opts.dryRun) return { ...report, stored: false };
  if (plan.rejected.length && !opts.skipInvalid) {
    throw new AppError(
      'IMPORT_ROWS_INVALID',
      `${rejectedRows(plan)} 行を取り込めません。何も書き込んでいません。直すか、その行を除いて取り込んでください。`,
      {
        details: { rejected: plan.rejected.slice(0, 1000), report },
      },
    );
  }
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const updates = plan.update.map((r) => ({ id: r.id, write: writeOf(r.values), before: r.before }));
    const creates = plan.create.map((r) => writeOf(r.values));
    await writeImport(
      tx,
      actor,
      orgId,
      { fileName: file.name, creates, updates, about: { ...report.summary, sha256: report.sha256, ...formulaCells(plan) } },
      now,
    );
    await saveMapping(tx, orgId, 'devices', rememberedMapping(plan), now);
  });
  await afterImport(deps.db, plan.create.length + plan.update.length);
  return { ...report, stored: true };
}

/** For the audit event: the cells whose value came from an .xlsx formula's saved result. */
const formulaCells = (plan: ImportPlan) => (plan.warnings.length ? { formulaCells: plan.warnings.map((w) => w.cell).slice(0, 1000) } : {});

const rejectedRows = (plan: ImportPlan) => new Set(plan.rejected.map((r) => r.row)).size;

function rememberedMapping(plan: ImportPlan): Record<string, string> {
  return Object.fromEntries(plan.headers.map((h, i) => [headerKey(h), plan.mapping[i] ?? '']).filter(([h]) => h));
}

function reportOf(file: ImportFile, table: Awaited<ReturnType<typeof readTable>>, plan: ImportPlan) {
  return {
    fileName: file.name,
    sha256: createHash('sha256').update(file.bytes).digest('hex'),
    format: table.format,
    encoding: table.encoding,
    sheets: table.sheets,
    sheet: table.sheet,
    headerRow: plan.headerRow,
    columns: plan.headers.map((header, i) => ({ header, key: plan.mapping[i] ?? null })),
    available: DEVICE_COLUMNS.map((c) => ({ key: c.key, ja: c.ja, en: c.en, manual: c.manual })),
    summary: {
      created: plan.create.length,
      updated: plan.update.length,
      unchanged: plan.unchanged,
      rejected: rejectedRows(plan),
    },
    preview: [...plan.create, ...plan.update]
      .sort((a, b) => a.row - b.row)
      .slice(0, PREVIEW_ROWS)
      .map((r) => ({ row: r.row, values: r.values, action: 'id' in r ? ('update' as const) : ('create' as const) })),
    rejected: plan.rejected.slice(0, 1000),
    /** cells taken other than as written (an .xlsx formula's saved result), each named */
    warnings: plan.warnings.slice(0, 1000),
  };
}
