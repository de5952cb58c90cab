// Use cases: record an MDS/SDS a vendor gave for one of its systems, and change the record (its annex
// answers above all). The file is uploaded to the evidence store first and referred to here: it must
// be the organisation's and not deleted. 担当者 and 管理者 write; every change audited; version-checked.
import type { z } from 'zod';
import { todayJst } from '../../../domain/dates/fiscal-year.ts';
import { checkDisclosure, type DisclosureValues } from '../../../domain/vendors/disclosure.ts';
import type { Problem } from '../../../domain/vendors/vendor.ts';
import type { Tx } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.record.ts';
import type { Caller } from '../caller.ts';
import { authorizeOrg, isUuid } from '../orgs/orgs.policy.ts';
import { presentSystem, valuesOfDisclosure } from './vendors.present.ts';
import { findDisclosure, findSystem, insertDisclosure, listDisclosures, rowLabels, updateDisclosure } from './vendors.repo.ts';
import type { disclosureInputSchema, disclosureUpdateSchema } from './vendors.schemas.ts';

type DisclosureInput = z.output<typeof disclosureInputSchema>;
type DisclosureUpdate = z.output<typeof disclosureUpdateSchema>;

const invalid = (problems: Problem[]) => new AppError('VALIDATION', problems.map((p) => p.message).join(' / '), { fields: problems });

async function disclosureValues(deps: Deps, orgId: string, input: DisclosureInput): Promise<DisclosureValues> {
  const checked = checkDisclosure(input);
  if (!checked.ok) throw invalid(checked.problems);
  const { evidenceId } = checked.values;
  if (
    evidenceId &&
    !(await rowLabels(deps.db, orgId, { devices: [], connections: [], contacts: [], evidence: [evidenceId] })).evidence.size
  )
    throw invalid([{ field: 'evidenceId', message: 'ファイル: この組織の証跡にありません (削除されたか、別の組織のファイルです)' }]);
  return checked.values;
}

/** The system as presented after the change, with all its MDS/SDS. */
async function systemAfter(tx: Tx, orgId: string, vendorId: string, systemId: string, now: Date) {
  const system = await findSystem(tx, orgId, vendorId, systemId);
  if (!system) throw notFound('システム');
  const disclosures = await listDisclosures(tx, orgId, { systemId });
  const labels = await rowLabels(tx, orgId, {
    devices: system.deviceIds,
    connections: system.connectionIds,
    contacts: [],
    evidence: disclosures.flatMap((d) => (d.evidenceId ? [d.evidenceId] : [])),
  });
  return presentSystem(system, todayJst(now), labels, disclosures);
}

export async function createDisclosure(
  deps: Deps,
  caller: Caller,
  orgId: string,
  vendorId: string,
  systemId: string,
  input: DisclosureInput,
) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  if (!isUuid(vendorId) || !isUuid(systemId)) throw notFound('システム');
  const values = await disclosureValues(deps, orgId, input);
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    if (!(await findSystem(tx, orgId, vendorId, systemId, true))) throw notFound('システム');
    const row = await insertDisclosure(tx, orgId, { vendorId, systemId }, values, caller.user.id, now);
    await recordAudit(
      tx,
      caller.actor,
      {
        organizationId: orgId,
        action: 'vendor.disclosure_created',
        targetType: 'vendor',
        targetId: vendorId,
        after: { id: row.id, systemId, ...values },
      },
      now,
    );
    return systemAfter(tx, orgId, vendorId, systemId, now);
  });
}

export async function updateDisclosureOf(
  deps: Deps,
  caller: Caller,
  orgId: string,
  at: { vendorId: string; systemId: string; disclosureId: string },
  input: DisclosureUpdate,
) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  const { vendorId, systemId, disclosureId } = at;
  if (![vendorId, systemId, disclosureId].every(isUuid)) throw notFound('MDS/SDS');
  const values = await disclosureValues(deps, orgId, input);
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    if (!(await findSystem(tx, orgId, vendorId, systemId))) throw notFound('MDS/SDS');
    const current = await findDisclosure(tx, orgId, systemId, disclosureId, true);
    if (!current) throw notFound('MDS/SDS');
    if (current.version !== input.version) {
      throw new AppError('CONFLICT', 'ほかの人が先にこの MDS/SDS の記録を変更しました。読み込み直してから、もう一度変更してください。');
    }
    await updateDisclosure(tx, orgId, disclosureId, values, caller.user.id, now);
    await recordAudit(
      tx,
      caller.actor,
      {
        organizationId: orgId,
        action: 'vendor.disclosure_updated',
        targetType: 'vendor',
        targetId: vendorId,
        before: { id: disclosureId, systemId, ...valuesOfDisclosure(current) },
        after: { id: disclosureId, systemId, ...values },
      },
      now,
    );
    return systemAfter(tx, orgId, vendorId, systemId, now);
  });
}
