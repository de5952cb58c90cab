// Use case: one system's accounts as a file (CSV, Shift_JIS CSV or .xlsx) — every account with what
// the ledger's rules say of it (leave date and how it was matched, unused, remote logon) — for the
// 棚卸し on paper or the management report. Members read.
import { accountKindLabels, accountStatusLabels } from '../../../domain/accounts/account.ts';
import type { Deps } from '../../deps.ts';
import { type TableFormat, tableFile } from '../../lib/table-file.ts';
import type { Caller } from '../caller.ts';
import { authorizeOrg } from '../orgs/orgs.policy.ts';
import { accountsOfSystem } from './accounts.service.ts';

const yesNo = (v: boolean | null) => (v === null ? '不明' : v ? 'はい' : 'いいえ');
const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '');
const BY = { account: 'アカウントに記録', employeeId: '退職者一覧 (職員番号)', name: '退職者一覧 (氏名のみ・要確認)' } as const;

export async function exportAccounts(deps: Deps, caller: Caller, orgId: string, systemId: string, format: TableFormat) {
  const { org } = await authorizeOrg(deps.db, caller, orgId, 'org.read');
  const { system, accounts } = await accountsOfSystem(deps, caller, orgId, systemId);
  const rows = [
    [
      'ID',
      '氏名',
      '職員番号',
      '職種',
      '所属',
      '役割・権限',
      '種類',
      '状態',
      '管理者権限',
      '共用',
      'リモートログオン',
      '二要素認証',
      '最終ログオン',
      '使われていない日数',
      'パスワード変更日',
      'パスワード無期限',
      '作成日',
      '退職日',
      '退職日の出どころ',
      '備考',
    ],
    ...accounts.map((a) => [
      a.accountId,
      a.name,
      a.employeeId,
      a.jobType,
      a.department,
      a.role,
      accountKindLabels[a.kind].ja,
      accountStatusLabels[a.status].ja,
      yesNo(a.isAdmin),
      yesNo(a.shared),
      a.remote ? 'はい' : '',
      yesNo(a.mfa),
      day(a.lastLogonAt),
      a.dormant ? `${a.dormant.never ? '作成から ' : ''}${a.dormant.days}` : '',
      day(a.passwordLastSetAt),
      yesNo(a.passwordNeverExpires),
      day(a.createdOn),
      a.leftOn ?? '',
      a.leaverBy ? BY[a.leaverBy] : '',
      a.note,
    ]),
  ];
  return tableFile(rows, format, `利用者台帳_${system.name}_${org.slug}`, '利用者台帳');
}
