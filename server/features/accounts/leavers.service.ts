// Use case: the organisation's leavers list as stored, each person with the accounts of the 利用者台帳
// that are theirs (by 職員番号, or by name only: to confirm). Members read.
import { matchLeavers } from '../../../domain/accounts/leavers.ts';
import type { Deps } from '../../deps.ts';
import type { Caller } from '../caller.ts';
import { authorizeOrg } from '../orgs/orgs.policy.ts';
import { accountLabel } from './account-facts.ts';
import { accountsForMatching } from './accounts.repo.ts';
import { asLeaver, leaversOf } from './leavers.repo.ts';

export async function leaversList(deps: Deps, caller: Caller, orgId: string) {
  await authorizeOrg(deps.db, caller, orgId, 'org.read');
  const rows = await leaversOf(deps.db, orgId);
  const list = rows.map(asLeaver);
  const matches = matchLeavers(list, await accountsForMatching(deps.db, orgId));
  return {
    leavers: rows.map((r, i) => ({
      id: r.id,
      name: r.name,
      employeeId: r.employeeId,
      leftOn: r.leftOn,
      department: r.department,
      accounts: matches
        .filter((m) => m.leaver === list[i])
        .map((m) => ({
          id: m.account.id,
          systemId: m.account.systemId,
          label: accountLabel(m.account, m.account.systemName),
          status: m.account.status,
          by: m.by,
        })),
    })),
    updatedAt: rows.reduce<Date | null>((a, r) => (!a || r.updatedAt > a ? r.updatedAt : a), null)?.toISOString() ?? null,
  };
}
