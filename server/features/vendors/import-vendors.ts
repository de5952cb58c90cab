// Use case: import the 事業者台帳 from a CSV (UTF-8 / CP932) or .xlsx file, all or nothing. The plan
// (domain/vendors/vendor-import.ts) says what would change; dryRun returns it as a preview. The import
// plans again inside its transaction on the locked rows and writes every vendor and system there, each
// audited as a manual edit is, plus one `vendor.imported` event — or, with any problem, nothing.
import {
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
import { type LedgerImportFile, type LedgerImportOptions, type LedgerImportReport, runLedgerImport } from '../imports/ledger-import.ts';
import { authorizeOrg } from '../orgs/orgs.policy.ts';
import { ledgerForImport } from './vendor-import.repo.ts';
import { insertSystem, insertVendor, updateSystem, updateVendor } from './vendors.repo.ts';

export type VendorImportOptions = LedgerImportOptions;
export type VendorImportFile = LedgerImportFile;

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

export function importVendorsAs(deps: Deps, actor: Actor, orgId: string, file: VendorImportFile, opts: VendorImportOptions) {
  return runLedgerImport(deps, file, opts, {
    plan: async (db, rows, forUpdate) => planVendorImport(rows, await ledgerForImport(db, orgId, forUpdate)),
    unchanged: (plan: VendorImportPlan) => [...plan.vendors, ...plan.systems].every((r) => r.action === 'unchanged'),
    summary: importSummary,
    changes: importPreview,
    write: (tx, plan, report) => writePlan(tx, actor, orgId, plan, report, deps.clock.now()),
  });
}

type Report = LedgerImportReport<VendorImportPlan, ReturnType<typeof importSummary>, ReturnType<typeof importPreview>>;

/** Every created or changed vendor and system, audited with the actions of a manual edit (vendors.service.ts). */
async function writePlan(tx: Tx, actor: Actor, orgId: string, plan: VendorImportPlan, report: Report, now: Date) {
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
