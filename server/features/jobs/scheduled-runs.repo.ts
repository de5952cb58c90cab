// SQL of scheduled work across processes: a job is claimed by the one process whose transaction finds
// its row not claimed within the period (the row locked until the claim commits), so that with several
// servers on one PostgreSQL it runs once per schedule. A run that fails gives its claim back; a claim
// never followed by a success (its process died mid-run) lapses after LEASE_MS, so another process
// takes it over. Only a success moves `last_ok_at`, which is what the others report as the last run.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { scheduledRuns } from '../../db/schema.ts';

/** how long a claim without a success holds: longer than any run takes */
export const LEASE_MS = 30 * 60_000;

export type Claim = { claimed: true; previous: Date | null } | { claimed: false; lastOkAt: Date | null };

/** Claims `job` for `now` unless it was claimed less than `periodMs` ago (by any process) and is not a lapsed claim. */
export async function claimRun(db: Db, job: string, now: Date, periodMs: number, by: string): Promise<Claim> {
  return db.transaction(async (tx) => {
    await tx.insert(scheduledRuns).values({ job }).onConflictDoNothing();
    const [row] = await tx.select().from(scheduledRuns).where(eq(scheduledRuns.job, job)).for('update');
    const lastAt = row?.lastAt ?? null;
    const lastOkAt = row?.lastOkAt ?? null;
    const age = lastAt ? now.getTime() - lastAt.getTime() : Number.POSITIVE_INFINITY;
    const lapsed = lastAt !== null && (lastOkAt === null || lastOkAt < lastAt) && age >= LEASE_MS;
    if (age < periodMs && !lapsed) return { claimed: false, lastOkAt };
    await tx.update(scheduledRuns).set({ lastAt: now, lastBy: by }).where(eq(scheduledRuns.job, job));
    return { claimed: true, previous: lastAt };
  });
}

/** The claimed run succeeded. */
export async function completeRun(db: Db, job: string, claimedAt: Date): Promise<void> {
  await db.update(scheduledRuns).set({ lastOkAt: claimedAt }).where(eq(scheduledRuns.job, job));
}

/** A claimed run failed: the job is due again (for this process's next check, or another's). */
export async function releaseRun(db: Db, job: string, claimedAt: Date, previous: Date | null): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx.select().from(scheduledRuns).where(eq(scheduledRuns.job, job)).for('update');
    if (row?.lastAt?.getTime() === claimedAt.getTime())
      await tx.update(scheduledRuns).set({ lastAt: previous }).where(eq(scheduledRuns.job, job));
  });
}
