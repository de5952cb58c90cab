// SQL for the sign-in counters: failures per login ID (with the lock decided on the incremented value,
// in one statement) and attempts per client address and window. users.failed_attempts/locked_until
// mirror a known user's counter (the administrator's screens show the lock; a second factor checks it).
import { type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { FORGET_FAILURES_AFTER_MS, FREE_ATTEMPTS, MAX_LOCK_MINUTES } from './lockout.ts';

type Q = Db | Tx;

export interface LoginCounter {
  failedAttempts: number;
  lockedUntil: Date | null;
}

const rowsOf = async <T>(db: Q, query: SQL): Promise<T[]> => ((await db.execute(query)) as unknown as { rows: T[] }).rows;
const toDate = (v: unknown): Date | null => (v === null || v === undefined ? null : v instanceof Date ? v : new Date(String(v)));

/** lockout.ts's rule on the counter's new value n */
const lockFor = (n: SQL, now: Date) =>
  sql`case when ${n} >= ${FREE_ATTEMPTS} then ${now}::timestamptz + least(power(2, ${n} - ${FREE_ATTEMPTS}), ${MAX_LOCK_MINUTES}) * interval '1 minute' end`;

const mirrorToUser = (userId: string | null) =>
  sql`mirror as (update users u set failed_attempts = up.failed_attempts, locked_until = up.locked_until from up where u.id = ${userId}::uuid)`;

/**
 * Counts one failed attempt before the password is checked (the slot is given back on success).
 * Returns the new counter, or undefined when the login ID is locked: then nothing was counted.
 */
export async function reserveLoginAttempt(db: Q, key: string, userId: string | null, now: Date): Promise<LoginCounter | undefined> {
  const forgetBefore = new Date(now.getTime() - FORGET_FAILURES_AFTER_MS);
  const n = sql`(case when c.last_failed_at < ${forgetBefore}::timestamptz then 1 else c.failed_attempts + 1 end)`;
  const [row] = await rowsOf<{ failed_attempts: number; locked_until: unknown }>(
    db,
    sql`with up as (
      insert into sign_in_login_counters as c (login_key, failed_attempts, locked_until, last_failed_at)
      values (${key}, 1, ${lockFor(sql`1`, now)}, ${now}::timestamptz)
      on conflict (login_key) do update set failed_attempts = ${n}, locked_until = ${lockFor(n, now)}, last_failed_at = ${now}::timestamptz
      where c.locked_until is null or c.locked_until <= ${now}::timestamptz
      returning c.failed_attempts, c.locked_until
    ), ${mirrorToUser(userId)}
    select failed_attempts, locked_until from up`,
  );
  return row ? { failedAttempts: Number(row.failed_attempts), lockedUntil: toDate(row.locked_until) } : undefined;
}

export async function lockedUntilOf(db: Q, key: string): Promise<Date | null> {
  const [row] = await rowsOf<{ locked_until: unknown }>(db, sql`select locked_until from sign_in_login_counters where login_key = ${key}`);
  return toDate(row?.locked_until);
}

/**
 * Gives back what a right password had reserved: `count` slots (1 for its own; all up to its own for a
 * completed sign-in, so failures reserved later by parallel attempts stay counted), and the lock that
 * its own reservation set.
 */
export async function releaseLoginAttempts(db: Q, key: string, userId: string | null, count: number, ownLock: Date | null) {
  await db.execute(sql`with up as (
      update sign_in_login_counters c set
        failed_attempts = greatest(c.failed_attempts - ${count}, 0),
        locked_until = case when c.failed_attempts - ${count} >= ${FREE_ATTEMPTS} and c.locked_until is distinct from ${ownLock}::timestamptz
          then c.locked_until end
      where c.login_key = ${key}
      returning c.failed_attempts, c.locked_until
    ), ${mirrorToUser(userId)}
    select 1`);
}

/** A completed sign-in or a password reset: the login ID starts again with no failures. */
export async function resetLoginCounter(db: Q, key: string, userId: string): Promise<void> {
  await db.execute(sql`delete from sign_in_login_counters where login_key = ${key}`);
  await db.execute(sql`update users set failed_attempts = 0, locked_until = null where id = ${userId}::uuid`);
}

/** Counts an attempt from an address in its window; false when the window's limit is reached. */
export async function reserveAddressAttempt(db: Q, address: string, windowStart: Date, limit: number): Promise<boolean> {
  const rows = await rowsOf<{ attempts: number }>(
    db,
    sql`insert into sign_in_address_counters as c (address, window_start, attempts) values (${address}, ${windowStart}::timestamptz, 1)
      on conflict (address, window_start) do update set attempts = c.attempts + 1 where c.attempts < ${limit}
      returning c.attempts`,
  );
  return rows.length === 1;
}

export async function refundAddressAttempt(db: Q, address: string, windowStart: Date): Promise<void> {
  await db.execute(sql`update sign_in_address_counters set attempts = greatest(attempts - 1, 0)
    where address = ${address} and window_start = ${windowStart}::timestamptz`);
}

/** Removes windows that have ended and failures that are forgotten and no longer lock. */
export async function pruneSignInCounters(db: Q, windowsBefore: Date, now: Date): Promise<void> {
  const forgetBefore = new Date(now.getTime() - FORGET_FAILURES_AFTER_MS);
  await db.execute(sql`delete from sign_in_address_counters where window_start < ${windowsBefore}::timestamptz`);
  await db.execute(sql`delete from sign_in_login_counters
    where last_failed_at < ${forgetBefore}::timestamptz and (locked_until is null or locked_until < ${now}::timestamptz)`);
}
