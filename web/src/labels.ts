// Labels for domain values (roles, organisation kinds, audit actions) in the current language.
import { ORG_KINDS, orgKindLabels, PREFECTURES } from '../../domain/organization.ts';
import { ROLES, roleLabels } from '../../domain/roles.ts';
import { type Lang, type MessageKey, translate } from './i18n.ts';
import { messages } from './messages/index.ts';

export const roleLabel = (role: string | null | undefined, lang: Lang): string =>
  role && role in roleLabels ? roleLabels[role as keyof typeof roleLabels][lang] : (role ?? '');

export const kindLabel = (kind: string, lang: Lang): string =>
  kind in orgKindLabels ? orgKindLabels[kind as keyof typeof orgKindLabels][lang] : kind;

export const roleOptions = (lang: Lang) => ROLES.map((r) => ({ value: r, label: roleLabels[r][lang] }));
export const kindOptions = (lang: Lang) => ORG_KINDS.map((k) => ({ value: k, label: orgKindLabels[k][lang] }));
export const prefectureOptions = (emptyLabel: string) => [
  { value: '', label: emptyLabel },
  ...PREFECTURES.map((p) => ({ value: p, label: p })),
];

/** Audit action codes with a label ('org.created' → 組織を作成); unknown codes are shown as they are. */
export const AUDIT_ACTIONS = [
  'auth.signed_in',
  'auth.sign_in_failed',
  'auth.signed_out_everywhere',
  'org.created',
  'org.updated',
  'user.created',
  'user.password_reset',
  'user.password_changed',
  'user.mfa_enabled',
  'user.mfa_disabled',
  'member.added',
  'member.role_changed',
  'member.removed',
  'member.invited',
  'member.invitation_revoked',
  'member.invitation_declined',
  'member.invitation_accepted',
  'evidence.uploaded',
  'evidence.deleted',
  'assessment.started',
  'assessment.updated',
  'assessment.answer_saved',
  'contact.created',
  'contact.updated',
  'contact.deleted',
  'contact.reordered',
  'contact.starters_added',
  'contact.confirmed',
] as const;

/** An audit event's kind in words; an event of a kind this version does not know is not shown as its key. */
export function actionLabel(action: string, lang: Lang): string {
  const key = `action.${action}`;
  return translate(lang, (key in messages ? key : 'action.unknown') as MessageKey);
}
