// What every ledger import ends with, in its transaction: the new rows inserted and the matched rows
// updated in batches, and one `devices.imported` audit event that lists them (a row's history reads
// it) with the fields each update replaced.
import type { Db, Tx } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { recordAudit } from '../audit/audit.record.ts';
import type { DeviceWrite } from './device-row.ts';
import { insertDevicesBulk, refreshDeviceStatistics, updateDevicesBulk } from './devices.repo.ts';

export interface ImportWrites {
  fileName: string;
  creates: DeviceWrite[];
  updates: { id: string; write: DeviceWrite; before: Record<string, unknown> }[];
  /** what else the audit event says (summary, sha256, format, exposures …) */
  about: Record<string, unknown>;
}

export async function writeImport(tx: Tx, actor: Actor, orgId: string, w: ImportWrites, now: Date): Promise<string[]> {
  const createdIds = await insertDevicesBulk(tx, orgId, w.creates, actor.userId, now);
  await updateDevicesBulk(
    tx,
    orgId,
    w.updates.map((u) => ({ ...u.write, id: u.id })),
    actor.userId,
    now,
  );
  await recordAudit(
    tx,
    actor,
    {
      organizationId: orgId,
      action: 'devices.imported',
      targetType: 'devices',
      targetId: null,
      before: { updated: Object.fromEntries(w.updates.map((u) => [u.id, u.before])) },
      after: { ...w.about, fileName: w.fileName, createdIds, updatedIds: w.updates.map((u) => u.id) },
    },
    now,
  );
  return createdIds;
}

/** An import of this many rows or more refreshes the planner's statistics once it has committed. */
const BULK_ROWS = 100;

/** After the import's transaction: statistics refreshed for a bulk import, so the next page is read by index. */
export async function afterImport(db: Db, written: number): Promise<void> {
  if (written >= BULK_ROWS) await refreshDeviceStatistics(db);
}
