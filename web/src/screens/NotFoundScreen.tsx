// A page that does not exist (or an organisation the user may not see: the same answer, on purpose).
import { Link } from '../components/Link.tsx';
import { Page } from '../components/Page.tsx';
import { useT } from '../i18n.ts';

export function NotFoundScreen() {
  const t = useT();
  return (
    <Page title={t('notFound.title')} lead={t('notFound.lead')}>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </Page>
  );
}

export function NoOrganizationScreen() {
  const t = useT();
  return (
    <Page title={t('noOrg.title')} lead={t('noOrg.lead')}>
      <p>
        <Link to="/account">{t('nav.account')}</Link>
      </p>
    </Page>
  );
}
