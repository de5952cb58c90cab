// Filters of the audit log: action (a group or one action), actor, JST date range.
import type { FormEvent } from 'react';
import type { ApiError } from '../../api.ts';
import { TextField } from '../../components/Field.tsx';
import { type MessageKey, useLang, useT } from '../../i18n.ts';
import { AUDIT_ACTIONS, actionLabel } from '../../labels.ts';

export interface AuditFilterValues {
  action: string;
  actor: string;
  from: string;
  to: string;
}

const GROUPS: { prefix: string; label: MessageKey }[] = [
  { prefix: 'auth.', label: 'audit.group.auth' },
  { prefix: 'user.', label: 'audit.group.user' },
  { prefix: 'member.', label: 'audit.group.member' },
  { prefix: 'org.', label: 'audit.group.org' },
  { prefix: 'evidence.', label: 'audit.group.evidence' },
  { prefix: 'assessment.', label: 'audit.group.assessment' },
  { prefix: 'contact.', label: 'audit.group.contact' },
  { prefix: 'device', label: 'audit.group.device' },
  { prefix: 'connection.', label: 'audit.group.connection' },
  { prefix: 'vendor.', label: 'audit.group.vendor' },
  { prefix: 'maintenance.', label: 'audit.group.maintenance' },
  { prefix: 'finding.', label: 'audit.group.finding' },
  { prefix: 'feeds.', label: 'audit.group.feeds' },
  { prefix: 'system.', label: 'audit.group.system' },
];

interface Props {
  values: AuditFilterValues;
  error: ApiError | null;
  onApply: (values: AuditFilterValues) => void;
}

export function AuditFilters({ values, error, onApply }: Props) {
  const t = useT();
  const lang = useLang();
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const get = (k: string) => String(f.get(k) ?? '').trim();
    onApply({ action: get('action'), actor: get('actor'), from: get('from'), to: get('to') });
  };
  return (
    <form className="filters" onSubmit={submit} aria-label={t('audit.filters')} key={JSON.stringify(values)}>
      <div className="field">
        <label htmlFor="audit-action">{t('audit.action')}</label>
        <select id="audit-action" name="action" defaultValue={values.action}>
          <option value="">{t('audit.allActions')}</option>
          <optgroup label={t('audit.groups')}>
            {GROUPS.map((g) => (
              <option key={g.prefix} value={g.prefix}>
                {t(g.label)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('audit.single')}>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {actionLabel(a, lang)}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      <TextField
        label={t('audit.actor')}
        name="actor"
        defaultValue={values.actor}
        hint={t('audit.actorHint')}
        error={error?.field('actor')}
      />
      <TextField label={t('audit.from')} name="from" type="date" defaultValue={values.from} error={error?.field('from')} />
      <TextField label={t('audit.to')} name="to" type="date" defaultValue={values.to} error={error?.field('to')} />
      <div className="filters-actions">
        <button type="submit">{t('audit.apply')}</button>
        <button type="button" className="button-secondary" onClick={() => onApply({ action: '', actor: '', from: '', to: '' })}>
          {t('audit.clear')}
        </button>
      </div>
    </form>
  );
}
