// SQL of 立入検査の閲覧許可 (live read access grants): the grant in force for a user and an institution
// (a fragment of the session lookup), an institution's grants, an office's, and the views recorded under one.
import { and, desc, eq, gt, inArray, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../db/client.ts';
import { auditEvents, jurisdictions, liveAccessGrants, memberships, organizations } from '../../db/schema.ts';

type Q = Db | Tx;
export type GrantRow = typeof liveAccessGrants.$inferSelect;

/** the office roles a grant lets read: its 検査担当 and 管理者 (an office's 閲覧者 sees submissions only) */
export const GRANTED_ROLES = ['admin', 'editor'] as const;

/**
 * The id of the grant that lets `userId` read `orgId` at `now` (null: none): in force (started, not
 * ended — the end is exclusive — not revoked), given to an office the user is a 検査担当 or 管理者 of,
 * and that office still overseeing the institution.
 */
export const grantInForce = (orgId: AnyPgColumn | SQL, userId: AnyPgColumn | SQL, now: SQL): SQL<string | null> => sql<
  string | null
>`(select g.id from live_access_grants g
    join memberships m on m.organization_id = g.office_org_id and m.user_id = ${userId} and m.role in ('admin', 'editor')
    join jurisdictions j on j.oversight_org_id = g.office_org_id and j.institution_org_id = g.organization_id
    where g.organization_id = ${orgId} and g.revoked_at is null and g.starts_at <= ${now} and g.ends_at > ${now}
    order by g.ends_at desc limit 1)`;

export async function insertGrant(db: Q, values: typeof liveAccessGrants.$inferInsert): Promise<GrantRow> {
  const [row] = await db.insert(liveAccessGrants).values(values).returning();
  if (!row) throw new Error('insert live_access_grants returned nothing');
  return row;
}

/** An institution's grants, newest first. */
export async function grantsOf(db: Q, orgId: string): Promise<{ grant: GrantRow; officeName: string }[]> {
  return db
    .select({ grant: liveAccessGrants, officeName: organizations.name })
    .from(liveAccessGrants)
    .innerJoin(organizations, eq(organizations.id, liveAccessGrants.officeOrgId))
    .where(eq(liveAccessGrants.organizationId, orgId))
    .orderBy(desc(liveAccessGrants.startsAt), desc(liveAccessGrants.createdAt));
}

export async function findGrant(db: Q, orgId: string, id: string): Promise<{ grant: GrantRow; officeName: string } | undefined> {
  const [row] = await db
    .select({ grant: liveAccessGrants, officeName: organizations.name })
    .from(liveAccessGrants)
    .innerJoin(organizations, eq(organizations.id, liveAccessGrants.officeOrgId))
    .where(and(eq(liveAccessGrants.organizationId, orgId), eq(liveAccessGrants.id, id)));
  return row;
}

/** Revokes a grant not revoked yet (one conditional update: two revocations make one). */
export async function revokeGrant(db: Q, orgId: string, id: string, now: Date, byName: string): Promise<GrantRow | undefined> {
  const [row] = await db
    .update(liveAccessGrants)
    .set({ revokedAt: now, revokedByName: byName })
    .where(and(eq(liveAccessGrants.organizationId, orgId), eq(liveAccessGrants.id, id), isNull(liveAccessGrants.revokedAt)))
    .returning();
  return row;
}

/** Revokes every open grant between an institution and an office (the link between them is going). */
export async function revokeGrantsBetween(db: Q, orgId: string, officeOrgId: string, now: Date, byName: string): Promise<GrantRow[]> {
  return db
    .update(liveAccessGrants)
    .set({ revokedAt: now, revokedByName: byName })
    .where(
      and(
        eq(liveAccessGrants.organizationId, orgId),
        eq(liveAccessGrants.officeOrgId, officeOrgId),
        isNull(liveAccessGrants.revokedAt),
        gt(liveAccessGrants.endsAt, now),
      ),
    )
    .returning();
}

/** The grants of an office not ended at `now` and not revoked, per institution (its overview). */
export async function openGrantsOfOffice(db: Q, officeOrgId: string, now: Date): Promise<GrantRow[]> {
  return db
    .select({ grant: liveAccessGrants })
    .from(liveAccessGrants)
    .innerJoin(
      jurisdictions,
      and(
        eq(jurisdictions.oversightOrgId, liveAccessGrants.officeOrgId),
        eq(jurisdictions.institutionOrgId, liveAccessGrants.organizationId),
      ),
    )
    .where(and(eq(liveAccessGrants.officeOrgId, officeOrgId), isNull(liveAccessGrants.revokedAt), gt(liveAccessGrants.endsAt, now)))
    .orderBy(liveAccessGrants.startsAt)
    .then((rows) => rows.map((r) => r.grant));
}

/** The institutions a user may read at `now` under a grant (his session's list), with the office. */
export async function grantedToUser(db: Q, userId: string, now: Date) {
  return db
    .select({
      grant: liveAccessGrants,
      org: { id: organizations.id, slug: organizations.slug, name: organizations.name, kind: organizations.kind },
    })
    .from(liveAccessGrants)
    .innerJoin(organizations, eq(organizations.id, liveAccessGrants.organizationId))
    .innerJoin(
      memberships,
      and(
        eq(memberships.organizationId, liveAccessGrants.officeOrgId),
        eq(memberships.userId, userId),
        inArray(memberships.role, [...GRANTED_ROLES]),
      ),
    )
    .innerJoin(
      jurisdictions,
      and(
        eq(jurisdictions.oversightOrgId, liveAccessGrants.officeOrgId),
        eq(jurisdictions.institutionOrgId, liveAccessGrants.organizationId),
      ),
    )
    .where(and(isNull(liveAccessGrants.revokedAt), lte(liveAccessGrants.startsAt, now), gt(liveAccessGrants.endsAt, now)))
    .orderBy(organizations.name);
}

/** What was read under an institution's grants (the audit events), newest first, at most `limit`. */
export async function viewsOf(db: Q, orgId: string, grantIds: string[], limit: number) {
  if (grantIds.length === 0) return [];
  return db
    .select({
      grantId: auditEvents.targetId,
      actorLabel: auditEvents.actorLabel,
      after: auditEvents.after,
      occurredAt: auditEvents.occurredAt,
    })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.organizationId, orgId),
        eq(auditEvents.targetType, 'live_access'),
        eq(auditEvents.action, 'live_access.viewed'),
        inArray(auditEvents.targetId, grantIds),
      ),
    )
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.seq))
    .limit(limit);
}
