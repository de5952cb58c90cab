// SQL for decisions on findings (確認した / 誤検知として除外).
import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { findingDecisions } from '../../db/schema.ts';

type Q = Db | Tx;
export type DecisionRow = typeof findingDecisions.$inferSelect;

export const decisionsOf = (db: Q, organizationId: string) =>
  db.select().from(findingDecisions).where(eq(findingDecisions.organizationId, organizationId));

export async function saveDecision(tx: Tx, row: DecisionRow) {
  const { organizationId, findingId, ...rest } = row;
  await tx
    .insert(findingDecisions)
    .values(row)
    .onConflictDoUpdate({ target: [findingDecisions.organizationId, findingDecisions.findingId], set: rest });
}

export async function deleteDecision(tx: Tx, organizationId: string, findingId: string): Promise<DecisionRow | undefined> {
  const [row] = await tx
    .delete(findingDecisions)
    .where(and(eq(findingDecisions.organizationId, organizationId), eq(findingDecisions.findingId, findingId)))
    .returning();
  return row;
}
