// SQL of the 利用者台帳: an organisation's systems with how many accounts each has, one system, its
// accounts, and the accounts written by an import (created, or changed in the columns the file had).
import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { accountSystems, accounts } from '../../db/schema.ts';

type Q = Db | Tx;
export type AccountSystemRow = typeof accountSystems.$inferSelect;
export type AccountRow = typeof accounts.$inferSelect;
export type AccountWrite = Omit<
  typeof accounts.$inferInsert,
  'organizationId' | 'systemId' | 'id' | 'createdAt' | 'updatedAt' | 'updatedBy' | 'version'
>;

export async function listAccountSystems(db: Q, organizationId: string) {
  return db
    .select({ system: accountSystems, accounts: count(accounts.id) })
    .from(accountSystems)
    .leftJoin(accounts, and(eq(accounts.organizationId, accountSystems.organizationId), eq(accounts.systemId, accountSystems.id)))
    .where(eq(accountSystems.organizationId, organizationId))
    .groupBy(accountSystems.organizationId, accountSystems.id)
    .orderBy(asc(accountSystems.name));
}

export async function findAccountSystem(db: Q, organizationId: string, id: string, forUpdate = false) {
  const q = db
    .select()
    .from(accountSystems)
    .where(and(eq(accountSystems.organizationId, organizationId), eq(accountSystems.id, id)));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

/** undefined when a system of that (folded) name exists already. */
export async function insertAccountSystem(db: Q, values: typeof accountSystems.$inferInsert): Promise<AccountSystemRow | undefined> {
  const [row] = await db.insert(accountSystems).values(values).onConflictDoNothing().returning();
  return row;
}

export async function accountsOf(db: Q, organizationId: string, systemId: string): Promise<AccountRow[]> {
  return db
    .select()
    .from(accounts)
    .where(and(eq(accounts.organizationId, organizationId), eq(accounts.systemId, systemId)))
    .orderBy(asc(accounts.accountKey));
}

/** Every account of the organisation as the leavers list is matched against it, with its system's name. */
export async function accountsForMatching(db: Q, organizationId: string) {
  return db
    .select({
      id: accounts.id,
      accountId: accounts.accountId,
      employeeId: accounts.employeeId,
      nameKey: accounts.nameKey,
      status: accounts.status,
      name: accounts.name,
      systemId: accounts.systemId,
      systemName: accountSystems.name,
    })
    .from(accounts)
    .innerJoin(accountSystems, and(eq(accountSystems.organizationId, accounts.organizationId), eq(accountSystems.id, accounts.systemId)))
    .where(eq(accounts.organizationId, organizationId));
}

/** Every account of the organisation (or of one system) with its system (the findings and suggestions read them all). */
export async function accountsWithSystem(db: Q, organizationId: string, systemId?: string) {
  return db
    .select({ account: accounts, systemName: accountSystems.name, source: accountSystems.source })
    .from(accounts)
    .innerJoin(accountSystems, and(eq(accountSystems.organizationId, accounts.organizationId), eq(accountSystems.id, accounts.systemId)))
    .where(and(eq(accounts.organizationId, organizationId), systemId ? eq(accounts.systemId, systemId) : undefined))
    .orderBy(asc(accountSystems.name), asc(accounts.accountKey));
}

/** Inserts new accounts, in batches. */
export async function insertAccounts(
  db: Q,
  organizationId: string,
  systemId: string,
  rows: AccountWrite[],
  userId: string | null,
  now: Date,
) {
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insert(accounts)
      .values(rows.slice(i, i + 500).map((r) => ({ ...r, organizationId, systemId, updatedBy: userId, createdAt: now, updatedAt: now })));
  }
}

/** Changes one account's columns given (the others kept), its version moved on. */
export async function updateAccount(
  db: Q,
  organizationId: string,
  id: string,
  values: Partial<AccountWrite>,
  userId: string | null,
  now: Date,
) {
  await db
    .update(accounts)
    .set({ ...values, version: sql`${accounts.version} + 1`, updatedBy: userId, updatedAt: now })
    .where(and(eq(accounts.organizationId, organizationId), eq(accounts.id, id)));
}
