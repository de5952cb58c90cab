// Inviting a person at a vendor to answer the 事業者確認用 through a link (issue 13): for one fiscal year
// and some (or all) of the vendor's systems, to a named person, for a number of days (30 unless
// chosen). The person's account is a vendor account: it reaches only its invitations. Pure.
import { type Problem, reader, word } from '../field-reader.ts';

type Label = { ja: string; en: string };

export const USER_KINDS = ['staff', 'vendor'] as const;
export type UserKind = (typeof USER_KINDS)[number];

/** A 事業者確認用 answered through an invitation: the vendor answers, submits; the institution accepts or returns it. */
export const REVIEW_STATUSES = ['answering', 'submitted', 'returned', 'accepted'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export const reviewStatusLabels: Record<ReviewStatus, Label> = {
  answering: { ja: '事業者が回答中', en: 'Vendor answering' },
  submitted: { ja: '確認待ち (事業者が提出)', en: 'Submitted, to review' },
  returned: { ja: '差し戻し (事業者が修正中)', en: 'Returned to the vendor' },
  accepted: { ja: '受理', en: 'Accepted' },
};

export const INVITATION_DAYS = { default: 30, max: 90 } as const;

export const INVITATION_STATUSES = ['pending', 'accepted', 'expired', 'revoked'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];
export const invitationStatusLabels: Record<InvitationStatus, Label> = {
  pending: { ja: '未使用 (リンクを送付済み)', en: 'Not used yet' },
  accepted: { ja: '受諾済み', en: 'Accepted' },
  expired: { ja: '期限切れ', en: 'Expired' },
  revoked: { ja: '取り消し', en: 'Revoked' },
};

export function invitationStatus(i: { revokedAt: Date | null; acceptedAt: Date | null; expiresAt: Date }, now: Date): InvitationStatus {
  if (i.revokedAt) return 'revoked';
  if (i.acceptedAt) return 'accepted';
  return i.expiresAt <= now ? 'expired' : 'pending';
}

export interface InvitationValues {
  fiscalYear: number;
  /** the vendor's systems it is about; empty = all its systems in use */
  systemIds: string[];
  personName: string;
  email: string;
  days: number;
}

export const invitationLabels: Record<keyof InvitationValues, string> = {
  fiscalYear: '年度',
  systemIds: 'システム',
  personName: '事業者の担当者',
  email: 'メールアドレス',
  days: '有効期間 (日)',
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkInvitation(
  raw: Partial<Record<keyof InvitationValues, unknown>>,
): { ok: true; values: InvitationValues } | { ok: false; problems: Problem[] } {
  const r = reader(raw, invitationLabels);
  const fiscalYear = Number(word(raw.fiscalYear));
  if (!Number.isInteger(fiscalYear) || fiscalYear < 2023 || fiscalYear > 2100) r.fail('fiscalYear', '2023 以降の西暦年で指定してください');
  const personName = r.text('personName', 100);
  const email = r.text('email', 254);
  if (email && !EMAIL.test(email)) r.fail('email', 'メールアドレスとして読み取れません');
  const daysRaw = word(raw.days);
  const days = daysRaw ? Number(daysRaw.replace(/日$|d$/i, '')) : INVITATION_DAYS.default;
  if (!Number.isInteger(days) || days < 1 || days > INVITATION_DAYS.max) r.fail('days', `1〜${INVITATION_DAYS.max} 日で指定してください`);
  const values: InvitationValues = { fiscalYear, systemIds: r.ids('systemIds'), personName, email, days };
  return r.problems.length ? { ok: false, problems: r.problems } : { ok: true, values };
}

/** The one answer to every link that cannot be used, whatever the reason (never which). */
export const LINK_REFUSED =
  'このリンクは使えません。期限が切れたか、取り消されたか、既に使われたか、正しくありません。医療機関の担当者に新しいリンクを依頼してください。';
