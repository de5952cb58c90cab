// A system's accounts as the 利用者台帳 page shows them: searched by ID, name, 職員番号 or department, and
// narrowed to what needs looking at (administrators, shared, unused, leavers, no MFA); disabled and
// removed accounts only when asked. Pure: the server pages the result, the page only asks.
export const ACCOUNT_VIEW_FILTERS = ['admins', 'shared', 'dormant', 'leavers', 'noMfa', 'disabled'] as const;
export type AccountViewFilter = (typeof ACCOUNT_VIEW_FILTERS)[number];

export const isAccountViewFilter = (v: string): v is AccountViewFilter => (ACCOUNT_VIEW_FILTERS as readonly string[]).includes(v);

/** What the view reads of an account (as the server presents it). */
export interface ViewedAccount {
  accountId: string;
  name: string;
  employeeId: string;
  department: string;
  status: string;
  isAdmin: boolean | null;
  shared: boolean | null;
  mfa: boolean | null;
  /** unused beyond the organisation's days (as the findings judge it): how long, or null */
  dormant: { days: number; never: boolean } | null;
  /** past its leave date */
  left: boolean;
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s/g, '');

/** Whether an account passes the search and every filter chosen ('disabled': disabled and removed ones shown too). */
export function inAccountView(a: ViewedAccount, query: string, filters: ReadonlySet<AccountViewFilter>): boolean {
  if (a.status !== 'active' && !filters.has('disabled')) return false;
  const q = fold(query);
  if (q && ![a.accountId, a.name, a.employeeId, a.department].some((v) => fold(v).includes(q))) return false;
  if (filters.has('admins') && !a.isAdmin) return false;
  if (filters.has('shared') && !a.shared) return false;
  if (filters.has('dormant') && !a.dormant) return false;
  if (filters.has('leavers') && !a.left) return false;
  if (filters.has('noMfa') && a.mfa !== false) return false;
  return true;
}
