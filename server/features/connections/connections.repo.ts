// SQL for the 外部接続点 register. Every query is scoped by organisation.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { connectionPoints, devices } from '../../db/schema.ts';

type Q = Db | Tx;
export type ConnectionRow = typeof connectionPoints.$inferSelect;
export type ConnectionWrite = Omit<
  typeof connectionPoints.$inferInsert,
  'organizationId' | 'id' | 'createdAt' | 'updatedAt' | 'updatedBy' | 'version'
>;

/** Rows with the name of the ledger device they run on. */
export async function listConnections(db: Q, organizationId: string) {
  return db
    .select({
      point: connectionPoints,
      deviceLabel: sql<string | null>`nullif(concat_ws(' ', ${devices.assetNo}, ${devices.hostname}), '')`,
    })
    .from(connectionPoints)
    .leftJoin(devices, and(eq(devices.organizationId, connectionPoints.organizationId), eq(devices.id, connectionPoints.deviceId)))
    .where(eq(connectionPoints.organizationId, organizationId))
    .orderBy(asc(connectionPoints.kind), asc(connectionPoints.name));
}

export async function findConnection(db: Q, organizationId: string, id: string, forUpdate = false): Promise<ConnectionRow | undefined> {
  const q = db
    .select()
    .from(connectionPoints)
    .where(and(eq(connectionPoints.organizationId, organizationId), eq(connectionPoints.id, id)));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

export async function insertConnection(db: Q, organizationId: string, values: ConnectionWrite, userId: string | null, now: Date) {
  const [row] = await db
    .insert(connectionPoints)
    .values({ ...values, organizationId, updatedBy: userId, createdAt: now, updatedAt: now })
    .returning();
  if (!row) throw new Error('insert connection_points returned nothing');
  return row;
}

export async function updateConnection(
  db: Q,
  organizationId: string,
  id: string,
  values: ConnectionWrite,
  userId: string | null,
  now: Date,
) {
  const [row] = await db
    .update(connectionPoints)
    .set({ ...values, updatedBy: userId, updatedAt: now, version: sql`${connectionPoints.version} + 1` })
    .where(and(eq(connectionPoints.organizationId, organizationId), eq(connectionPoints.id, id)))
    .returning();
  if (!row) throw new Error('update connection_points returned nothing');
  return row;
}
