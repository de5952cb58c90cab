// SQL of the バックアップ台帳 import: the organisation's plans as the import matches them; while an
// import writes, locked (the rows, and the organisation's import lock: two imports at once wait for
// each other instead of both creating the same new system — the ledger has no unique name to stop it).
import { eq, sql } from 'drizzle-orm';
import type { StoredPlan } from '../../../domain/backups/ledger-import.ts';
import type { Db, Tx } from '../../db/client.ts';
import { backupPlans } from '../../db/schema.ts';
import { valuesOfPlan } from './backup-ledger.present.ts';

export async function plansForImport(db: Db | Tx, organizationId: string, lock = false): Promise<StoredPlan[]> {
  if (lock) await db.execute(sql`select pg_advisory_xact_lock(hashtext('backup_plans.import'), hashtext(${organizationId}))`);
  const query = db.select().from(backupPlans).where(eq(backupPlans.organizationId, organizationId));
  const rows = lock ? await query.for('update') : await query;
  return rows.map((r) => ({ id: r.id, version: r.version, values: valuesOfPlan(r) }));
}
