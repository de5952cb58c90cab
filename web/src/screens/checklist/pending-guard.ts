// Items with unsaved edits or a save under way: while there are any, the browser asks before the page
// is closed or reloaded.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n.ts';
import '../../messages/assessments.ts';

/** Returns what each item calls to say whether it is pending. */
export function usePendingGuard(): (itemId: string, isPending: boolean) => void {
  const t = useT();
  const pending = useRef(new Set<string>());
  const [hasPending, setHasPending] = useState(false);
  const onPending = useCallback((itemId: string, isPending: boolean) => {
    if (isPending) pending.current.add(itemId);
    else pending.current.delete(itemId);
    setHasPending(pending.current.size > 0);
  }, []);
  useEffect(() => {
    if (!hasPending) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = t('sheet.unsavedLeave');
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [hasPending, t]);
  return onPending;
}
