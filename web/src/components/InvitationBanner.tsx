// Tells a signed-in person that organisations have invited them, on every page but the invitations
// page itself. Read again on each navigation, so an answered invitation disappears.

import { useLocation } from '@tanstack/react-router';
import { api } from '../api.ts';
import { useLoad } from '../hooks.ts';
import { useT } from '../i18n.ts';
import { keys } from '../query.ts';
import { Link } from './Link.tsx';

export function InvitationBanner() {
  const t = useT();
  const path = useLocation({ select: (l) => l.pathname });
  const own = useLoad([...keys.ownInvitations, path], api.ownInvitations);
  const count = own.data?.invitations.length ?? 0;
  if (path === '/invitations' || count === 0) return null;
  return (
    <p className="notice notice-info no-print">
      {t('invitations.banner', { count })} <Link to="/invitations">{t('invitations.bannerLink')}</Link>
    </p>
  );
}
