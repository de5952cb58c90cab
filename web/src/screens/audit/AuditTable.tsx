// The audit events: when (JST), who, what, on what, from where, and the recorded before/after.
import { AUDIT_TARGET_TYPES } from '../../../../domain/audit/actions.ts';
import type { AuditEvent } from '../../api-answers.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { formatDateTimeShort } from '../../dates.ts';
import { type Lang, type MessageKey, type Translate, useLang, useT } from '../../i18n.ts';
import { actionLabel } from '../../labels.ts';

const TARGET_KEYS = ['loginId', 'name', 'fileName', 'slug'] as const;

/** A readable name for the target, taken from the recorded values; else the start of its id. */
function targetName(e: AuditEvent): string {
  for (const snapshot of [e.after, e.before]) {
    if (snapshot && typeof snapshot === 'object') {
      for (const key of TARGET_KEYS) {
        const v = (snapshot as Record<string, unknown>)[key];
        if (typeof v === 'string' && v) return v;
      }
    }
  }
  return e.targetId ? `${e.targetId.slice(0, 8)}…` : '';
}

/** What the event is about, in words (never the stored code; an unknown one, from a newer version, as 「その他」). */
export function targetType(type: string | null, t: Translate): string {
  if (!type) return '';
  return (AUDIT_TARGET_TYPES as readonly string[]).includes(type) ? t(`audit.target.${type}` as MessageKey) : t('audit.target.other');
}

function Changes({ e, t }: { e: AuditEvent; t: Translate }) {
  if (e.detail === 'metadata') return <span className="muted">{t('audit.hidden')}</span>;
  if (e.before == null && e.after == null) return <span className="muted">—</span>;
  return (
    <details>
      <summary>{t('audit.showChanges')}</summary>
      {e.before != null && (
        <>
          <p className="json-label">{t('audit.before')}</p>
          <pre>{JSON.stringify(e.before, null, 2)}</pre>
        </>
      )}
      {e.after != null && (
        <>
          <p className="json-label">{t('audit.after')}</p>
          <pre>{JSON.stringify(e.after, null, 2)}</pre>
        </>
      )}
    </details>
  );
}

function Row({ e, lang, t }: { e: AuditEvent; lang: Lang; t: Translate }) {
  return (
    <tr>
      <td className="nowrap">
        <time dateTime={e.occurredAt}>{formatDateTimeShort(e.occurredAt)}</time>
      </td>
      <td className="nowrap">{e.actor}</td>
      <td>
        <span title={e.action}>{actionLabel(e.action, lang)}</span>
      </td>
      <td>
        {targetType(e.targetType, t)} <span className="target-name">{targetName(e)}</span>
      </td>
      <td className="nowrap">{e.clientAddress ?? ''}</td>
      <td className="changes">
        <Changes e={e} t={t} />
      </td>
    </tr>
  );
}

export function AuditTable({ events }: { events: AuditEvent[] }) {
  const t = useT();
  const lang = useLang();
  const columns = [t('audit.when'), t('audit.actor'), t('audit.action'), t('audit.target'), t('audit.address'), t('audit.changes')];
  return (
    <DataTable columns={columns} rows={events} empty={t('audit.empty')} className="audit-table" caption={t('audit.caption')}>
      {(e) => <Row key={`${e.chain}:${e.seq}`} e={e} lang={lang} t={t} />}
    </DataTable>
  );
}
