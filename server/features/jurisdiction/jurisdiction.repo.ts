// SQL of jurisdictions: the institutions an office (保健所, 都道府県) oversees, an institution's offices,
// the 保健所 an institution may choose, and adding or removing a link.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { OVERSIGHT_KINDS, type OversightKind } from '../../../domain/organization.ts';
import type { Db, Tx } from '../../db/client.ts';
import { jurisdictions, organizations } from '../../db/schema.ts';

type Q = Db | Tx;
export type JurisdictionRow = typeof jurisdictions.$inferSelect;
type OrgRow = typeof organizations.$inferSelect;

/** The institutions an office oversees, with the link, by name. */
export async function institutionsOf(db: Q, oversightOrgId: string): Promise<{ org: OrgRow; link: JurisdictionRow }[]> {
  return db
    .select({ org: organizations, link: jurisdictions })
    .from(jurisdictions)
    .innerJoin(organizations, eq(organizations.id, jurisdictions.institutionOrgId))
    .where(eq(jurisdictions.oversightOrgId, oversightOrgId))
    .orderBy(asc(organizations.name), asc(organizations.id));
}

/** The offices overseeing an institution (at most one of each kind). */
export async function officesOf(db: Q, institutionOrgId: string): Promise<{ org: OrgRow; link: JurisdictionRow }[]> {
  return db
    .select({ org: organizations, link: jurisdictions })
    .from(jurisdictions)
    .innerJoin(organizations, eq(organizations.id, jurisdictions.oversightOrgId))
    .where(eq(jurisdictions.institutionOrgId, institutionOrgId))
    .orderBy(asc(jurisdictions.oversightKind));
}

/** Offices of a kind (or of every kind), by prefecture and name. */
export async function officesOfKind(db: Q, kind?: OversightKind): Promise<OrgRow[]> {
  return db
    .select()
    .from(organizations)
    .where(kind ? eq(organizations.kind, kind) : inArray(organizations.kind, [...OVERSIGHT_KINDS]))
    .orderBy(asc(organizations.prefecture), asc(organizations.name));
}

/** The institution's link to an office of a kind, locked until the transaction ends. */
export async function linkOfKind(db: Q, institutionOrgId: string, kind: OversightKind): Promise<JurisdictionRow | undefined> {
  const [row] = await db
    .select()
    .from(jurisdictions)
    .where(and(eq(jurisdictions.institutionOrgId, institutionOrgId), eq(jurisdictions.oversightKind, kind)))
    .for('update');
  return row;
}

/** A new link; undefined when the institution has an office of this kind already (made meanwhile). */
export async function insertLink(db: Q, values: typeof jurisdictions.$inferInsert): Promise<JurisdictionRow | undefined> {
  const [row] = await db.insert(jurisdictions).values(values).onConflictDoNothing().returning();
  return row;
}

export async function deleteLink(db: Q, oversightOrgId: string, institutionOrgId: string): Promise<JurisdictionRow | undefined> {
  const [row] = await db
    .delete(jurisdictions)
    .where(and(eq(jurisdictions.oversightOrgId, oversightOrgId), eq(jurisdictions.institutionOrgId, institutionOrgId)))
    .returning();
  return row;
}
