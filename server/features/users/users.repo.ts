// SQL for users and their recovery codes.
import { and, asc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { recoveryCodes, users } from '../../db/schema.ts';

export type UserRow = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
type Q = Db | Tx;

export async function findUserByLogin(db: Q, loginId: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(sql`lower(${users.loginId}) = lower(${loginId})`);
  return row;
}

export async function findUserById(db: Q, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function findUsersByIds(db: Q, ids: string[]): Promise<UserRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(users).where(inArray(users.id, ids)).orderBy(asc(users.loginId));
}

export async function insertUser(db: Q, values: NewUser): Promise<UserRow> {
  const [row] = await db.insert(users).values(values).returning();
  if (!row) throw new Error('insert users returned nothing');
  return row;
}

export async function updateUser(db: Q, id: string, values: Partial<NewUser>): Promise<UserRow> {
  const [row] = await db.update(users).set(values).where(eq(users.id, id)).returning();
  if (!row) throw new Error('update users returned nothing');
  return row;
}

export async function countUsers(db: Q): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return Number(row?.n ?? 0);
}

export async function listAllUsers(db: Q): Promise<UserRow[]> {
  return db.select().from(users).orderBy(asc(users.loginId));
}

/** Users' stored TOTP secrets (encrypted, or plaintext from an older Mamori), for re-encryption. */
export async function listStoredTotpSecrets(db: Q): Promise<{ id: string; totpSecret: string | null; totpPendingSecret: string | null }[]> {
  return db
    .select({ id: users.id, totpSecret: users.totpSecret, totpPendingSecret: users.totpPendingSecret })
    .from(users)
    .where(sql`${users.totpSecret} is not null or ${users.totpPendingSecret} is not null`)
    .orderBy(asc(users.id));
}

export async function replaceRecoveryCodes(db: Q, userId: string, hashes: string[]): Promise<void> {
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  if (hashes.length) await db.insert(recoveryCodes).values(hashes.map((codeHash) => ({ userId, codeHash })));
}

/** Marks an unused recovery code as used; true when it existed and was unused. */
/** Records a TOTP code's time step as used, only if it is later than the last one used: false when it was taken. */
export async function claimTotpStep(db: Q, userId: string, step: number): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  return rows.length === 1;
}

export async function consumeRecoveryCode(db: Q, userId: string, codeHash: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, codeHash), isNull(recoveryCodes.usedAt)))
    .returning({ userId: recoveryCodes.userId });
  return rows.length === 1;
}

export async function countUnusedRecoveryCodes(db: Q, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return Number(row?.n ?? 0);
}
