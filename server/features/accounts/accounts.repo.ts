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

export async function findAccount(db: Q, organizationId: string, id: string): Promise<AccountRow | undefined> {
  const [row] = await db
    .select()
    .from(accounts)
    .where(and(eq(accounts.organizationId, organizationId), eq(accounts.id, id)));
  return row;
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

/** The columns an import writes: [field, column, SQL type, value when the row has none]. */
const WRITTEN = [
  ['accountId', 'account_id', 'text', null],
  ['accountKey', 'account_key', 'text', null],
  ['name', 'name', 'text', "''"],
  ['nameKana', 'name_kana', 'text', "''"],
  ['nameKey', 'name_key', 'text', "''"],
  ['employeeId', 'employee_id', 'text', "''"],
  ['jobType', 'job_type', 'text', "''"],
  ['department', 'department', 'text', "''"],
  ['role', 'role', 'text', "''"],
  ['isAdmin', 'is_admin', 'boolean', null],
  ['shared', 'shared', 'boolean', null],
  ['kind', 'kind', 'text', "'person'"],
  ['status', 'status', 'text', "'active'"],
  ['createdOn', 'created_on', 'timestamptz', null],
  ['lastLogonAt', 'last_logon_at', 'timestamptz', null],
  ['passwordLastSetAt', 'password_last_set_at', 'timestamptz', null],
  ['passwordNeverExpires', 'password_never_expires', 'boolean', null],
  ['mfa', 'mfa', 'boolean', null],
  ['expiresAt', 'expires_at', 'timestamptz', null],
  ['leftOn', 'left_on', 'date', null],
  ['note', 'note', 'text', "''"],
  ['raw', 'raw', 'jsonb', "'{}'::jsonb"],
] as const satisfies readonly (readonly [keyof AccountWrite, string, string, string | null])[];
// a column added to the table and not listed above fails to compile here, rather than be left out
const _everyColumn: Record<Exclude<keyof AccountWrite, (typeof WRITTEN)[number][0]>, never> = {};
const INSERT_BATCH = 5000;

/**
 * Inserts new accounts, thousands per statement: the rows go as one JSON parameter read back by
 * jsonb_to_recordset (building a VALUES list per row cost most of a 20,000-account import).
 */
export async function insertAccounts(
  db: Q,
  organizationId: string,
  systemId: string,
  rows: AccountWrite[],
  userId: string | null,
  now: Date,
) {
  const columns = sql.raw(WRITTEN.map(([, col]) => col).join(', '));
  const values = sql.raw(WRITTEN.map(([, col, , fallback]) => (fallback ? `coalesce(x.${col}, ${fallback})` : `x.${col}`)).join(', '));
  const record = sql.raw(WRITTEN.map(([, col, type]) => `${col} ${type}`).join(', '));
  for (let i = 0; i < rows.length; i += INSERT_BATCH) {
    const batch = rows.slice(i, i + INSERT_BATCH).map((r) => Object.fromEntries(WRITTEN.map(([key, col]) => [col, r[key] ?? null])));
    await db.execute(sql`
      insert into accounts (organization_id, system_id, ${columns}, updated_by, created_at, updated_at)
      select ${organizationId}::uuid, ${systemId}::uuid, ${values}, ${userId}::uuid, ${now}::timestamptz, ${now}::timestamptz
      from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) as x(${record})`);
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
