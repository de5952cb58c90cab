// Use cases of the 利用者台帳: the organisation's systems whose accounts are kept (registered once per
// folded name, optionally the 事業者台帳's system they are), and a system's accounts. Members read;
// 担当者 and 管理者 register; audited.
import { z } from 'zod';
import { ACCOUNT_SOURCES } from '../../../domain/accounts/account.ts';
import { ACCOUNT_VIEW_FILTERS, type AccountViewFilter, inAccountView, isAccountViewFilter } from '../../../domain/accounts/account-view.ts';
import type { AccountFact } from '../../../domain/accounts/facts.ts';
import { systemKey } from '../../../domain/assessment/vendor-forms.ts';
import { todayJst } from '../../../domain/dates/fiscal-year.ts';
import { dormancy } from '../../../domain/findings/account-findings.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { parseInput } from '../../lib/validate.ts';
import { recordAudit } from '../audit/audit.record.ts';
import type { Caller } from '../caller.ts';
import { authorizeOrg, isUuid } from '../orgs/orgs.policy.ts';
import { findSystemById } from '../vendors/vendors.repo.ts';
import { accountFactsAndRows } from './account-facts.ts';
import { type AccountRow, type AccountSystemRow, findAccountSystem, insertAccountSystem, listAccountSystems } from './accounts.repo.ts';
import { NO_REVIEW, type ReviewState, reviewStates } from './review-states.ts';

export const accountSystemInputSchema = z.object({
  name: z.string().trim().min(1, 'システム名を入力してください').max(200),
  source: z.enum(ACCOUNT_SOURCES, { message: 'Active Directory かシステムの利用者一覧かを選んでください' }),
  vendorSystemId: z.string().nullable().optional(),
  note: z.string().max(2000).optional(),
});

const presentSystem = (r: AccountSystemRow, count: number, review: ReviewState = NO_REVIEW) => ({
  ...review,
  id: r.id,
  name: r.name,
  source: r.source,
  vendorSystemId: r.vendorSystemId,
  note: r.note,
  accounts: count,
  version: r.version,
  updatedAt: r.updatedAt.toISOString(),
});

const iso = (d: Date | null) => d?.toISOString() ?? null;
/** What the ledger's rules say of an account (from its facts): its leave date, whether unused, remote logon. */
type Judged = Pick<AccountFact, 'leftOn' | 'leaverBy' | 'remote'> & { left: boolean; dormant: { days: number; never: boolean } | null };
export const presentAccount = (r: AccountRow, judged: Judged | undefined) => ({
  id: r.id,
  accountId: r.accountId,
  name: r.name,
  employeeId: r.employeeId,
  jobType: r.jobType,
  department: r.department,
  role: r.role,
  isAdmin: r.isAdmin,
  shared: r.shared,
  kind: r.kind,
  status: r.status,
  createdOn: iso(r.createdOn),
  lastLogonAt: iso(r.lastLogonAt),
  passwordLastSetAt: iso(r.passwordLastSetAt),
  passwordNeverExpires: r.passwordNeverExpires,
  mfa: r.mfa,
  expiresAt: iso(r.expiresAt),
  leftOn: judged?.leftOn ?? null,
  leaverBy: judged?.leaverBy ?? null,
  left: judged?.left ?? false,
  remote: judged?.remote ?? false,
  dormant: judged?.dormant ?? null,
  note: r.note,
  version: r.version,
});

export async function accountSystemsOf(deps: Deps, caller: Caller, orgId: string) {
  await authorizeOrg(deps.db, caller, orgId, 'org.read');
  const reviews = await reviewStates(deps.db, orgId);
  return (await listAccountSystems(deps.db, orgId)).map((r) => presentSystem(r.system, Number(r.accounts), reviews.get(r.system.id)));
}

export async function createAccountSystem(deps: Deps, caller: Caller, orgId: string, raw: unknown) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  return presentSystem(await createAccountSystemAs(deps, caller.actor, orgId, raw), 0);
}

/** Registers a system for an actor already allowed to (the web's member, or the command line). */
export async function createAccountSystemAs(deps: Deps, actor: Actor, orgId: string, raw: unknown) {
  const input = parseInput(accountSystemInputSchema, raw);
  const vendorSystemId = input.vendorSystemId || null;
  if (vendorSystemId && !(isUuid(vendorSystemId) && (await findSystemById(deps.db, orgId, vendorSystemId)))) {
    throw new AppError('VALIDATION', '事業者台帳のシステムが見つかりません。', {
      fields: [{ field: 'vendorSystemId', message: 'この組織の事業者台帳にありません' }],
    });
  }
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const values = { name: input.name.normalize('NFKC'), source: input.source, vendorSystemId, note: input.note ?? '' };
    const row = await insertAccountSystem(tx, {
      organizationId: orgId,
      ...values,
      nameKey: systemKey(values.name),
      updatedBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    if (!row) {
      throw new AppError('CONFLICT', `システム「${values.name}」は既に登録されています。`, {
        fields: [{ field: 'name', message: '既に登録されているシステムです' }],
      });
    }
    await recordAudit(
      tx,
      actor,
      { organizationId: orgId, action: 'account_system.created', targetType: 'account_system', targetId: row.id, after: values },
      now,
    );
    return row;
  });
}

export interface AccountViewQuery {
  q?: string | undefined;
  /** comma-separated view filters (admins, shared, dormant, leavers, noMfa, disabled); absent: every account, disabled ones too */
  filter?: string | undefined;
  limit?: string | undefined;
  offset?: string | undefined;
}

/** the accounts one answer carries at most (a domain has tens of thousands) */
export const ACCOUNT_PAGE_MAX = 2000;

function viewOf(query: AccountViewQuery) {
  const given = (query.filter ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = given.filter((f) => !isAccountViewFilter(f));
  if (unknown.length)
    throw new AppError('VALIDATION', `絞り込みの条件「${unknown.join('、')}」はありません (${ACCOUNT_VIEW_FILTERS.join(' / ')})。`, {
      fields: [{ field: 'filter', message: '条件が正しくありません' }],
    });
  const int = (raw: string | undefined, fallback: number, max: number) => {
    const n = raw === undefined || raw === '' ? fallback : Number(raw);
    return Number.isInteger(n) && n >= 0 ? Math.min(n, max) : fallback;
  };
  return {
    q: query.q ?? '',
    // without the parameter the API lists every account (disabled ones too); given (even empty), disabled
    // and removed accounts only with 'disabled', as the page shows them
    filters: new Set<AccountViewFilter>(query.filter === undefined ? ['disabled'] : (given as AccountViewFilter[])),
    limit: Math.max(1, int(query.limit, 500, ACCOUNT_PAGE_MAX)),
    offset: int(query.offset, 0, Number.MAX_SAFE_INTEGER),
  };
}

export async function accountsOfSystem(deps: Deps, caller: Caller, orgId: string, systemId: string, query: AccountViewQuery = {}) {
  await authorizeOrg(deps.db, caller, orgId, 'org.read');
  const system = isUuid(systemId) ? await findAccountSystem(deps.db, orgId, systemId) : undefined;
  if (!system) throw notFound('システム');
  const { facts, rows } = await accountFactsAndRows(deps.db, orgId, systemId);
  const today = todayJst(deps.clock.now());
  const judged = new Map(
    facts.accounts
      .filter((a) => a.systemId === systemId)
      .map((a) => [a.id, { ...a, left: a.leftOn !== null && a.leftOn < today, dormant: dormancy(a, today, facts.dormantDays) }]),
  );
  const view = viewOf(query);
  const matching = rows.map((r) => presentAccount(r, judged.get(r.id))).filter((a) => inAccountView(a, view.q, view.filters));
  return {
    system: presentSystem(system, rows.length, (await reviewStates(deps.db, orgId)).get(systemId)),
    dormantDays: facts.dormantDays,
    leavers: facts.leavers,
    /** the system's accounts, those the view matches, and the page of them in this answer */
    total: rows.length,
    matching: matching.length,
    offset: view.offset,
    limit: view.limit,
    accounts: matching.slice(view.offset, view.offset + view.limit),
  };
}
