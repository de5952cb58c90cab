// SQL of scheduled work across processes: a job is claimed by the one process whose transaction finds
// its row not run within the period (the row locked until the claim commits), so that with several
// servers on one PostgreSQL it runs once per schedule; a run that failed gives its claim back.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { scheduledRuns } from '../../db/schema.ts';

export type Claim = { claimed: true; previous: Date | null } | { claimed: false; lastAt: Date | null; lastBy: string | null };

/** Claims `job` for `now` unless it ran less than `periodMs` ago (by any process). */
export async function claimRun(db: Db, job: string, now: Date, periodMs: number, by: string): Promise<Claim> {
  return db.transaction(async (tx) => {
    await tx.insert(scheduledRuns).values({ job, lastAt: null }).onConflictDoNothing();
    const [row] = await tx.select().from(scheduledRuns).where(eq(scheduledRuns.job, job)).for('update');
    const lastAt = row?.lastAt ?? null;
    if (lastAt && now.getTime() - lastAt.getTime() < periodMs) return { claimed: false, lastAt, lastBy: row?.lastBy ?? null };
    await tx.update(scheduledRuns).set({ lastAt: now, lastBy: by }).where(eq(scheduledRuns.job, job));
    return { claimed: true, previous: lastAt };
  });
}

/** A claimed run failed: the job is due again (for this process's next check, or another's). */
export async function releaseRun(db: Db, job: string, claimedAt: Date, previous: Date | null): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx.select().from(scheduledRuns).where(eq(scheduledRuns.job, job)).for('update');
    if (row?.lastAt?.getTime() === claimedAt.getTime())
      await tx.update(scheduledRuns).set({ lastAt: previous }).where(eq(scheduledRuns.job, job));
  });
}
