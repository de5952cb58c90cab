import { describe, expect, it } from 'vitest';
import { filterAccounts } from './account-filters.ts';
import { accountFact } from './facts.test-helpers.ts';
import type { AccountFact } from './facts.ts';

const TODAY = '2026-12-07';
const account = (id: string, over: Partial<AccountFact> = {}): AccountFact =>
  accountFact({ id, label: `${id} — 電子カルテ`, accountId: id, name: '', employeeId: '', department: '', role: '', ...over });
const ids = (list: AccountFact[]) => list.map((a) => a.id);

describe('the views of the 利用者台帳', () => {
  it('leavers: enabled accounts whose leave date has passed (not the leave date itself, not disabled ones)', () => {
    const list = [
      account('gone', { leftOn: '2026-10-31' }),
      account('last-day', { leftOn: TODAY }),
      account('disabled', { leftOn: '2026-03-31', status: 'disabled' }),
      account('staying'),
    ];
    expect(ids(filterAccounts(list, 'leavers', TODAY, 90))).toEqual(['gone']);
  });

  it('dormant: as the findings judge it (beyond the days, never for computers)', () => {
    const list = [
      account('old', { lastLogonOn: '2026-08-01' }),
      account('recent', { lastLogonOn: '2026-11-01' }),
      account('pc', { lastLogonOn: '2025-01-01', kind: 'computer' }),
    ];
    expect(ids(filterAccounts(list, 'dormant', TODAY, 90))).toEqual(['old']);
    expect(ids(filterAccounts(list, 'dormant', TODAY, 200))).toEqual([]);
  });

  it('admins, shared, and enabled accounts recorded without MFA (unknown MFA is not "without")', () => {
    const list = [
      account('admin', { isAdmin: true, mfa: false }),
      account('shared', { shared: true, mfa: null }),
      account('off', { status: 'disabled', mfa: false }),
    ];
    expect(ids(filterAccounts(list, 'admins', TODAY, 90))).toEqual(['admin']);
    expect(ids(filterAccounts(list, 'shared', TODAY, 90))).toEqual(['shared']);
    expect(ids(filterAccounts(list, 'nomfa', TODAY, 90))).toEqual(['admin']);
  });
});
