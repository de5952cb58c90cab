// SQL for the audit trail: appending to a chain under a row lock on its head, listing, and reading a chain in order.
import { and, asc, desc, eq, gte, ilike, lt, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { auditChainHeads, auditEvents } from '../../db/schema.ts';
import { GENESIS_HASH } from './audit.hash.ts';

export type AuditRow = typeof auditEvents.$inferSelect;

/**
 * Locks the chain head for this transaction and returns it, creating it on first use: one statement
 * (an upsert whose no-op update takes the row lock, as `select … for update` would).
 */
export async function lockChainHead(tx: Tx, chainKey: string): Promise<{ seq: number; hash: string }> {
  const [head] = await tx
    .insert(auditChainHeads)
    .values({ chainKey, seq: 0, hash: GENESIS_HASH })
    .onConflictDoUpdate({ target: auditChainHeads.chainKey, set: { seq: sql`${auditChainHeads.seq}` } })
    .returning({ seq: auditChainHeads.seq, hash: auditChainHeads.hash });
  if (!head) throw new Error(`audit chain head missing: ${chainKey}`);
  return head;
}

/** Appends the event and moves the head to it, in one statement. */
export async function appendEvent(tx: Tx, row: AuditRow): Promise<void> {
  const appended = tx.$with('appended').as(tx.insert(auditEvents).values(row).returning({ seq: auditEvents.seq }));
  const moved = await tx
    .with(appended)
    .update(auditChainHeads)
    .set({ seq: row.seq, hash: row.hash, keyId: row.keyId })
    .where(and(eq(auditChainHeads.chainKey, row.chainKey), sql`exists (select 1 from ${appended})`))
    .returning({ seq: auditChainHeads.seq });
  if (moved.length !== 1) throw new Error(`audit chain head not moved: ${row.chainKey}`);
}

export interface AuditFilter {
  organizationId?: string | undefined;
  action?: string | undefined;
  actor?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  limit: number;
  offset: number;
}

export async function listEvents(db: Db, f: AuditFilter): Promise<{ rows: AuditRow[]; total: number }> {
  const conds: SQL[] = [];
  if (f.organizationId) conds.push(eq(auditEvents.organizationId, f.organizationId));
  if (f.action) conds.push(ilike(auditEvents.action, `${escapeLike(f.action)}%`));
  if (f.actor) conds.push(ilike(auditEvents.actorLabel, `%${escapeLike(f.actor)}%`));
  if (f.from) conds.push(gte(auditEvents.occurredAt, f.from));
  if (f.to) conds.push(lt(auditEvents.occurredAt, f.to));
  const where = conds.length ? and(...conds) : undefined;
  const rows = await db
    .select()
    .from(auditEvents)
    .where(where)
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.seq))
    .limit(f.limit)
    .offset(f.offset);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(auditEvents).where(where);
  return { rows, total: Number(count?.n ?? 0) };
}

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export type ChainHead = typeof auditChainHeads.$inferSelect;

export async function chainKeys(db: Db): Promise<ChainHead[]> {
  const heads = await db.select().from(auditChainHeads).orderBy(asc(auditChainHeads.chainKey));
  const fromEvents = await db.selectDistinct({ chainKey: auditEvents.chainKey }).from(auditEvents);
  const known = new Set(heads.map((h) => h.chainKey));
  // a chain whose head row was deleted still gets verified (and reported)
  const orphans = fromEvents.filter((e) => !known.has(e.chainKey)).map((e) => ({ chainKey: e.chainKey, seq: -1, hash: '', keyId: null }));
  return [...heads, ...orphans];
}

export async function chainHead(db: Db, chainKey: string): Promise<ChainHead | undefined> {
  const [head] = await db.select().from(auditChainHeads).where(eq(auditChainHeads.chainKey, chainKey));
  return head;
}

/** One event of a chain, by its number. */
export async function eventAt(db: Db, chainKey: string, seq: number): Promise<AuditRow | undefined> {
  const [row] = await db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.chainKey, chainKey), eq(auditEvents.seq, seq)));
  return row;
}

export async function chainPage(db: Db, chainKey: string, afterSeq: number, limit: number): Promise<AuditRow[]> {
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.chainKey, chainKey), sql`${auditEvents.seq} > ${afterSeq}`))
    .orderBy(asc(auditEvents.seq))
    .limit(limit);
}

/**
 * An organisation's events on one target type, oldest first: those of one target id, or of every id
 * that starts with a prefix (an assessment's items: "assessment-id#"), optionally up to a moment.
 */
export async function eventsOfTarget(
  db: Db,
  organizationId: string,
  targetType: string,
  target: { id: string } | { prefix: string },
  before?: Date,
): Promise<AuditRow[]> {
  const conds: SQL[] = [eq(auditEvents.organizationId, organizationId), eq(auditEvents.targetType, targetType)];
  if ('id' in target) conds.push(eq(auditEvents.targetId, target.id));
  else conds.push(sql`${auditEvents.targetId} like ${`${escapeLike(target.prefix)}%`}`);
  if (before) conds.push(lt(auditEvents.occurredAt, before));
  return db
    .select()
    .from(auditEvents)
    .where(and(...conds))
    .orderBy(asc(auditEvents.seq));
}

/** Chains whose newest event is unkeyed (written by an older Mamori). */
export async function unkeyedChainKeys(db: Db | Tx): Promise<string[]> {
  const rows = await db
    .select({ chainKey: auditChainHeads.chainKey })
    .from(auditChainHeads)
    .where(and(sql`${auditChainHeads.keyId} is null`, sql`${auditChainHeads.seq} > 0`))
    .orderBy(asc(auditChainHeads.chainKey));
  return rows.map((r) => r.chainKey);
}

/** The audit key ids the chains' newest events were made with. */
export async function headKeyIds(db: Db | Tx): Promise<string[]> {
  const rows = await db
    .selectDistinct({ keyId: auditChainHeads.keyId })
    .from(auditChainHeads)
    .where(sql`${auditChainHeads.keyId} is not null`);
  return rows.map((r) => r.keyId).filter((k): k is string => k !== null);
}
