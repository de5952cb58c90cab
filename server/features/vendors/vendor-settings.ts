// Use cases: read and choose how the 事業者確認用 are counted — one per vendor (the 手引き's wording)
// or one per vendor and system (a vendor providing several systems answers for each). Audited.
import type { FormsPer } from '../../../domain/assessment/vendor-forms.ts';
import type { Deps } from '../../deps.ts';
import { recordAudit } from '../audit/audit.record.ts';
import type { Caller } from '../caller.ts';
import { authorizeOrg } from '../orgs/orgs.policy.ts';
import { formsPerOf, saveFormsPer } from './vendor-settings.repo.ts';

export async function getVendorSettings(deps: Deps, caller: Caller, orgId: string) {
  await authorizeOrg(deps.db, caller, orgId, 'org.read');
  return { formsPer: await formsPerOf(deps.db, orgId) };
}

export async function updateVendorSettings(deps: Deps, caller: Caller, orgId: string, input: { formsPer: FormsPer }) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const before = { formsPer: await formsPerOf(tx, orgId) };
    await saveFormsPer(tx, orgId, input.formsPer, caller.actor.userId, now);
    const after = { formsPer: input.formsPer };
    if (before.formsPer !== after.formsPer) {
      await recordAudit(
        tx,
        caller.actor,
        { organizationId: orgId, action: 'vendor.settings_updated', targetType: 'vendor', targetId: 'settings', before, after },
        now,
      );
    }
    return after;
  });
}
