// Use cases: which 事業者 of the 連絡体制図 are not in the 事業者台帳 yet, and bringing them in — a new
// vendor pointing to its chart entry, or a link from the vendor of the same company without a contact.
// One transaction; each vendor created or linked is audited as a manual change would be.
import { type Adoption, chartAdoptions } from '../../../domain/vendors/from-chart.ts';
import { vendorKey } from '../../../domain/vendors/vendor.ts';
import type { Db, Tx } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { recordAudit } from '../audit/audit.record.ts';
import type { Caller } from '../caller.ts';
import { holdEntries, listEntries } from '../contacts/contacts.repo.ts';
import { authorizeOrg } from '../orgs/orgs.policy.ts';
import { valuesOfVendor } from './vendors.present.ts';
import { insertVendor, linkContact, listVendors } from './vendors.repo.ts';

export async function chartVendorsToAdopt(db: Db | Tx, orgId: string): Promise<Adoption[]> {
  const [entries, vendors] = await Promise.all([listEntries(db, orgId), listVendors(db, orgId)]);
  return chartAdoptions(entries, vendors);
}

export async function adoptChartVendors(deps: Deps, caller: Caller, orgId: string) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  return deps.db.transaction(async (tx) => {
    // an entry deleted at the same moment is either gone before it is read, or deleted after this
    // commits (its vendor then loses the link): never referred to once gone
    await holdEntries(tx, orgId);
    const now = deps.clock.now();
    let created = 0;
    let linked = 0;
    for (const a of await chartVendorsToAdopt(tx, orgId)) {
      if (a.kind === 'create') {
        const values = { name: a.name, nameKey: vendorKey(a.name), status: 'active' as const, contactEntryId: a.entryId, note: '' };
        // a vendor of that company registered meanwhile: it stays as it is
        const row = await insertVendor(tx, orgId, values, caller.user.id, now);
        if (!row) continue;
        created++;
        const event = {
          organizationId: orgId,
          action: 'vendor.created' as const,
          targetType: 'vendor' as const,
          targetId: row.id,
          after: values,
        };
        await recordAudit(tx, caller.actor, event, now);
      } else {
        const row = await linkContact(tx, orgId, a.vendorId, a.entryId, caller.user.id, now);
        if (!row) continue;
        linked++;
        const before = valuesOfVendor({ ...row, contactEntryId: null });
        const event = { organizationId: orgId, action: 'vendor.updated' as const, targetType: 'vendor' as const, targetId: row.id };
        await recordAudit(tx, caller.actor, { ...event, before, after: valuesOfVendor(row) }, now);
      }
    }
    return { created, linked };
  });
}
