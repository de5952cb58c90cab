// Left navigation: the current organisation's areas in a fixed order, then system administration.
import type { OrgSummary, User } from '../api-answers.ts';
import { areaPath, canSee, ORG_AREAS } from '../areas.ts';
import { type MessageKey, useT } from '../i18n.ts';
import { Link } from './Link.tsx';

const ADMIN_LINKS: { to: string; label: MessageKey }[] = [
  { to: '/admin/orgs', label: 'nav.adminOrgs' },
  { to: '/admin/users', label: 'nav.adminUsers' },
  { to: '/admin/catalog', label: 'nav.adminCatalog' },
  { to: '/admin/feeds', label: 'nav.adminFeeds' },
  { to: '/admin/audit', label: 'nav.adminAudit' },
];

function NavLink({ to, path, exact, children }: { to: string; path: string; exact?: boolean; children: string }) {
  const active = exact ? path === to : path === to || path.startsWith(`${to}/`);
  return (
    <li>
      <Link to={to} aria-current={active ? 'page' : undefined} className={active ? 'active' : undefined}>
        {children}
      </Link>
    </li>
  );
}

export function SideNav({ user, org, path }: { user: User; org: OrgSummary | undefined; path: string }) {
  const t = useT();
  return (
    <div className="sidenav no-print">
      {org && (
        <nav aria-label={t('nav.orgMenu')}>
          <p className="nav-heading">{org.name}</p>
          <ul>
            {ORG_AREAS.filter((a) => canSee(a, org.role, user.isSystemAdmin)).map((area) => (
              <NavLink key={area.id} to={areaPath(org.slug, area)} path={path} exact={area.segment === ''}>
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
              <NavLink key={l.to} to={l.to} path={path}>
                {t(l.label)}
              </NavLink>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
