// SQL for checklist versions stored in the database (the shipped ones are files in catalog/).
import { asc } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { catalogVersions } from '../../db/schema.ts';

type Q = Db | Tx;
export type StoredVersionRow = typeof catalogVersions.$inferSelect;

export const listStoredVersions = (db: Q): Promise<StoredVersionRow[]> =>
  db.select().from(catalogVersions).orderBy(asc(catalogVersions.fiscalYear), asc(catalogVersions.id), asc(catalogVersions.revision));

/** false when this id and revision exist already (a version is never overwritten). */
export async function insertStoredVersion(db: Q, values: typeof catalogVersions.$inferInsert): Promise<boolean> {
  const rows = await db.insert(catalogVersions).values(values).onConflictDoNothing().returning({ id: catalogVersions.id });
  return rows.length > 0;
}
