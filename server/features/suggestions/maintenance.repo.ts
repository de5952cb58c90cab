// SQL for the confirmations with maintenance vendors (2(2)). Every query is scoped by organisation.
import { and, asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { maintenanceConfirmations } from '../../db/schema.ts';

type Q = Db | Tx;
export type ConfirmationRow = typeof maintenanceConfirmations.$inferSelect;

export async function confirmationsOf(db: Q, organizationId: string): Promise<ConfirmationRow[]> {
  return db
    .select()
    .from(maintenanceConfirmations)
    .where(eq(maintenanceConfirmations.organizationId, organizationId))
    .orderBy(asc(maintenanceConfirmations.vendorName));
}

export async function confirmationForUpdate(tx: Tx, organizationId: string, vendorKey: string): Promise<ConfirmationRow | undefined> {
  const [row] = await tx
    .select()
    .from(maintenanceConfirmations)
    .where(and(eq(maintenanceConfirmations.organizationId, organizationId), eq(maintenanceConfirmations.vendorKey, vendorKey)))
    .for('update');
  return row;
}

export async function saveConfirmation(tx: Tx, row: ConfirmationRow): Promise<ConfirmationRow> {
  const { organizationId, vendorKey, ...rest } = row;
  const [saved] = await tx
    .insert(maintenanceConfirmations)
    .values(row)
    .onConflictDoUpdate({ target: [maintenanceConfirmations.organizationId, maintenanceConfirmations.vendorKey], set: rest })
    .returning();
  if (!saved) throw new Error('upsert maintenance_confirmations returned nothing');
  return saved;
}
