// A factory for the 利用者台帳 tests: an enabled person's account, current and owned, so that each test
// breaks exactly the one thing it is about.
import type { AccountFact } from './facts.ts';

export const accountFact = (over: Partial<AccountFact> = {}): AccountFact => ({
  id: 'a1',
  label: 'yamada.t (山田 太郎) — 電子カルテ',
  systemId: 's1',
  systemName: '電子カルテ',
  source: 'list',
  accountId: 'yamada.t',
  name: '山田 太郎',
  employeeId: '1001',
  department: '内科',
  role: '医師',
  kind: 'person',
  status: 'active',
  isAdmin: false,
  shared: false,
  remote: false,
  mfa: true,
  passwordNeverExpires: false,
  lastLogonOn: '2026-12-01',
  createdOn: '2020-04-01',
  logonKnown: true,
  leftOn: null,
  leaverBy: null,
  stamp: 'v1',
  ...over,
});
