// SQL of the 事業者台帳 import: the organisation's vendors and systems as the plan matches them, locked
// while an import writes (two imports at once wait for each other instead of planning on old rows).
import { eq } from 'drizzle-orm';
import type { StoredSystem, StoredVendor } from '../../../domain/vendors/vendor-import.ts';
import type { Db, Tx } from '../../db/client.ts';
import { vendorSystems, vendors } from '../../db/schema.ts';
import { valuesOfSystem, valuesOfVendor } from './vendors.present.ts';

export async function ledgerForImport(db: Db | Tx, organizationId: string, lock = false) {
  const vendorQuery = db.select().from(vendors).where(eq(vendors.organizationId, organizationId));
  const systemQuery = db.select().from(vendorSystems).where(eq(vendorSystems.organizationId, organizationId));
  const [vendorRows, systemRows] = lock
    ? [await vendorQuery.for('update'), await systemQuery.for('update')]
    : await Promise.all([vendorQuery, systemQuery]);
  return {
    vendors: vendorRows.map((r): StoredVendor => ({ id: r.id, values: valuesOfVendor(r) })),
    systems: systemRows.map((r): StoredSystem => ({ id: r.id, vendorId: r.vendorId, values: valuesOfSystem(r) })),
  };
}
