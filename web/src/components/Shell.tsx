// The signed-in frame: skip link, header, navigation, and <main> with the live region.
import { useLocation } from '@tanstack/react-router';
import { type ReactNode, useEffect } from 'react';
import { jstMinute } from '../../../domain/dates/jst-time.ts';
import type { OrgSummary } from '../api-answers.ts';
import { useT } from '../i18n.ts';
import '../messages/live-access.ts';
import { NoticeRegion } from '../notice.tsx';
import { useScrollRestore } from '../scroll.ts';
import { findOrg, useSignedIn } from '../session.tsx';
import { Header } from './Header.tsx';
import { InvitationBanner } from './InvitationBanner.tsx';
import { SideNav } from './SideNav.tsx';
import { SkipLink } from './SkipLink.tsx';

const LAST_ORG_KEY = 'mamori.lastOrg';

/** The organisation in the URL, else the one last worked in, else the first one. */
function useCurrentOrg(orgs: OrgSummary[], path: string): OrgSummary | undefined {
  const match = /^\/o\/([^/]+)/.exec(path);
  const inPath = match?.[1] ? decodeURIComponent(match[1]) : undefined;
  const fromPath = inPath ? findOrg(orgs, inPath) : undefined;
  useEffect(() => {
    if (fromPath) localStorage.setItem(LAST_ORG_KEY, fromPath.slug);
  }, [fromPath]);
  if (fromPath) return fromPath;
  if (inPath) return undefined;
  const own = orgs.filter((o) => !o.liveUntil);
  return findOrg(own, localStorage.getItem(LAST_ORG_KEY) ?? undefined) ?? own[0];
}

export function Shell({ children }: { children: ReactNode }) {
  const { user, organizations } = useSignedIn();
  const { pathname: path, searchStr } = useLocation();
  const org = useCurrentOrg(organizations, path);
  const t = useT();
  useScrollRestore(path + searchStr);
  return (
    <>
      <SkipLink />
      <Header user={user} orgs={organizations} currentSlug={org?.slug} />
      <div className="layout">
        <SideNav user={user} org={org} />
        <main id="main" tabIndex={-1} className="content">
          <NoticeRegion />
          <InvitationBanner />
          {org?.liveUntil && (
            <p className="notice notice-warning" role="status">
              {t('liveAccess.banner', { org: org.name, until: jstMinute(new Date(org.liveUntil)) })}
            </p>
          )}
          {children}
        </main>
      </div>
    </>
  );
}
