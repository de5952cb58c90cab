// Use case: import the 事業者台帳 from a CSV (UTF-8 / CP932) or .xlsx file, all or nothing. The plan
// (domain/vendors/vendor-import.ts) says what would change; dryRun returns it as a preview. The import
// plans again inside its transaction on the locked rows and writes every vendor and system there, each
// audited as a manual edit is, plus one `vendor.imported` event — or, with any problem, nothing.
import { createHash } from 'node:crypto';
import {
  type ImportRow,
  importPreview,
  importSummary,
  type PlannedSystem,
  type PlannedVendor,
  planVendorImport,
  type VendorImportPlan,
} from '../../../domain/vendors/vendor-import.ts';
import type { Tx } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError } from '../../lib/errors.ts';
import { type AuditInput, recordAudit } from '../audit/audit.record.ts';
import type { Caller } from '../caller.ts';
import type { Encoding } from '../imports/decode.ts';
import { rowsRejected } from '../imports/rejected.ts';
import { readTable, type Table, textRows } from '../imports/tabular.ts';
import { authorizeOrg } from '../orgs/orgs.policy.ts';
import { ledgerForImport } from './vendor-import.repo.ts';
import { insertSystem, insertVendor, updateSystem, updateVendor } from './vendors.repo.ts';

export interface VendorImportOptions {
  format: 'csv' | 'xlsx';
  encoding: Encoding;
  sheet?: string;
  dryRun: boolean;
}
export interface VendorImportFile {
  name: string;
  bytes: Uint8Array;
}

/** The file is read only after the caller is known to be allowed to change the organisation's ledger. */
export async function importVendors(
  deps: Deps,
  caller: Caller,
  orgId: string,
  read: () => Promise<{ file: VendorImportFile; opts: VendorImportOptions }>,
) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  const { file, opts } = await read();
  return importVendorsAs(deps, caller.actor, orgId, file, opts);
}

export async function importVendorsAs(deps: Deps, actor: Actor, orgId: string, file: VendorImportFile, opts: VendorImportOptions) {
  const table = await readTable(file.bytes, { format: opts.format, encoding: opts.encoding, sheet: opts.sheet, fileName: file.name });
  const rows: ImportRow[] = textRows(table);
  const about = { fileName: file.name, sha256: createHash('sha256').update(file.bytes).digest('hex'), ...tableOf(table) };
  const preview = planVendorImport(rows, await ledgerForImport(deps.db, orgId));
  if (opts.dryRun) return reportOf(about, preview, false);
  if (preview.problems.length) throw rowsRejected(reportOf(about, preview, false));
  if (nothingChanges(preview)) return reportOf(about, preview, false);
  return deps.db.transaction(async (tx) => {
    // planned again on the locked rows: what is written is what they hold now
    const plan = planVendorImport(rows, await ledgerForImport(tx, orgId, true));
    if (plan.problems.length) throw rowsRejected(reportOf(about, plan, false));
    if (nothingChanges(plan)) return reportOf(about, plan, false);
    const report = reportOf(about, plan, true);
    await writePlan(tx, actor, orgId, plan, report, deps.clock.now());
    return report;
  });
}

const tableOf = (t: Table) => ({ format: t.format, encoding: t.encoding, sheets: t.sheets, sheet: t.sheet });
type About = { fileName: string; sha256: string } & ReturnType<typeof tableOf>;

const nothingChanges = (plan: VendorImportPlan) => [...plan.vendors, ...plan.systems].every((r) => r.action === 'unchanged');

const PROBLEMS_SHOWN = 1000;

function reportOf(about: About, plan: VendorImportPlan, stored: boolean) {
  return {
    ...about,
    headerRow: plan.headerRow,
    ignored: plan.ignored,
    summary: importSummary(plan),
    changes: importPreview(plan),
    problems: plan.problems.slice(0, PROBLEMS_SHOWN),
    stored,
  };
}

/** Every created or changed vendor and system, audited with the actions of a manual edit (vendors.service.ts). */
async function writePlan(tx: Tx, actor: Actor, orgId: string, plan: VendorImportPlan, report: ReturnType<typeof reportOf>, now: Date) {
  const audit = (event: Omit<AuditInput, 'organizationId'>) => recordAudit(tx, actor, { organizationId: orgId, ...event }, now);
  const vendorIds = new Map<string, string>();
  const written = { vendorIds: [] as string[], systemIds: [] as string[] };
  for (const v of plan.vendors) {
    const id = await writeVendor(tx, actor.userId, orgId, v, now, audit);
    vendorIds.set(v.key, id);
    if (v.action !== 'unchanged') written.vendorIds.push(id);
  }
  for (const s of plan.systems) {
    const id = await writeSystem(tx, actor.userId, orgId, s, vendorIds.get(s.vendorKey) as string, now, audit);
    if (s.action !== 'unchanged') written.systemIds.push(id);
  }
  const { fileName, sha256, format, encoding, sheet, summary } = report;
  await audit({
    action: 'vendor.imported',
    targetType: 'vendors',
    targetId: null,
    after: { fileName, sha256, format, encoding, sheet, summary, ...written },
  });
}

type Audit = (event: Omit<AuditInput, 'organizationId'>) => Promise<void>;

async function writeVendor(tx: Tx, userId: string | null, orgId: string, v: PlannedVendor, now: Date, audit: Audit): Promise<string> {
  if (v.action === 'unchanged') return v.id as string;
  if (v.action === 'update') {
    const id = v.id as string;
    await updateVendor(tx, orgId, id, v.values, userId, now);
    await audit({ action: 'vendor.updated', targetType: 'vendor', targetId: id, before: v.before, after: v.values });
    return id;
  }
  const row = await insertVendor(tx, orgId, v.values, userId, now);
  // another vendor of the same folded name was registered meanwhile (the lock does not hold back inserts)
  if (!row) throw new AppError('CONFLICT', `事業者「${v.values.name}」がほかの人によって登録されました。もう一度取り込んでください。`);
  await audit({ action: 'vendor.created', targetType: 'vendor', targetId: row.id, after: v.values });
  return row.id;
}

async function writeSystem(tx: Tx, userId: string | null, orgId: string, s: PlannedSystem, vendorId: string, now: Date, audit: Audit) {
  if (s.action === 'unchanged') return s.id as string;
  if (s.action === 'update') {
    const id = s.id as string;
    await updateSystem(tx, orgId, id, s.values, userId, now);
    const event = { action: 'vendor.system_updated', targetType: 'vendor', targetId: vendorId } as const;
    await audit({ ...event, before: { id, ...s.before }, after: { id, ...s.values } });
    return id;
  }
  const row = await insertSystem(tx, orgId, vendorId, s.values, userId, now);
  await audit({ action: 'vendor.system_created', targetType: 'vendor', targetId: vendorId, after: { id: row.id, ...s.values } });
  return row.id;
}
