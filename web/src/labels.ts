// Labels for domain values (roles, organisation kinds, audit actions) in the current language.
import { ORG_KINDS, orgKindLabels, PREFECTURES } from '../../domain/organization.ts';
import { ROLES, roleLabelsOf } from '../../domain/roles.ts';
import { type Lang, type MessageKey, translate } from './i18n.ts';
import './messages/audit.ts';
import { loadedText } from './messages/registry.ts';

/** A role's name; in an office (保健所, 都道府県) by the office's names (`kind`: the organisation's). */
export const roleLabel = (role: string | null | undefined, lang: Lang, kind?: string): string => {
  const labels = roleLabelsOf(kind);
  return role && role in labels ? labels[role as keyof typeof labels][lang] : (role ?? '');
};

export const kindLabel = (kind: string, lang: Lang): string =>
  kind in orgKindLabels ? orgKindLabels[kind as keyof typeof orgKindLabels][lang] : kind;

export const roleOptions = (lang: Lang, kind?: string) => ROLES.map((r) => ({ value: r, label: roleLabelsOf(kind)[r][lang] }));
export const kindOptions = (lang: Lang) => ORG_KINDS.map((k) => ({ value: k, label: orgKindLabels[k][lang] }));
export const prefectureOptions = (emptyLabel: string) => [
  { value: '', label: emptyLabel },
  ...PREFECTURES.map((p) => ({ value: p, label: p })),
];

/** Every kind of audit event (domain/audit/actions.ts), each with a label: the audit filter offers them all. */
export { AUDIT_ACTIONS } from '../../domain/audit/actions.ts';

/** An audit event's kind in words; an event of a kind this version does not know is not shown as its key. */
export function actionLabel(action: string, lang: Lang): string {
  const key = `action.${action}`;
  return translate(lang, (loadedText(key) ? key : 'action.unknown') as MessageKey);
}
