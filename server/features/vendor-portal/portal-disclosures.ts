// MDS/SDS given by the person at the vendor: for each system of one of their invitations, the records
// the institution keeps (kind, JAHIS version, date, product version, file name) and what the system
// still lacks; and a new document uploaded with its header. The file goes into the institution's
// evidence store and the record into its 事業者台帳, in one transaction, audited in its trail. The
// annex answers are left to the institution (read from the vendor's sheet and checked there). Nothing
// else of the ledger (devices, connection points, contract) is shown to the vendor.
import { checkDisclosure } from '../../../domain/vendors/disclosure.ts';
import type { Deps } from '../../deps.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.record.ts';
import type { Caller } from '../caller.ts';
import { checkUpload, storeEvidenceIn, type Upload } from '../evidence/evidence.service.ts';
import { isUuid } from '../orgs/orgs.policy.ts';
import { disclosureState } from '../vendors/vendors.present.ts';
import { findSystem, insertDisclosure, listDisclosures, listSystems, rowLabels } from '../vendors/vendors.repo.ts';
import { myInvitationRow } from './forms.repo.ts';
import { holdMyInvitation } from './invitations.repo.ts';
import { systemsNamed } from './portal.service.ts';

async function myInvitation(deps: Deps, caller: Caller, invitationId: string) {
  const row = isUuid(invitationId) ? await myInvitationRow(deps.db, caller.user.id, invitationId) : undefined;
  if (!row) throw notFound('招待');
  return row;
}

/** The systems of the invitation with their MDS/SDS as the institution keeps them. */
export async function disclosuresOfMyInvitation(deps: Deps, caller: Caller, invitationId: string) {
  const i = await myInvitation(deps, caller, invitationId);
  const orgId = i.organizationId;
  const all = await listSystems(deps.db, orgId, i.vendorId);
  const named = new Set(systemsNamed(i, all).map((s) => s.id));
  const systems = all.filter((s) => named.has(s.id));
  const disclosures = await listDisclosures(deps.db, orgId, { vendorId: i.vendorId });
  const evidence = disclosures.flatMap((d) => (d.evidenceId ? [d.evidenceId] : []));
  const labels = await rowLabels(deps.db, orgId, { devices: [], connections: [], contacts: [], evidence });
  return systems.map((s) => {
    const { own, current, problems } = disclosureState(s, labels, disclosures);
    return {
      id: s.id,
      name: s.name,
      kind: s.kind,
      /** the version the institution uses */
      currentVersion: s.currentVersion,
      disclosures: own
        .map((d) => ({
          id: d.id,
          kind: d.kind,
          jahisVersion: d.jahisVersion,
          issuedOn: d.issuedOn,
          productVersion: d.productVersion,
          fileName: d.evidenceId ? (labels.evidence.get(d.evidenceId) ?? null) : null,
          current: current.includes(d),
          recordedAt: d.createdAt.toISOString(),
        }))
        .sort((a, b) => (b.issuedOn ?? '').localeCompare(a.issuedOn ?? '')),
      /** what the institution still lacks for this system (Mamori's rule, not the 手引き's) */
      problems: problems.map((p) => p.message),
    };
  });
}

export interface DisclosureHeader {
  kind?: unknown;
  jahisVersion?: unknown;
  issuedOn?: unknown;
  productVersion?: unknown;
  note?: unknown;
}

/** A new MDS/SDS for one system of the invitation: its file and header. */
export async function submitMyDisclosure(
  deps: Deps,
  caller: Caller,
  at: { invitationId: string; systemId: string },
  read: () => Promise<{ upload: Upload; header: DisclosureHeader }>,
) {
  const i = await myInvitation(deps, caller, at.invitationId);
  const orgId = i.organizationId;
  const inInvitation = systemsNamed(i, await listSystems(deps.db, orgId, i.vendorId)).some((s) => s.id === at.systemId);
  if (!isUuid(at.systemId) || !inInvitation) throw notFound('システム');
  const { upload, header } = await read();
  const checked = checkDisclosure({ ...header, evidenceId: null, answers: {} });
  if (!checked.ok) throw new AppError('VALIDATION', checked.problems.map((p) => p.message).join(' / '), { fields: checked.problems });
  const file = await checkUpload(deps, upload);
  await deps.db.transaction(async (tx) => {
    // revoked meanwhile: nothing is written; revoked from now on: the revocation waits for this
    if (!(await holdMyInvitation(tx, caller.user.id, i.id))) throw notFound('招待');
    const now = deps.clock.now();
    if (!(await findSystem(tx, orgId, i.vendorId, at.systemId, true))) throw notFound('システム');
    const stored = await storeEvidenceIn(tx, caller, orgId, file, now);
    const values = { ...checked.values, evidenceId: stored.id };
    const row = await insertDisclosure(tx, orgId, { vendorId: i.vendorId, systemId: at.systemId }, values, caller.user.id, now);
    await recordAudit(
      tx,
      caller.actor,
      {
        organizationId: orgId,
        action: 'vendor.disclosure_created',
        targetType: 'vendor',
        targetId: i.vendorId,
        after: { id: row.id, systemId: at.systemId, invitationId: i.id, ...values },
      },
      now,
    );
  });
  return { systems: await disclosuresOfMyInvitation(deps, caller, at.invitationId) };
}
