// Use cases of the 事業者 ledger: list, read with history, register a vendor and its systems, change
// them (version-checked). Nothing is deleted: a vendor or system no longer used becomes 取引終了.
// Members read; 担当者 and 管理者 change; every change audited. The contact, devices and 外部接続点 a
// vendor or system names must be the organisation's own.
import type { z } from 'zod';
import { todayJst } from '../../../domain/dates/fiscal-year.ts';
import { checkSystem, checkVendor, type Problem, type SystemValues, type VendorValues } from '../../../domain/vendors/vendor.ts';
import type { Tx } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.record.ts';
import { rowHistory } from '../audit/row-history.ts';
import type { Caller } from '../caller.ts';
import { authorizeOrg, isUuid } from '../orgs/orgs.policy.ts';
import { chartVendorsToAdopt } from './from-chart.ts';
import { presentSystem, presentVendor, type RowLabels, valuesOfSystem, valuesOfVendor } from './vendors.present.ts';
import {
  type DisclosureRow,
  findSystem,
  findVendor,
  insertSystem,
  insertVendor,
  listDisclosures,
  listSystems,
  listVendors,
  rowLabels,
  type SystemRow,
  updateSystem,
  updateVendor,
  type VendorRow,
} from './vendors.repo.ts';
import type { systemInputSchema, systemUpdateSchema, vendorInputSchema, vendorUpdateSchema } from './vendors.schemas.ts';

type VendorInput = z.output<typeof vendorInputSchema>;
type VendorUpdate = z.output<typeof vendorUpdateSchema>;
type SystemInput = z.output<typeof systemInputSchema>;
type SystemUpdate = z.output<typeof systemUpdateSchema>;

const invalid = (problems: Problem[]) => new AppError('VALIDATION', problems.map((p) => p.message).join(' / '), { fields: problems });
const conflict = (what: string) =>
  new AppError('CONFLICT', `ほかの人が先にこの${what}を変更しました。読み込み直してから、もう一度変更してください。`);
const duplicate = (name: string) =>
  new AppError('CONFLICT', `事業者「${name}」は既に登録されています (株式会社などの表記の違いは同じ会社として扱います)。`, {
    fields: [{ field: 'name', message: '既に登録されている事業者です' }],
  });

export async function listVendorsOf(deps: Deps, caller: Caller, orgId: string) {
  await authorizeOrg(deps.db, caller, orgId, 'org.read');
  return { vendors: await vendorsOf(deps, orgId), fromChart: await chartVendorsToAdopt(deps.db, orgId) };
}

/** The organisation's vendors with their systems (the CLI's list, after its own check of the organisation). */
export async function vendorsOf(deps: Deps, orgId: string) {
  const [rows, systems, disclosures] = await Promise.all([
    listVendors(deps.db, orgId),
    listSystems(deps.db, orgId),
    listDisclosures(deps.db, orgId),
  ]);
  const today = todayJst(deps.clock.now());
  const labels = await labelsFor(deps.db, orgId, rows, systems, disclosures);
  return rows.map((v) =>
    presentVendor(
      v,
      systems.filter((s) => s.vendorId === v.id),
      today,
      labels,
      disclosures,
    ),
  );
}

/** The names of every device, 外部接続点, contact and file these vendors and systems refer to, in one go. */
const labelsFor = (db: Deps['db'] | Tx, orgId: string, rows: VendorRow[], systems: SystemRow[], disclosures: DisclosureRow[]) =>
  rowLabels(db, orgId, {
    devices: [...new Set(systems.flatMap((s) => s.deviceIds))],
    connections: [...new Set(systems.flatMap((s) => s.connectionIds))],
    contacts: rows.flatMap((r) => (r.contactEntryId ? [r.contactEntryId] : [])),
    evidence: disclosures.flatMap((d) => (d.evidenceId ? [d.evidenceId] : [])),
  });

export async function getVendor(deps: Deps, caller: Caller, orgId: string, id: string) {
  await authorizeOrg(deps.db, caller, orgId, 'org.read');
  const row = isUuid(id) ? await findVendor(deps.db, orgId, id) : undefined;
  if (!row) throw notFound('事業者');
  const systems = await listSystems(deps.db, orgId, id);
  const disclosures = await listDisclosures(deps.db, orgId, { vendorId: id });
  const labels = await labelsFor(deps.db, orgId, [row], systems, disclosures);
  return {
    vendor: presentVendor(row, systems, todayJst(deps.clock.now()), labels, disclosures),
    history: await rowHistory(deps.db, orgId, 'vendor', id),
  };
}

async function vendorValues(deps: Deps, orgId: string, input: VendorInput): Promise<VendorValues> {
  const checked = checkVendor(input);
  if (!checked.ok) throw invalid(checked.problems);
  const { contactEntryId } = checked.values;
  if (contactEntryId && !(await rowLabels(deps.db, orgId, { devices: [], connections: [], contacts: [contactEntryId] })).contacts.size)
    throw invalid([{ field: 'contactEntryId', message: '連絡体制図の連絡先: この組織の連絡体制図にありません' }]);
  return checked.values;
}

/** The system's values from a request, with the names of the rows it uses (all the organisation's, or refused). */
async function systemValues(deps: Deps, orgId: string, input: SystemInput): Promise<{ values: SystemValues; labels: RowLabels }> {
  const checked = checkSystem(input);
  if (!checked.ok) throw invalid(checked.problems);
  const { deviceIds, connectionIds } = checked.values;
  const owned = await rowLabels(deps.db, orgId, { devices: deviceIds, connections: connectionIds, contacts: [] });
  const problems: Problem[] = [];
  if (deviceIds.some((id) => !owned.devices.has(id)))
    problems.push({ field: 'deviceIds', message: '使う機器: 機器台帳にない機器があります' });
  if (connectionIds.some((id) => !owned.connections.has(id)))
    problems.push({ field: 'connectionIds', message: '使う外部接続点: 登録されていない外部接続点があります' });
  if (problems.length) throw invalid(problems);
  return { values: checked.values, labels: owned };
}

export async function createVendor(deps: Deps, caller: Caller, orgId: string, input: VendorInput) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  return registerVendor(deps, caller.actor, caller.user.id, orgId, input);
}

/** Registers a vendor for whoever acts (a member through the API, an administrator through the CLI). */
export async function registerVendor(deps: Deps, actor: Actor, userId: string | null, orgId: string, input: VendorInput) {
  const values = await vendorValues(deps, orgId, input);
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const row = await insertVendor(tx, orgId, values, userId, now);
    if (!row) throw duplicate(values.name);
    await recordAudit(
      tx,
      actor,
      { organizationId: orgId, action: 'vendor.created', targetType: 'vendor', targetId: row.id, after: values },
      now,
    );
    return presentVendor(row, [], todayJst(now));
  });
}

export async function updateVendorOf(deps: Deps, caller: Caller, orgId: string, id: string, input: VendorUpdate) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  if (!isUuid(id)) throw notFound('事業者');
  const values = await vendorValues(deps, orgId, input);
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const current = await findVendor(tx, orgId, id, true);
    if (!current) throw notFound('事業者');
    if (current.version !== input.version) throw conflict('事業者');
    // another vendor of the same folded name: the unique index decides, also between two saves at once
    const row = await updateVendor(tx, orgId, id, values, caller.user.id, now).catch((err: unknown) => {
      throw isUniqueViolation(err, 'vendors_name_key') ? duplicate(values.name) : err;
    });
    await recordAudit(
      tx,
      caller.actor,
      {
        organizationId: orgId,
        action: 'vendor.updated',
        targetType: 'vendor',
        targetId: id,
        before: valuesOfVendor(current),
        after: values,
      },
      now,
    );
    const systems = await listSystems(tx, orgId, id);
    const disclosures = await listDisclosures(tx, orgId, { vendorId: id });
    return presentVendor(row, systems, todayJst(now), await labelsFor(tx, orgId, [row], systems, disclosures), disclosures);
  });
}

export async function createSystem(deps: Deps, caller: Caller, orgId: string, vendorId: string, input: SystemInput) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  return addSystem(deps, caller.actor, caller.user.id, orgId, vendorId, input);
}

/** Adds a system to a vendor for whoever acts (a member through the API, an administrator through the CLI). */
export async function addSystem(deps: Deps, actor: Actor, userId: string | null, orgId: string, vendorId: string, input: SystemInput) {
  if (!isUuid(vendorId)) throw notFound('事業者');
  const { values, labels } = await systemValues(deps, orgId, input);
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    if (!(await findVendor(tx, orgId, vendorId, true))) throw notFound('事業者');
    const row = await insertSystem(tx, orgId, vendorId, values, userId, now);
    await recordAudit(
      tx,
      actor,
      {
        organizationId: orgId,
        action: 'vendor.system_created',
        targetType: 'vendor',
        targetId: vendorId,
        after: { id: row.id, ...values },
      },
      now,
    );
    return presentSystem(row, todayJst(now), labels);
  });
}

export async function updateSystemOf(deps: Deps, caller: Caller, orgId: string, vendorId: string, id: string, input: SystemUpdate) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  if (!isUuid(vendorId) || !isUuid(id)) throw notFound('システム');
  const { values, labels } = await systemValues(deps, orgId, input);
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const current = await findSystem(tx, orgId, vendorId, id, true);
    if (!current) throw notFound('システム');
    if (current.version !== input.version) throw conflict('システム');
    const row = await updateSystem(tx, orgId, id, values, caller.user.id, now);
    await recordAudit(
      tx,
      caller.actor,
      {
        organizationId: orgId,
        action: 'vendor.system_updated',
        targetType: 'vendor',
        targetId: vendorId,
        before: { id, ...valuesOfSystem(current) },
        after: { id, ...values },
      },
      now,
    );
    const disclosures = await listDisclosures(tx, orgId, { systemId: id });
    const files = await rowLabels(tx, orgId, {
      devices: [],
      connections: [],
      contacts: [],
      evidence: disclosures.flatMap((d) => (d.evidenceId ? [d.evidenceId] : [])),
    });
    return presentSystem(row, todayJst(now), { ...labels, evidence: files.evidence }, disclosures);
  });
}
