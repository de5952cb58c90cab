// The signed-in frame of a person at a vendor: the header (account, sign-out, language) and the main
// region, without the institutions' menu — the portal is all they reach.
import { useLocation } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { NoticeRegion } from '../notice.tsx';
import { useScrollRestore } from '../scroll.ts';
import { useSignedIn } from '../session.tsx';
import { Header } from './Header.tsx';
import { SkipLink } from './SkipLink.tsx';

export function VendorShell({ children }: { children: ReactNode }) {
  const { user } = useSignedIn();
  const { pathname, searchStr } = useLocation();
  useScrollRestore(pathname + searchStr);
  return (
    <>
      <SkipLink />
      <Header user={user} orgs={[]} currentSlug={undefined} />
      <main id="main" tabIndex={-1} className="content vendor-content">
        <NoticeRegion />
        {children}
      </main>
    </>
  );
}
