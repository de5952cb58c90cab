// Use cases of 立入検査の閲覧許可. An institution's administrators (org.sign) let the 保健所 it is linked
// to read its live records for a set time and may revoke it; its members see the grants and every read
// made under them (the audit events the request recorded: record-view.ts). The office sees, in its
// overview, which institutions have opened or will open their records, and its inspectors find them in
// their session. Granting and revoking are audited on both sides; the reads on the institution's.

import { grantPeriod, grantState, viewedArea } from '../../../domain/live-access.ts';
import { isOversight } from '../../../domain/organization.ts';
import type { Tx } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.record.ts';
import type { Caller } from '../caller.ts';
import { officesOf } from '../jurisdiction/jurisdiction.repo.ts';
import { authorizeOrg, isUuid } from '../orgs/orgs.policy.ts';
import {
  findGrant,
  type GrantRow,
  grantedToUser,
  grantsOf,
  insertGrant,
  revokeGrant,
  revokeGrantsBetween,
  viewsOf,
} from './live-access.repo.ts';

const VIEWS_SHOWN = 500;

const presentGrant = (g: GrantRow, officeName: string, now: Date) => ({
  id: g.id,
  officeId: g.officeOrgId,
  officeName,
  startsAt: g.startsAt.toISOString(),
  endsAt: g.endsAt.toISOString(),
  note: g.note,
  state: grantState(g, now),
  grantedBy: g.grantedByName,
  grantedAt: g.createdAt.toISOString(),
  revokedAt: g.revokedAt?.toISOString() ?? null,
  revokedBy: g.revokedByName,
});

async function institutionOf(deps: Deps, caller: Caller, orgId: string, action: 'org.read' | 'org.sign') {
  const access = await authorizeOrg(deps.db, caller, orgId, action);
  // an office has no records to open; an inspector reading under a grant does not see the grants
  if (isOversight(access.org.kind) || access.grant) throw notFound('閲覧許可');
  return access.org;
}

/** GET /orgs/:orgId/live-access: the offices that may be granted, the grants (newest first) and the reads under them. */
export async function listGrants(deps: Deps, caller: Caller, orgId: string) {
  await institutionOf(deps, caller, orgId, 'org.read');
  const now = deps.clock.now();
  const [offices, grants] = [await officesOf(deps.db, orgId), await grantsOf(deps.db, orgId)];
  const views = await viewsOf(
    deps.db,
    orgId,
    grants.map((g) => g.grant.id),
    VIEWS_SHOWN,
  );
  return {
    offices: offices.map((o) => ({ id: o.org.id, name: o.org.name, kind: o.org.kind })),
    grants: grants.map((g) => presentGrant(g.grant, g.officeName, now)),
    views: views.map((v) => {
      const after = (v.after ?? {}) as { path?: string; area?: string };
      return {
        grantId: v.grantId ?? '',
        who: v.actorLabel,
        at: v.occurredAt.toISOString(),
        path: typeof after.path === 'string' ? after.path : '',
        area: typeof after.area === 'string' ? after.area : '',
      };
    }),
    viewsShown: VIEWS_SHOWN,
  };
}

async function auditBothSides(
  now: Date,
  tx: Parameters<typeof recordAudit>[0],
  actor: Actor,
  action: 'live_access.granted' | 'live_access.revoked',
  grant: GrantRow,
  institutionName: string,
  officeName: string,
) {
  const about = {
    institution: institutionName,
    office: officeName,
    startsAt: grant.startsAt.toISOString(),
    endsAt: grant.endsAt.toISOString(),
    note: grant.note,
  };
  for (const organizationId of [grant.organizationId, grant.officeOrgId])
    await recordAudit(tx, actor, { organizationId, action, targetType: 'live_access', targetId: grant.id, after: about }, now);
}

/** POST /orgs/:orgId/live-access { officeId, startsAt, endsAt, note }: opens the live records to the office for the period. */
export async function createGrant(
  deps: Deps,
  caller: Caller,
  orgId: string,
  raw: { officeId?: string | undefined; startsAt?: string | undefined; endsAt?: string | undefined; note?: string | undefined },
) {
  const org = await institutionOf(deps, caller, orgId, 'org.sign');
  const now = deps.clock.now();
  const offices = await officesOf(deps.db, orgId);
  const office = raw.officeId ? offices.find((o) => o.org.id === raw.officeId) : offices.length === 1 ? offices[0] : undefined;
  const fields: { field: string; message: string }[] = [];
  if (!office)
    fields.push({
      field: 'officeId',
      message: offices.length
        ? '保健所: 所管の保健所・都道府県から選んでください'
        : '保健所: 所管の保健所が登録されていません (先に選んでください)',
    });
  const period = grantPeriod(raw.startsAt ?? '', raw.endsAt ?? '', now);
  if (!period.ok) fields.push(...period.fields);
  const note = (raw.note ?? '').normalize('NFKC').trim();
  if (note.length > 200) fields.push({ field: 'note', message: '目的・メモ: 200 文字以内で入力してください' });
  if (fields.length || !office || !period.ok) throw new AppError('VALIDATION', fields.map((f) => f.message).join('。'), { fields });
  return deps.db.transaction(async (tx) => {
    const grant = await insertGrant(tx, {
      organizationId: orgId,
      officeOrgId: office.org.id,
      startsAt: period.startsAt,
      endsAt: period.endsAt,
      note,
      grantedBy: caller.user.id,
      grantedByName: caller.user.displayName,
      createdAt: now,
    });
    await auditBothSides(now, tx, caller.actor, 'live_access.granted', grant, org.name, office.org.name);
    return presentGrant(grant, office.org.name, now);
  });
}

/** POST /orgs/:orgId/live-access/:grantId/revoke: ends a grant now (a second revocation: 409). */
export async function revokeGrantOf(deps: Deps, caller: Caller, orgId: string, grantId: string) {
  const org = await institutionOf(deps, caller, orgId, 'org.sign');
  const existing = isUuid(grantId) ? await findGrant(deps.db, orgId, grantId) : undefined;
  if (!existing) throw notFound('閲覧許可');
  const now = deps.clock.now();
  if (grantState(existing.grant, now) === 'ended') throw new AppError('CONFLICT', 'この閲覧許可はすでに終了しています。');
  const { officeName } = existing;
  return deps.db.transaction(async (tx) => {
    const grant = await revokeGrant(tx, orgId, grantId, now, caller.user.displayName);
    if (!grant) throw new AppError('CONFLICT', 'この閲覧許可はすでに取り消されています。');
    await auditBothSides(now, tx, caller.actor, 'live_access.revoked', grant, org.name, officeName);
    return presentGrant(grant, officeName, now);
  });
}

/** The jurisdiction link between them is going: every open grant ends now, each audited on both sides. */
export async function revokeWithLink(
  tx: Tx,
  actor: Actor,
  institution: { id: string; name: string },
  office: { id: string; name: string },
  now: Date,
) {
  for (const grant of await revokeGrantsBetween(tx, institution.id, office.id, now, actor.label))
    await auditBothSides(now, tx, actor, 'live_access.revoked', grant, institution.name, office.name);
}

/** The institutions the user may read now under a grant (the session's list: the web opens them read-only). */
export async function liveAccessOf(deps: Deps, userId: string) {
  const rows = await grantedToUser(deps.db, userId, deps.clock.now());
  // overlapping grants (one given to extend another): the institution once, with the latest end
  const byOrg = new Map<string, (typeof rows)[number]>();
  for (const r of rows) {
    const seen = byOrg.get(r.org.id);
    if (!seen || r.grant.endsAt > seen.grant.endsAt) byOrg.set(r.org.id, r);
  }
  return [...byOrg.values()].map((r) => ({ ...r.org, role: 'viewer' as const, grantId: r.grant.id, endsAt: r.grant.endsAt.toISOString() }));
}

/** The audit event of one read under a grant, in the institution's trail (fails the request if it cannot be written). */
export async function recordGrantedRead(deps: Deps, actor: Actor, orgId: string, grantId: string, path: string, status: number) {
  await deps.db.transaction(async (tx) => {
    await recordAudit(
      tx,
      actor,
      {
        organizationId: orgId,
        action: 'live_access.viewed',
        targetType: 'live_access',
        targetId: grantId,
        after: { path: path.slice(0, 300), area: viewedArea(path), status },
      },
      deps.clock.now(),
    );
  });
}
