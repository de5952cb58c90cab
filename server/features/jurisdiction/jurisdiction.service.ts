// Use cases of jurisdictions. An office (保健所, 都道府県) sees the institutions it oversees — their name,
// kind, prefecture, code and beds, never their ledgers — to its members only (any other caller: 404,
// as for an institution, whose organisation has no jurisdiction). An institution sees its offices and
// may choose its 保健所 (管理者); a system administrator adds or removes a link (API and `mamori
// jurisdiction`). Each change is audited on both sides.

import { isOversight, type OversightKind, orgKindLabels } from '../../../domain/organization.ts';
import type { Db, Tx } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.record.ts';
import type { Caller } from '../caller.ts';
import { revokeWithLink } from '../live-access/live-access.service.ts';
import { authorizeOrg, isUuid, requireSystemAdmin } from '../orgs/orgs.policy.ts';
import { findOrgBySlug } from '../orgs/orgs.repo.ts';
import { deleteLink, insertLink, institutionsOf, type JurisdictionRow, linkOfKind, officesOf, officesOfKind } from './jurisdiction.repo.ts';
import { jurisdictionOverview, orgSummary } from './jurisdiction-overview.ts';

type Org = { id: string; slug: string; name: string; kind: string; prefecture: string | null };

const summary = orgSummary;
const linked = (link: JurisdictionRow) => ({ addedVia: link.addedVia, since: link.createdAt.toISOString() });

/** GET /orgs/:orgId/jurisdiction?fiscalYear=: the office's overview (jurisdiction-overview.ts). */
export const getJurisdiction = jurisdictionOverview;

/** GET /orgs/:orgId/oversight: an institution's offices, and the 保健所 it may choose (its prefecture's first). */
export async function getOversight(deps: Deps, caller: Caller, orgId: string) {
  const { org } = await authorizeOrg(deps.db, caller, orgId, 'org.read');
  if (isOversight(org.kind)) throw notFound('所管の保健所');
  const [offices, centers] = await Promise.all([officesOf(deps.db, orgId), officesOfKind(deps.db, 'health-center')]);
  const local = centers.filter((c) => !org.prefecture || c.prefecture === org.prefecture);
  return {
    offices: offices.map((r) => ({ ...summary(r.org), ...linked(r.link) })),
    choices: (local.length ? local : centers).map(summary),
  };
}

async function audited(
  tx: Tx,
  actor: Actor,
  action: 'jurisdiction.added' | 'jurisdiction.removed',
  office: Org,
  institution: Org,
  now: Date,
) {
  const about = { office: office.name, officeKind: office.kind, institution: institution.name };
  for (const side of [office, institution])
    await recordAudit(
      tx,
      actor,
      {
        organizationId: side.id,
        action,
        targetType: 'jurisdiction',
        targetId: side.id === office.id ? institution.id : office.id,
        ...(action === 'jurisdiction.added' ? { after: about } : { before: about }),
      },
      now,
    );
}

/** Links an institution to an office, replacing its office of that kind when `replace`. */
async function link(
  db: Db,
  actor: Actor,
  office: Org,
  institution: Org,
  via: 'admin' | 'institution',
  now: Date,
  replace: boolean,
): Promise<void> {
  if (!isOversight(office.kind))
    throw new AppError('VALIDATION', `${office.name} は保健所・都道府県ではありません。`, {
      fields: [{ field: 'office', message: '管轄する組織: 保健所または都道府県を選んでください' }],
    });
  if (isOversight(institution.kind))
    throw new AppError('VALIDATION', `${institution.name} は医療機関・薬局ではありません。`, {
      fields: [{ field: 'institution', message: '医療機関: 病院・診療所・薬局・助産所を選んでください' }],
    });
  const kind = office.kind as OversightKind;
  await db.transaction(async (tx) => {
    const current = await linkOfKind(tx, institution.id, kind);
    if (current?.oversightOrgId === office.id) return;
    if (current && !replace)
      throw new AppError('CONFLICT', `${institution.name} はすでに別の${orgKindLabels[kind].ja}の管轄です。先に外してください。`);
    if (current) {
      await deleteLink(tx, current.oversightOrgId, institution.id);
      const [previous] = (await officesOfKind(tx, kind)).filter((o) => o.id === current.oversightOrgId);
      if (previous) {
        await revokeWithLink(tx, actor, institution, previous, now);
        await audited(tx, actor, 'jurisdiction.removed', previous, institution, now);
      }
    }
    const row = await insertLink(tx, {
      oversightOrgId: office.id,
      institutionOrgId: institution.id,
      oversightKind: kind,
      addedVia: via,
      addedBy: actor.userId,
      createdAt: now,
    });
    if (!row) throw new AppError('CONFLICT', 'ほかの操作が先に管轄を変更しました。読み込み直してください。');
    await audited(tx, actor, 'jurisdiction.added', office, institution, now);
  });
}

async function unlink(db: Db, actor: Actor, office: Org, institution: Org, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const removed = await deleteLink(tx, office.id, institution.id);
    // an office that no longer oversees the institution keeps no grant that a new link would revive
    if (removed) await revokeWithLink(tx, actor, institution, office, now);
    if (removed) await audited(tx, actor, 'jurisdiction.removed', office, institution, now);
    return Boolean(removed);
  });
}

/** PUT /orgs/:orgId/oversight { healthCenterId | null }: the institution chooses its 保健所 (管理者). */
export async function chooseHealthCenter(deps: Deps, caller: Caller, orgId: string, raw: { healthCenterId?: unknown }) {
  // the institution's own administrators decide where its submissions go (a system administrator links by the admin routes)
  const { org } = await authorizeOrg(deps.db, caller, orgId, 'org.sign');
  if (isOversight(org.kind)) throw notFound('所管の保健所');
  const id = raw.healthCenterId;
  const now = deps.clock.now();
  if (id === null || id === undefined || id === '') {
    const [current] = (await officesOf(deps.db, orgId)).filter((r) => r.link.oversightKind === 'health-center');
    if (current) await unlink(deps.db, caller.actor, current.org, org, now);
    return getOversight(deps, caller, orgId);
  }
  const center =
    typeof id === 'string' && isUuid(id) ? (await officesOfKind(deps.db, 'health-center')).find((c) => c.id === id) : undefined;
  if (!center)
    throw new AppError('VALIDATION', '保健所: 一覧から選んでください', {
      fields: [{ field: 'healthCenterId', message: '保健所: 一覧から選んでください' }],
    });
  await link(deps.db, caller.actor, center, org, 'institution', now, true);
  return getOversight(deps, caller, orgId);
}

async function bySlug(db: Db, slug: string, what: string) {
  const org = await findOrgBySlug(db, slug);
  if (!org) throw new AppError('NOT_FOUND', `${what} ${slug} が見つかりません。`);
  return org;
}

/** A system administrator (or the CLI's operator) adds an institution to an office's jurisdiction. */
export async function addToJurisdictionAs(deps: Deps, actor: Actor, officeSlug: string, institutionSlug: string) {
  const [office, institution] = [await bySlug(deps.db, officeSlug, '組織'), await bySlug(deps.db, institutionSlug, '医療機関')];
  await link(deps.db, actor, office, institution, 'admin', deps.clock.now(), false);
  return { office: summary(office), institution: summary(institution) };
}

export async function removeFromJurisdictionAs(deps: Deps, actor: Actor, officeSlug: string, institutionSlug: string) {
  const [office, institution] = [await bySlug(deps.db, officeSlug, '組織'), await bySlug(deps.db, institutionSlug, '医療機関')];
  if (!(await unlink(deps.db, actor, office, institution, deps.clock.now())))
    throw new AppError('NOT_FOUND', `${institution.name} は ${office.name} の管轄にありません。`);
  return { office: summary(office), institution: summary(institution) };
}

/** The institutions of an office by its slug (`mamori jurisdiction list`). */
export async function jurisdictionOf(deps: Deps, officeSlug: string) {
  const office = await bySlug(deps.db, officeSlug, '組織');
  if (!isOversight(office.kind)) throw new AppError('VALIDATION', `${office.name} は保健所・都道府県ではありません。`);
  return (await institutionsOf(deps.db, office.id)).map((r) => ({ ...summary(r.org), ...linked(r.link) }));
}

export async function addToJurisdiction(deps: Deps, caller: Caller, raw: { office?: unknown; institution?: unknown }) {
  requireSystemAdmin(caller.user);
  return addToJurisdictionAs(deps, caller.actor, String(raw.office ?? ''), String(raw.institution ?? ''));
}

export async function removeFromJurisdiction(deps: Deps, caller: Caller, raw: { office?: unknown; institution?: unknown }) {
  requireSystemAdmin(caller.user);
  return removeFromJurisdictionAs(deps, caller.actor, String(raw.office ?? ''), String(raw.institution ?? ''));
}
