// The chart itself: 発見者 → the internal roles in call order → the external bodies in call order, as
// boxes joined by arrows (CSS only). For screen readers it is one ordered list, 「呼び出し順」.
import type { ContactChart, ContactEntry } from '../../api-answers.ts';
import { useT } from '../../i18n.ts';
import { ContactPhone } from './ContactPhone.tsx';
import '../../messages/contacts.ts';

export function CallOrderChart({ chart }: { chart: ContactChart }) {
  const t = useT();
  const { internal, external } = chart;
  return (
    <section className="card call-order-card" aria-labelledby="call-order-heading">
      <h2 id="call-order-heading" tabIndex={-1}>
        {t('contacts.chart.title')}
      </h2>
      {internal.length + external.length === 0 ? (
        <p>{t('contacts.chart.empty')}</p>
      ) : (
        <ol className="call-order" aria-label={t('contacts.chart.order')}>
          <li className="call-step call-finder">
            <span className="call-no" aria-hidden="true">
              1
            </span>
            <strong className="call-title">{t('contacts.chart.finder')}</strong>
            <span className="call-line">{t('contacts.chart.finderNote')}</span>
          </li>
          {internal.map((e, i) => (
            <ChartBox key={e.id} entry={e} no={i + 2} />
          ))}
          {external.map((e, i) => (
            <ChartBox key={e.id} entry={e} no={internal.length + i + 2} first={i === 0} />
          ))}
        </ol>
      )}
    </section>
  );
}

function ChartBox({ entry, no, first = false }: { entry: ContactEntry; no: number; first?: boolean }) {
  const t = useT();
  const external = entry.side === 'external';
  // internal: the role leads; external: the organisation, under its category
  const title = external ? entry.organizationName || entry.category : entry.category;
  const sub = external ? (entry.organizationName ? entry.category : '') : entry.organizationName;
  return (
    <li className={`call-step call-${entry.side}${first ? ' call-first-external' : ''}`}>
      <span className="call-no" aria-hidden="true">
        {no}
      </span>
      <span className="call-side">{external ? t('contacts.side.external') : t('contacts.side.internal')}</span>
      <strong className="call-title" lang="ja">
        {title}
      </strong>
      {sub && (
        <span className="call-line" lang="ja">
          {sub}
        </span>
      )}
      {entry.personName && (
        <span className="call-line" lang="ja">
          {entry.personName}
        </span>
      )}
      <span className="call-line call-phone">
        <ContactPhone entry={entry} />
      </span>
      {entry.hours && <span className="call-line call-hours">{t('contacts.hours', { hours: entry.hours })}</span>}
    </li>
  );
}
