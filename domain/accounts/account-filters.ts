// The views of the 利用者台帳 a person asks for (`mamori accounts --filter …`): leavers still enabled,
// dormant accounts (as the findings judge them), administrators, shared accounts, enabled accounts
// recorded without MFA. Pure: the caller gives today's date (JST) and the organisation's dormant days.
import { dormancy } from '../findings/account-findings.ts';
import type { AccountFact } from './facts.ts';

export const ACCOUNT_FILTERS = ['leavers', 'dormant', 'admins', 'shared', 'nomfa'] as const;
export type AccountFilter = (typeof ACCOUNT_FILTERS)[number];

export const isAccountFilter = (value: string): value is AccountFilter => (ACCOUNT_FILTERS as readonly string[]).includes(value);

const TESTS: Record<AccountFilter, (a: AccountFact, today: string, dormantDays: number) => boolean> = {
  // the leave date is the last working day: the account is a leaver's from the day after
  leavers: (a, today) => a.status === 'active' && a.leftOn !== null && a.leftOn < today,
  dormant: (a, today, days) => dormancy(a, today, days) !== null,
  admins: (a) => a.isAdmin === true,
  shared: (a) => a.shared === true,
  // MFA not recorded (null) is not "without MFA"
  nomfa: (a) => a.status === 'active' && a.mfa === false,
};

export function filterAccounts(accounts: AccountFact[], filter: AccountFilter, today: string, dormantDays: number): AccountFact[] {
  return accounts.filter((a) => TESTS[filter](a, today, dormantDays));
}
