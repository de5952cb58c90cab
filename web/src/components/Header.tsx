// The top bar: product name, organisation switcher, language, and the user's own menu.

import type { OrgSummary, User } from '../api-answers.ts';
import { useT } from '../i18n.ts';
import { useSession } from '../session.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { Link } from './Link.tsx';
import { OrgSwitcher } from './OrgSwitcher.tsx';
import '../messages/auth.ts';

interface HeaderProps {
  user: User;
  orgs: OrgSummary[];
  currentSlug: string | undefined;
}

export function Header({ user, orgs, currentSlug }: HeaderProps) {
  const t = useT();
  const { signOut } = useSession();
  return (
    <header className="app-header">
      <Link to="/" className="brand">
        {t('app.name')}
      </Link>
      <div className="no-print">
        <OrgSwitcher orgs={orgs} current={currentSlug} />
      </div>
      <div className="header-tools no-print">
        <LanguageSwitch />
        <nav className="user-menu" aria-label={t('header.userMenu')}>
          <span className="user-name">{user.displayName}</span>
          <Link to="/account" className="header-link">
            {t('nav.account')}
          </Link>
          <button type="button" className="button-secondary button-small" onClick={() => void signOut()}>
            {t('auth.logout')}
          </button>
        </nav>
      </div>
    </header>
  );
}
