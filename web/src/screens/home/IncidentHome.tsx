// The home page's way into incident mode: for 担当者・管理者 one clearly visible 「インシデント対応を開始」
// (to the incidents page and its start form), and for every member a banner while an incident is open,
// leading to it.
import { can } from '../../../../domain/roles.ts';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { Link } from '../../components/Link.tsx';
import { useLoad } from '../../hooks.ts';
import { useT } from '../../i18n.ts';
import { incidentLink, incidentsLink } from '../../links.ts';
import { keys } from '../../query.ts';
import '../../messages/incidents.ts';

export function IncidentHome({ org }: { org: OrgSummary }) {
  const t = useT();
  const list = useLoad(keys.incidents(org.id), () => api.incidents(org.id));
  const open = (list.data?.incidents ?? []).filter((i) => i.status === 'open');
  const canWrite = can(org.role, 'org.write');
  if (!canWrite && open.length === 0) return null;
  return (
    <div className="incident-home">
      {open.length > 0 && (
        <section className="notice notice-warning incident-banner" aria-labelledby="incident-banner-heading">
          <h2 id="incident-banner-heading">{t('incidents.home.open')}</h2>
          <ul>
            {open.map((i) => (
              <li key={i.id}>
                <Link {...incidentLink(org.slug, i.id)}>
                  <span lang="ja">{t('incidents.home.openLink', { no: i.no, title: i.title })}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {canWrite && (
        <p className="incident-start-link">
          <Link {...incidentsLink(org.slug)} className="button-like button-danger">
            {t('incidents.home.start')}
          </Link>{' '}
          <small className="muted">{t('incidents.home.startHint')}</small>
        </p>
      )}
    </div>
  );
}
