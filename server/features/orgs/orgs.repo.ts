// SQL for organisations.

import { and, asc, eq } from 'drizzle-orm';
import type { Role } from '../../../domain/roles.ts';
import type { Db, Tx } from '../../db/client.ts';
import { memberships, organizations } from '../../db/schema.ts';

type Q = Db | Tx;
export type OrgRow = typeof organizations.$inferSelect;
export type NewOrg = typeof organizations.$inferInsert;

/** The organisation and the user's role in it (null when not a member), in one query: every request asks. */
export async function findOrgWithRole(db: Q, id: string, userId: string): Promise<{ org: OrgRow; role: Role | null } | undefined> {
  const [row] = await db
    .select({ org: organizations, role: memberships.role })
    .from(organizations)
    .leftJoin(memberships, and(eq(memberships.organizationId, organizations.id), eq(memberships.userId, userId)))
    .where(eq(organizations.id, id));
  return row;
}

export async function findOrgBySlug(db: Q, slug: string): Promise<OrgRow | undefined> {
  const [row] = await db.select().from(organizations).where(eq(organizations.slug, slug));
  return row;
}

export async function insertOrg(db: Q, values: NewOrg): Promise<OrgRow> {
  const [row] = await db.insert(organizations).values(values).returning();
  if (!row) throw new Error('insert organizations returned nothing');
  return row;
}

export async function updateOrg(db: Q, id: string, values: Partial<NewOrg>): Promise<OrgRow> {
  const [row] = await db.update(organizations).set(values).where(eq(organizations.id, id)).returning();
  if (!row) throw new Error('update organizations returned nothing');
  return row;
}

export async function listAllOrgs(db: Q): Promise<OrgRow[]> {
  return db.select().from(organizations).orderBy(asc(organizations.slug));
}
