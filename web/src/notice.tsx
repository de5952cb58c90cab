// Success and information messages for the whole app, announced through one polite live region that
// is always in the page (screen readers only announce changes to a region that already exists).
// A message belongs to one path: it shows there, and is dropped once the user leaves that path; a
// redirect carries it along (a new password set at '/' is reported on the organisation home it opens).

import { useLocation } from '@tanstack/react-router';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { useT } from './i18n.ts';
import { redirectedFrom } from './scroll.ts';

interface Notice {
  message: string;
  path: string;
  kind: NoticeKind;
  /** the user has been on `path` since the message was given */
  seen: boolean;
}

export type NoticeKind = 'success' | 'info';

interface NoticeContextValue {
  notice: Pick<Notice, 'message' | 'kind'> | null;
  /** Shows a message on `path` (default: the current one; pass the destination when navigating next). */
  notify: (message: string, path?: string, kind?: NoticeKind) => void;
  clear: () => void;
}

const NoticeContext = createContext<NoticeContextValue | null>(null);

export function NoticeProvider({ children }: { children: ReactNode }) {
  const path = useLocation({ select: (l) => l.pathname });
  const [notice, setNotice] = useState<Notice | null>(null);
  const notify = useCallback(
    (message: string, to = window.location.pathname, kind: NoticeKind = 'success') => setNotice({ message, path: to, kind, seen: false }),
    [],
  );
  const clear = useCallback(() => setNotice(null), []);
  useEffect(() => {
    if (notice && notice.path !== path && redirectedFrom(path) === notice.path) setNotice({ ...notice, path, seen: true });
    else if (notice?.path === path && !notice.seen) setNotice({ ...notice, seen: true });
    else if (notice?.seen && notice.path !== path) setNotice(null);
  }, [notice, path]);
  const shown = notice?.path === path ? notice : null;
  const message = shown?.message;
  const kind = shown?.kind;
  const value = useMemo(() => ({ notice: message && kind ? { message, kind } : null, notify, clear }), [message, kind, notify, clear]);
  return <NoticeContext.Provider value={value}>{children}</NoticeContext.Provider>;
}

export function useNotice(): NoticeContextValue {
  const value = useContext(NoticeContext);
  if (!value) throw new Error('useNotice outside NoticeProvider');
  return value;
}

/** The live region; rendered once at the top of <main>. */
export function NoticeRegion() {
  const { notice, clear } = useNotice();
  const t = useT();
  return (
    <div className="notice-region" role="status" aria-live="polite">
      {notice && (
        <div className={`notice notice-${notice.kind}`}>
          <span>{notice.message}</span>
          <button type="button" className="button-link" onClick={clear}>
            {t('common.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
