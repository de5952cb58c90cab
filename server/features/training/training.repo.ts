// SQL of 教育・訓練の記録: an organisation's training sessions with their attendees and its phishing
// drills (by date), one (locked to change it), the writes (a change only of the version read: no row
// when it moved on), and the 利用者台帳's people to pick from and to list as 未受講. Every query is
// scoped by organisation.
import { and, asc, eq, ilike, inArray, ne, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { accountSystems, accounts, phishingDrills, trainingAttendees, trainingSessions } from '../../db/schema.ts';

type Q = Db | Tx;
export type TrainingSessionRow = typeof trainingSessions.$inferSelect;
export type AttendeeRow = typeof trainingAttendees.$inferSelect;
export type DrillRow = typeof phishingDrills.$inferSelect;
type Changeable<T> = Omit<T, 'organizationId' | 'id' | 'createdAt' | 'updatedAt' | 'updatedBy' | 'version'>;
export type SessionWrite = Changeable<typeof trainingSessions.$inferInsert>;
export type DrillWrite = Changeable<typeof phishingDrills.$inferInsert>;

/** Sessions held in [from, to] (dates), oldest first. */
export async function sessionsBetween(db: Q, organizationId: string, from: string, to: string): Promise<TrainingSessionRow[]> {
  return db
    .select()
    .from(trainingSessions)
    .where(and(eq(trainingSessions.organizationId, organizationId), sql`${trainingSessions.heldOn} between ${from} and ${to}`))
    .orderBy(asc(trainingSessions.heldOn), asc(trainingSessions.createdAt));
}

export async function findSession(db: Q, organizationId: string, id: string, forUpdate = false) {
  const q = db
    .select()
    .from(trainingSessions)
    .where(and(eq(trainingSessions.organizationId, organizationId), eq(trainingSessions.id, id)));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

/** The attendees of the given sessions, in the order they were added. */
export async function attendeesOf(db: Q, organizationId: string, sessionIds: string[]): Promise<AttendeeRow[]> {
  if (sessionIds.length === 0) return [];
  return db
    .select()
    .from(trainingAttendees)
    .where(and(eq(trainingAttendees.organizationId, organizationId), inArray(trainingAttendees.sessionId, sessionIds)))
    .orderBy(asc(trainingAttendees.createdAt), asc(trainingAttendees.name));
}

export async function insertSession(db: Q, organizationId: string, values: SessionWrite, userId: string | null, now: Date) {
  const [row] = await db
    .insert(trainingSessions)
    .values({ ...values, organizationId, updatedBy: userId, createdAt: now, updatedAt: now })
    .returning();
  if (!row) throw new Error('insert training_sessions returned nothing');
  return row;
}

/** The change, only if the row is still at `version`; undefined when someone changed it first. */
export async function updateSession(
  db: Q,
  organizationId: string,
  id: string,
  version: number,
  values: SessionWrite,
  userId: string | null,
  now: Date,
): Promise<TrainingSessionRow | undefined> {
  const [row] = await db
    .update(trainingSessions)
    .set({ ...values, updatedBy: userId, updatedAt: now, version: sql`${trainingSessions.version} + 1` })
    .where(and(eq(trainingSessions.organizationId, organizationId), eq(trainingSessions.id, id), eq(trainingSessions.version, version)))
    .returning();
  return row;
}

export async function insertAttendees(db: Q, rows: (typeof trainingAttendees.$inferInsert)[]): Promise<AttendeeRow[]> {
  if (rows.length === 0) return [];
  return db.insert(trainingAttendees).values(rows).returning();
}

export async function deleteAttendee(db: Q, organizationId: string, sessionId: string, id: string): Promise<AttendeeRow | undefined> {
  const [row] = await db
    .delete(trainingAttendees)
    .where(
      and(eq(trainingAttendees.organizationId, organizationId), eq(trainingAttendees.sessionId, sessionId), eq(trainingAttendees.id, id)),
    )
    .returning();
  return row;
}

/** Drills held in [from, to], oldest first. */
export async function drillsBetween(db: Q, organizationId: string, from: string, to: string): Promise<DrillRow[]> {
  return db
    .select()
    .from(phishingDrills)
    .where(and(eq(phishingDrills.organizationId, organizationId), sql`${phishingDrills.heldOn} between ${from} and ${to}`))
    .orderBy(asc(phishingDrills.heldOn), asc(phishingDrills.createdAt));
}

export async function findDrill(db: Q, organizationId: string, id: string) {
  const [row] = await db
    .select()
    .from(phishingDrills)
    .where(and(eq(phishingDrills.organizationId, organizationId), eq(phishingDrills.id, id)));
  return row;
}

export async function insertDrill(db: Q, organizationId: string, values: DrillWrite, userId: string | null, now: Date) {
  const [row] = await db
    .insert(phishingDrills)
    .values({ ...values, organizationId, updatedBy: userId, createdAt: now, updatedAt: now })
    .returning();
  if (!row) throw new Error('insert phishing_drills returned nothing');
  return row;
}

export async function updateDrill(
  db: Q,
  organizationId: string,
  id: string,
  version: number,
  values: DrillWrite,
  userId: string | null,
  now: Date,
): Promise<DrillRow | undefined> {
  const [row] = await db
    .update(phishingDrills)
    .set({ ...values, updatedBy: userId, updatedAt: now, version: sql`${phishingDrills.version} + 1` })
    .where(and(eq(phishingDrills.organizationId, organizationId), eq(phishingDrills.id, id), eq(phishingDrills.version, version)))
    .returning();
  return row;
}

// ---- the 利用者台帳's people ----

const person = and(eq(accounts.kind, 'person'), eq(accounts.status, 'active'), ne(accounts.name, ''));

export type StaffRow = { accountId: string; name: string; nameKana: string; department: string; systemName: string };

const staffColumns = {
  accountId: accounts.id,
  name: accounts.name,
  nameKana: accounts.nameKana,
  department: accounts.department,
  systemName: accountSystems.name,
};

/** Every active person account with a name (the staff the 未受講 list is made from). */
export async function staffOf(db: Q, organizationId: string): Promise<StaffRow[]> {
  return db
    .select(staffColumns)
    .from(accounts)
    .innerJoin(accountSystems, and(eq(accountSystems.organizationId, accounts.organizationId), eq(accountSystems.id, accounts.systemId)))
    .where(and(eq(accounts.organizationId, organizationId), person))
    .orderBy(asc(accounts.nameKana), asc(accounts.name), asc(accounts.id));
}

/** People to pick as attendees: active person accounts whose name, reading, ID or 部署 contain `q` (at most `limit`). */
export async function searchStaff(db: Q, organizationId: string, q: string, limit: number): Promise<StaffRow[]> {
  const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db
    .select(staffColumns)
    .from(accounts)
    .innerJoin(accountSystems, and(eq(accountSystems.organizationId, accounts.organizationId), eq(accountSystems.id, accounts.systemId)))
    .where(
      and(
        eq(accounts.organizationId, organizationId),
        person,
        q
          ? or(
              ilike(accounts.name, like),
              ilike(accounts.nameKana, like),
              ilike(accounts.accountId, like),
              ilike(accounts.department, like),
            )
          : undefined,
      ),
    )
    .orderBy(asc(accounts.nameKana), asc(accounts.name), asc(accounts.id))
    .limit(limit);
}

/** The named accounts (of this organisation only) that may be picked: active people with a name. */
export async function staffByIds(db: Q, organizationId: string, ids: string[]): Promise<StaffRow[]> {
  if (ids.length === 0) return [];
  return db
    .select(staffColumns)
    .from(accounts)
    .innerJoin(accountSystems, and(eq(accountSystems.organizationId, accounts.organizationId), eq(accountSystems.id, accounts.systemId)))
    .where(and(eq(accounts.organizationId, organizationId), inArray(accounts.id, ids), person));
}
