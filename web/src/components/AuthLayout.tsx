// The frame for screens before full sign-in: set-up, login, second factor, forced changes.
import type { ReactNode } from 'react';
import { useT } from '../i18n.ts';
import { NoticeRegion } from '../notice.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { SkipLink } from './SkipLink.tsx';

export function AuthLayout({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <>
      <SkipLink />
      <header className="app-header">
        <span className="brand">{t('app.name')}</span>
        <div className="header-tools no-print">
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="auth-main">
        <NoticeRegion />
        <div className="auth-card">{children}</div>
      </main>
    </>
  );
}
