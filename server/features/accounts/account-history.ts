// GET …/accounts/:accountId/history: one account of the 利用者台帳 with its history, told from the
// audit log (its system's imports and its 棚卸し; domain/accounts/history.ts). Members read.
import { accountHistoryOf } from '../../../domain/accounts/history.ts';
import type { Deps } from '../../deps.ts';
import { notFound } from '../../lib/errors.ts';
import { eventsOfTarget } from '../audit/audit.repo.ts';
import type { Caller } from '../caller.ts';
import { authorizeOrg, isUuid } from '../orgs/orgs.policy.ts';
import { findAccount, findAccountSystem } from './accounts.repo.ts';
import { reviewsOf } from './reviews.repo.ts';

export async function accountHistory(deps: Deps, caller: Caller, orgId: string, accountId: string) {
  await authorizeOrg(deps.db, caller, orgId, 'org.read');
  const account = isUuid(accountId) ? await findAccount(deps.db, orgId, accountId) : undefined;
  if (!account) throw notFound('アカウント');
  const system = await findAccountSystem(deps.db, orgId, account.systemId);
  const reviews = (await reviewsOf(deps.db, orgId)).filter((r) => r.review.systemId === account.systemId);
  const events = [
    ...(await eventsOfTarget(deps.db, orgId, 'account_system', { id: account.systemId })),
    ...(await Promise.all(reviews.map((r) => eventsOfTarget(deps.db, orgId, 'account_review', { id: r.review.id })))).flat(),
  ].sort((a, b) => Number(a.seq) - Number(b.seq));
  return {
    account: {
      id: account.id,
      accountId: account.accountId,
      name: account.name,
      systemId: account.systemId,
      systemName: system?.name ?? '',
    },
    history: accountHistoryOf(
      account.accountId,
      events.map((e) => ({ action: e.action, at: e.occurredAt.toISOString(), actor: e.actorLabel, before: e.before, after: e.after })),
    ),
  };
}
