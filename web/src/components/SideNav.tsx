// Left navigation: the current organisation's areas in a fixed order, then system administration.

import { type LinkOptions, linkOptions } from '@tanstack/react-router';
import type { OrgSummary, User } from '../api-answers.ts';
import { type Area, canSeeIn, ORG_AREAS } from '../areas.ts';
import { type MessageKey, useT } from '../i18n.ts';
import { Link } from './Link.tsx';

const ADMIN_LINKS = [
  { link: linkOptions({ to: '/admin/orgs' }), label: 'nav.adminOrgs' },
  { link: linkOptions({ to: '/admin/users' }), label: 'nav.adminUsers' },
  { link: linkOptions({ to: '/admin/catalog' }), label: 'nav.adminCatalog' },
  { link: linkOptions({ to: '/admin/feeds' }), label: 'nav.adminFeeds' },
  { link: linkOptions({ to: '/admin/backups' }), label: 'nav.adminBackups' },
  { link: linkOptions({ to: '/admin/audit' }), label: 'nav.adminAudit' },
] satisfies { link: LinkOptions; label: MessageKey }[];

/** An area's page: its home, or the segment after /o/:slug (planned areas included). */
const areaLink = (slug: string, area: Area) =>
  area.segment === ''
    ? linkOptions({ to: '/o/$slug', params: { slug } })
    : linkOptions({ to: '/o/$slug/$area', params: { slug, area: area.segment } });

/** A section's link, marked (aria-current, .active) on the section's pages and below, unless `exact`. */
function NavLink({ link, exact, children }: { link: LinkOptions; exact?: boolean; children: string }) {
  return (
    <li>
      <Link {...link} activeOptions={{ exact: exact === true, includeSearch: false }} activeProps={{ className: 'active' }}>
        {children}
      </Link>
    </li>
  );
}

export function SideNav({ user, org }: { user: User; org: OrgSummary | undefined }) {
  const t = useT();
  return (
    <div className="sidenav no-print">
      {org && (
        <nav aria-label={t('nav.orgMenu')}>
          <p className="nav-heading">{org.name}</p>
          <ul>
            {ORG_AREAS.filter((a) => canSeeIn(a, org, user.isSystemAdmin)).map((area) => (
              <NavLink key={area.id} link={areaLink(org.slug, area)} exact={area.segment === ''}>
                {t(area.nav)}
              </NavLink>
            ))}
          </ul>
        </nav>
      )}
      {user.isSystemAdmin && (
        <nav aria-label={t('nav.system')}>
          <p className="nav-heading">{t('nav.system')}</p>
          <ul>
            {ADMIN_LINKS.map((l) => (
              <NavLink key={l.link.to} link={l.link}>
                {t(l.label)}
              </NavLink>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
