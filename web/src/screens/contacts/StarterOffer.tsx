// The starter entries: on an empty chart, an explanation and 「よく使う連絡先を追加」 (all at once);
// later, the ones not added yet, each with its source and its own 追加. Numbers no public source
// gives are marked 「番号は各自で確認」.
import type { ContactChart, ContactStarter } from '../../api-answers.ts';
import { useT } from '../../i18n.ts';
import { entryName } from './contact-text.ts';
import '../../messages/contacts.ts';

interface Props {
  chart: ContactChart;
  canWrite: boolean;
  busy: boolean;
  /** all remaining starters (no keys) or the given ones */
  onAdd: (keys?: string[]) => void;
}

export function StarterOffer({ chart, canWrite, busy, onAdd }: Props) {
  const t = useT();
  const empty = chart.internal.length + chart.external.length === 0;
  if (!empty && (!canWrite || chart.starters.length === 0)) return null;
  return (
    <section className={`card starters no-print${empty ? ' starters-empty' : ''}`} aria-labelledby="starters-heading">
      <h2 id="starters-heading" tabIndex={-1}>
        {empty ? t('contacts.empty.title') : t('contacts.starters.title')}
      </h2>
      {empty && <p>{canWrite ? t('contacts.empty.lead') : t('contacts.empty.viewer')}</p>}
      {empty && canWrite && (
        <p>
          <button type="button" className="button-large" disabled={busy} onClick={() => onAdd()}>
            {t('contacts.starters.addAll')}
          </button>
        </p>
      )}
      {canWrite && (
        <>
          <p className="field-hint">{t('contacts.starters.lead')}</p>
          <ul className="starter-list">
            {chart.starters.map((s) => (
              <StarterLine key={s.key} starter={s} busy={busy} onAdd={() => onAdd([s.key])} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function StarterLine({ starter, busy, onAdd }: { starter: ContactStarter; busy: boolean; onAdd: () => void }) {
  const t = useT();
  const name = entryName(starter);
  return (
    <li>
      <div className="starter-text">
        <span lang="ja">
          <strong>{starter.category}</strong> {starter.organizationName}
        </span>{' '}
        {starter.phone && <span className="contact-phone">{starter.phone}</span>}{' '}
        {starter.inferred && <span className="badge badge-warn">{t('contacts.inferred')}</span>}
        <p className="source" lang="ja">
          {t('contacts.starters.source', { source: starter.source })}
        </p>
      </div>
      <button
        type="button"
        className="button-secondary button-small"
        disabled={busy}
        aria-label={t('contacts.starters.addOf', { name })}
        onClick={onAdd}
      >
        {t('contacts.starters.add')}
      </button>
    </li>
  );
}
