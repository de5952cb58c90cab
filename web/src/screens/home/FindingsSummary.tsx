// The home dashboard's findings line: counts by severity and a link to the list.

import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { Link } from '../../components/Link.tsx';
import { useLoad } from '../../hooks.ts';
import { useT } from '../../i18n.ts';
import { findingsLink } from '../../links.ts';
import { keys } from '../../query.ts';
import '../../messages/home.ts';

/** The home dashboard's line: counts by severity and a link to the list. */
export function FindingsSummary({ org }: { org: OrgSummary }) {
  const t = useT();
  const report = useLoad(keys.findings(org.id, 'summary'), () => api.findings(org.id, ''));
  if (!report.data) return null;
  const r = report.data;
  return (
    <section className="card" aria-labelledby="findings-summary-heading">
      <h2 id="findings-summary-heading">{t('findings.dashboard')}</h2>
      <p className={r.counts.critical > 0 ? 'readiness-line readiness-gaps' : 'readiness-line'}>{t('findings.count', r.counts)}</p>
      {r.warnings.map((w) => (
        <p key={w} className="field-hint" lang="ja">
          {w}
        </p>
      ))}
      <p>
        <Link {...findingsLink(org.slug)}>{t('findings.open')}</Link>
      </p>
    </section>
  );
}
