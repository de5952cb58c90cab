// SQL for the password history: the last few hashes of each user, newest first.
import { and, desc, eq, notInArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { passwordHistory } from '../../db/schema.ts';

type Q = Db | Tx;

export async function recentPasswordHashes(db: Q, userId: string, count: number): Promise<string[]> {
  const rows = await db
    .select({ hash: passwordHistory.passwordHash })
    .from(passwordHistory)
    .where(eq(passwordHistory.userId, userId))
    .orderBy(desc(passwordHistory.setAt), desc(passwordHistory.id))
    .limit(count);
  return rows.map((r) => r.hash);
}

/** Adds the new hash and forgets all but the newest `keep` (old hashes are no use and still sensitive). */
export async function addPasswordToHistory(tx: Tx, userId: string, passwordHash: string, setAt: Date, keep: number): Promise<void> {
  await tx.insert(passwordHistory).values({ userId, passwordHash, setAt });
  const kept = tx
    .select({ id: passwordHistory.id })
    .from(passwordHistory)
    .where(eq(passwordHistory.userId, userId))
    .orderBy(desc(passwordHistory.setAt), desc(passwordHistory.id))
    .limit(keep);
  await tx.delete(passwordHistory).where(and(eq(passwordHistory.userId, userId), notInArray(passwordHistory.id, kept)));
}
