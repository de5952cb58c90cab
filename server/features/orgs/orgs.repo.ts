// SQL for organisations.
import { asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { organizations } from '../../db/schema.ts';

type Q = Db | Tx;
export type OrgRow = typeof organizations.$inferSelect;
export type NewOrg = typeof organizations.$inferInsert;

export async function findOrgById(db: Q, id: string): Promise<OrgRow | undefined> {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id));
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
