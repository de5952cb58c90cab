// The dashboard's details: each answer of the year (title linked to its sheet, progress, ready or not)
// and the 連絡体制図 (entries, last confirmation, ready or not, linked).

import type { OrgSummary, Readiness } from '../../api-answers.ts';
import { Link } from '../../components/Link.tsx';
import { formatDateLong } from '../../dates.ts';
import { useLang, useT } from '../../i18n.ts';
import { assessmentLink, contactsLink } from '../../links.ts';
import '../../messages/home.ts';

function ReadyBadge({ ready }: { ready: boolean }) {
  const t = useT();
  return (
    <span className={`badge ${ready ? 'badge-ok' : 'badge-warn'}`}>{ready ? t('dashboard.itemReady') : t('dashboard.itemNotReady')}</span>
  );
}

export function AssessmentsReadiness({ org, readiness }: { org: OrgSummary; readiness: Readiness }) {
  const t = useT();
  return (
    <>
      <h3>{t('dashboard.assessments')}</h3>
      {readiness.assessments.length === 0 ? (
        <p>{t('dashboard.noAssessments')}</p>
      ) : (
        <ul className="readiness-list">
          {readiness.assessments.map((a) => (
            <li key={a.id}>
              <Link {...assessmentLink(org.slug, a.id)}>{a.title}</Link> —{' '}
              {t('dashboard.progress', { answered: a.progress.answered, total: a.progress.total })} <ReadyBadge ready={a.ready} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function ChartReadiness({ org, chart }: { org: OrgSummary; chart: Readiness['contactChart'] }) {
  const t = useT();
  const lang = useLang();
  const confirmed = chart.confirmedOn ? formatDateLong(chart.confirmedOn, lang) : t('dashboard.chartUnconfirmed');
  return (
    <>
      <h3>{t('dashboard.chart')}</h3>
      <p className="chart-readiness">
        {!chart.required
          ? t('dashboard.chartNotRequired')
          : chart.entries === 0
            ? t('dashboard.chartNone')
            : t('dashboard.chartLine', { entries: chart.entries, confirmed })}{' '}
        {chart.required && <ReadyBadge ready={chart.ready} />} <Link {...contactsLink(org.slug)}>{t('dashboard.chartOpen')}</Link>
      </p>
    </>
  );
}

/** The contracted vendors (事業者台帳, 連絡体制図 and forms): one 事業者確認用 each, and what to know. */
export function VendorReadiness({ readiness }: { readiness: Readiness }) {
  const t = useT();
  const { vendors, notices } = readiness;
  if (vendors.length === 0 && notices.length === 0) return null;
  return (
    <>
      <h3>{t('dashboard.vendors')}</h3>
      {vendors.length > 0 && (
        <ul className="readiness-list">
          {vendors.map((v) => (
            <li key={v.name}>
              <span lang="ja">{v.name}</span> <span className="muted">({t(`dashboard.vendorSource.${v.source}`)})</span>
              {v.systems.length === 0 ? (
                <>
                  {' '}
                  — {v.hasForm ? t('dashboard.vendorHasForm') : t('dashboard.vendorNoForm')} <ReadyBadge ready={v.hasForm} />
                </>
              ) : (
                <ul>
                  {v.systems.map((s) => (
                    <li key={s.name}>
                      <span lang="ja">{s.name}</span> — {s.hasForm ? t('dashboard.vendorHasForm') : t('dashboard.vendorNoForm')}{' '}
                      <ReadyBadge ready={s.hasForm} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      {notices.map((n) => (
        <p key={n} className="notice notice-info" lang="ja">
          {n}
        </p>
      ))}
    </>
  );
}
