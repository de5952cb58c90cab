// A 棚卸し (periodic review) of one system's accounts: its states, the decision on each account with
// its words, what an account looked like when the review started, and the rules a decision and the
// sign-off follow. The 手引き and the training ask for a periodic review, its result reported to the
// 企画管理者; how often is the institution's choice (Mamori proposes 12 months).

import { addMonths } from '../dates/months.ts';
import type { AccountStatus } from './account.ts';
import type { AccountKind } from './ad-export.ts';

type Label = { ja: string; en: string };

export const ACCOUNT_REVIEW_STATUSES = ['open', 'signed'] as const;
export type AccountReviewStatus = (typeof ACCOUNT_REVIEW_STATUSES)[number];
export const accountReviewStatusLabels: Record<AccountReviewStatus, Label> = {
  open: { ja: '実施中', en: 'In progress' },
  signed: { ja: '承認済み', en: 'Signed off' },
};

export const ACCOUNT_REVIEW_DECISIONS = ['keep', 'disable', 'remove'] as const;
export type AccountReviewDecision = (typeof ACCOUNT_REVIEW_DECISIONS)[number];
export const accountReviewDecisionLabels: Record<AccountReviewDecision, Label> = {
  keep: { ja: '継続', en: 'Keep' },
  disable: { ja: '無効化', en: 'Disable' },
  remove: { ja: '削除', en: 'Remove' },
};
/** The ledger status a decision leaves an account in once the review is signed off. */
export const statusAfter: Record<AccountReviewDecision, AccountStatus | null> = { keep: null, disable: 'disabled', remove: 'deleted' };

/** An account as it was when the review started (what the 企画管理者 signs off on). */
export interface ReviewSnapshot {
  accountId: string;
  name: string;
  department: string;
  role: string;
  kind: AccountKind;
  status: AccountStatus;
  isAdmin: boolean | null;
  lastLogonOn: string | null;
  leftOn: string | null;
  /** why it needs a look: past its leave date, unused, administrator without MFA … (the findings' titles) */
  flags: string[];
}

/** Mamori's proposal for the next review: a year after this one. */
export const NEXT_REVIEW_MONTHS = 12;
export function nextReviewOn(today: string, months = NEXT_REVIEW_MONTHS): string {
  return addMonths(today, months);
}

/** The reason a decision needs: removing or disabling says why, and so does keeping an account flagged. */
export function reasonNeeded(decision: AccountReviewDecision, snapshot: Pick<ReviewSnapshot, 'flags'>): boolean {
  return decision !== 'keep' || snapshot.flags.length > 0;
}
