// SQL of 立入検査の記録: an office's records of a year, an institution's completed ones, one by id for
// either side, a new one (one per office, institution and year), a save and completion at the version read.
import { and, asc, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { inspections, organizations } from '../../db/schema.ts';

type Q = Db | Tx;
export type InspectionRow = typeof inspections.$inferSelect;

/** An office's records of a fiscal year, with the institution's name, by name. */
export async function inspectionsOfOffice(db: Q, officeOrgId: string, fiscalYear: number) {
  return db
    .select({ inspection: inspections, institutionName: organizations.name })
    .from(inspections)
    .innerJoin(organizations, eq(organizations.id, inspections.institutionOrgId))
    .where(and(eq(inspections.organizationId, officeOrgId), eq(inspections.fiscalYear, fiscalYear)))
    .orderBy(asc(organizations.name));
}

/** The completed records about an institution (any office), newest first, with the office's name. */
export async function completedAbout(db: Q, institutionOrgId: string) {
  return db
    .select({ inspection: inspections, officeName: organizations.name })
    .from(inspections)
    .innerJoin(organizations, eq(organizations.id, inspections.organizationId))
    .where(and(eq(inspections.institutionOrgId, institutionOrgId), isNotNull(inspections.completedAt)))
    .orderBy(desc(inspections.fiscalYear), desc(inspections.completedAt));
}

/** A record by id: the office's own (any state), or about the institution (completed only). */
export async function findInspection(db: Q, orgId: string, id: string, as: 'office' | 'institution') {
  const [row] = await db
    .select({
      inspection: inspections,
      officeName: sql<string>`(select name from organizations where id = ${inspections.organizationId})`,
      institutionName: sql<string>`(select name from organizations where id = ${inspections.institutionOrgId})`,
    })
    .from(inspections)
    .where(
      and(
        eq(inspections.id, id),
        as === 'office'
          ? eq(inspections.organizationId, orgId)
          : and(eq(inspections.institutionOrgId, orgId), isNotNull(inspections.completedAt)),
      ),
    );
  return row;
}

/** A new record; undefined when the office has one for this institution and year already. */
export async function insertInspection(db: Q, values: typeof inspections.$inferInsert): Promise<InspectionRow | undefined> {
  const [row] = await db.insert(inspections).values(values).onConflictDoNothing().returning();
  return row;
}

/** Saves a draft at the version read (one conditional update); undefined: changed meanwhile or completed. */
export async function saveInspection(
  db: Q,
  officeOrgId: string,
  id: string,
  version: number,
  values: Partial<typeof inspections.$inferInsert>,
): Promise<InspectionRow | undefined> {
  const [row] = await db
    .update(inspections)
    .set({ ...values, version: sql`${inspections.version} + 1` })
    .where(
      and(
        eq(inspections.organizationId, officeOrgId),
        eq(inspections.id, id),
        eq(inspections.version, version),
        sql`${inspections.completedAt} is null`,
      ),
    )
    .returning();
  return row;
}
