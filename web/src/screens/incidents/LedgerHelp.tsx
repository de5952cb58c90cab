// What the ledgers say for the first response, as they are now: where to cut (the 外部接続点 in use,
// the backups with no offline copy: 「オフライン」 or 「オフラインかつ改ざんできない」 ones are already
// apart), and whom to call in the order of the 連絡体制図, each number a link a phone dials.
import { type Isolation, isolationLabels } from '../../../../domain/backups/ledger.ts';
import { type ConnectionKind, kindLabels } from '../../../../domain/connections/connection.ts';
import type { IncidentLedgers } from '../../api/incidents.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { Link } from '../../components/Link.tsx';
import { Section } from '../../components/Page.tsx';
import { useLang, useT } from '../../i18n.ts';
import { connectionsLink, contactsLink } from '../../links.ts';
import { phoneHref } from './incident-text.ts';
import '../../messages/incidents.ts';

/** A backup still to be cut off: no copy kept offline. */
export const stillOnline = (isolation: string) => isolation !== 'offline' && isolation !== 'both';

const labelOf = <K extends string>(labels: Record<K, { ja: string; en: string }>, key: string, lang: 'ja' | 'en') =>
  (labels as Record<string, { ja: string; en: string } | undefined>)[key]?.[lang] ?? key;

export function LedgerHelp({ org, ledgers }: { org: OrgSummary; ledgers: IncidentLedgers }) {
  const t = useT();
  const lang = useLang();
  const online = ledgers.backups.filter((b) => stillOnline(b.isolation));
  return (
    <Section title={t('incidents.ledgers')} id="incident-ledgers">
      <p className="field-hint">{t('incidents.ledgersLead')}</p>
      <h3 className="incident-ledger-heading">{t('incidents.cut')}</h3>
      <h4 className="incident-subheading">{t('incidents.cutConnections')}</h4>
      {ledgers.connections.length === 0 ? (
        <p>
          {t('incidents.cutConnectionsNone')} <Link {...connectionsLink(org.slug)}>{t('nav.connections')}</Link>
        </p>
      ) : (
        <ul className="incident-cut-list">
          {ledgers.connections.map((c) => (
            <li key={c.id}>
              <strong lang="ja">{c.name}</strong> ({labelOf<ConnectionKind>(kindLabels, c.kind, lang)})
              {c.vendorName && <span lang="ja"> — {c.vendorName}</span>}
              {c.deviceLabel && (
                <>
                  {' '}
                  <small lang="ja">{t('incidents.deviceOf', { device: c.deviceLabel })}</small>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <h4 className="incident-subheading">{t('incidents.cutBackups')}</h4>
      {online.length === 0 ? (
        <p>{t('incidents.cutBackupsNone')}</p>
      ) : (
        <ul className="incident-cut-list">
          {online.map((b) => (
            <li key={b.id}>
              <strong lang="ja">{b.label}</strong> — {labelOf<Isolation>(isolationLabels, b.isolation, lang)}
              {b.vendorName && <span lang="ja"> ({b.vendorName})</span>}
              {b.restoreOrder !== null && (
                <>
                  {' '}
                  <small>{t('incidents.restoreOrder', { order: b.restoreOrder })}</small>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <h3 className="incident-ledger-heading">{t('incidents.call')}</h3>
      {ledgers.contacts.length === 0 ? (
        <p>
          {t('incidents.callNone')} <Link {...contactsLink(org.slug)}>{t('incidents.callOpen')}</Link>
        </p>
      ) : (
        <ol className="incident-call-list">
          {ledgers.contacts.map((c, i) => {
            const who = [c.organizationName, c.personName].filter((s) => s.trim()).join(' ');
            const href = phoneHref(c.phone);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is the chart in its order, never reordered on screen
              <li key={i}>
                <span className="incident-call-who">
                  <small className="muted">{t(`incidents.side.${c.side}`)}</small> <span lang="ja">{c.category}</span>
                  {who && (
                    <>
                      {' '}
                      <strong lang="ja">{who}</strong>
                    </>
                  )}
                </span>
                {href ? (
                  <a className="incident-tel" href={href} {...(href.startsWith('tel:') ? {} : { target: '_blank', rel: 'noopener' })}>
                    {c.phone}
                    <span className="visually-hidden"> {t('incidents.callWho', { who: who || c.category })}</span>
                  </a>
                ) : (
                  <span className="muted">{c.phone || t('incidents.noPhone')}</span>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </Section>
  );
}
