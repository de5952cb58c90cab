// SQL of incident mode: an organisation's incidents, one (locked to write to it), its steps done and
// its timeline; the writes. Every query is scoped by organisation.
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { incidentEntries, incidentSteps, incidents } from '../../db/schema.ts';

type Q = Db | Tx;
export type IncidentRow = typeof incidents.$inferSelect;
export type IncidentStepRow = typeof incidentSteps.$inferSelect;
export type IncidentEntryRow = typeof incidentEntries.$inferSelect;

export async function incidentsOf(db: Q, organizationId: string): Promise<IncidentRow[]> {
  return db.select().from(incidents).where(eq(incidents.organizationId, organizationId)).orderBy(desc(incidents.no));
}

export async function findIncident(db: Q, organizationId: string, id: string, forUpdate = false) {
  const q = db
    .select()
    .from(incidents)
    .where(and(eq(incidents.organizationId, organizationId), eq(incidents.id, id)));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

export async function findIncidentByNo(db: Q, organizationId: string, no: number) {
  const [row] = await db
    .select()
    .from(incidents)
    .where(and(eq(incidents.organizationId, organizationId), eq(incidents.no, no)));
  return row;
}

/** The next number is taken in the insert itself; two at once collide on incidents_no_key and one retries. */
export async function insertIncident(db: Q, values: Omit<typeof incidents.$inferInsert, 'no'>): Promise<IncidentRow> {
  const [row] = await db
    .insert(incidents)
    .values({
      ...values,
      no: sql`(select coalesce(max(${incidents.no}), 0) + 1 from ${incidents} where ${incidents.organizationId} = ${values.organizationId})`,
    })
    .returning();
  if (!row) throw new Error('insert incidents returned nothing');
  return row;
}

export async function updateIncident(db: Q, organizationId: string, id: string, set: Partial<typeof incidents.$inferInsert>) {
  const [row] = await db
    .update(incidents)
    .set({ ...set, version: sql`${incidents.version} + 1` })
    .where(and(eq(incidents.organizationId, organizationId), eq(incidents.id, id)))
    .returning();
  if (!row) throw new Error('update incidents returned nothing');
  return row;
}

export async function stepsOf(db: Q, organizationId: string, incidentId: string): Promise<IncidentStepRow[]> {
  return db
    .select()
    .from(incidentSteps)
    .where(and(eq(incidentSteps.organizationId, organizationId), eq(incidentSteps.incidentId, incidentId)));
}

/** The step as done, or undefined when it already was (the first record stands). */
export async function insertStep(db: Q, values: typeof incidentSteps.$inferInsert): Promise<IncidentStepRow | undefined> {
  const [row] = await db.insert(incidentSteps).values(values).onConflictDoNothing().returning();
  return row;
}

export async function entriesOf(db: Q, organizationId: string, incidentId: string): Promise<IncidentEntryRow[]> {
  return db
    .select()
    .from(incidentEntries)
    .where(and(eq(incidentEntries.organizationId, organizationId), eq(incidentEntries.incidentId, incidentId)))
    .orderBy(asc(incidentEntries.seq));
}

/** Appended with the next number; the caller holds the incident's row lock, so numbers never collide. */
export async function appendEntry(db: Q, values: Omit<typeof incidentEntries.$inferInsert, 'seq'>): Promise<IncidentEntryRow> {
  const [row] = await db
    .insert(incidentEntries)
    .values({
      ...values,
      seq: sql`(select coalesce(max(${incidentEntries.seq}), 0) + 1 from ${incidentEntries} where ${incidentEntries.organizationId} = ${values.organizationId} and ${incidentEntries.incidentId} = ${values.incidentId})`,
    })
    .returning();
  if (!row) throw new Error('insert incident_entries returned nothing');
  return row;
}
