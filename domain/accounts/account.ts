// An account of one of the institution's systems in the 利用者台帳: its kinds, statuses and the
// sources a system's accounts come from, with their words.
import type { AccountKind } from './ad-export.ts';

type Label = { ja: string; en: string };

export const ACCOUNT_KINDS = ['person', 'computer', 'service', 'builtin'] as const satisfies readonly AccountKind[];
export const accountKindLabels: Record<AccountKind, Label> = {
  person: { ja: '個人', en: 'Person' },
  computer: { ja: 'コンピューター', en: 'Computer' },
  service: { ja: 'サービス', en: 'Service' },
  builtin: { ja: 'ビルトイン', en: 'Built-in' },
};

export const ACCOUNT_STATUSES = ['active', 'disabled', 'deleted'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];
export const accountStatusLabels: Record<AccountStatus, Label> = {
  active: { ja: '有効', en: 'Enabled' },
  disabled: { ja: '無効', en: 'Disabled' },
  deleted: { ja: '削除', en: 'Deleted' },
};

/** Where a system's accounts come from: a directory (Active Directory) or the system's own user list. */
export const ACCOUNT_SOURCES = ['directory', 'list'] as const;
export type AccountSource = (typeof ACCOUNT_SOURCES)[number];
export const accountSourceLabels: Record<AccountSource, Label> = {
  directory: { ja: 'Active Directory (Windows ドメイン)', en: 'Active Directory (Windows domain)' },
  list: { ja: 'システムの利用者一覧', en: "The system's user list" },
};
