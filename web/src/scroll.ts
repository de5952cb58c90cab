// Where each page of this tab's history was scrolled, so that Back (and Forward) return to the same
// place — on the answer sheet, the item one was at — instead of the top. The browser's own restoring
// runs before the screen has rendered its content (too short to scroll), so it is switched off and done
// here: each history entry gets a key, its position is kept when it is left, and after Back/Forward the
// position is applied as soon as the page is tall enough (given up when the person scrolls or types).

import type { RouterHistory } from '@tanstack/react-router';
import { useEffect } from 'react';

const positions = new Map<string, number>();
let currentKey = '';
/** the position to apply after a Back/Forward, until the screen has taken it */
let pending: number | null = null;
/** The last redirect (a navigation that replaced the entry): from which path to which. */
let lastRedirect: { from: string; to: string } | null = null;

const keyOf = (state: { __TSR_key?: string; key?: string }): string => state.__TSR_key ?? state.key ?? '';

/**
 * Called once at start-up with the router's history (each entry carries a key): keeps the position of
 * the entry being left; a new page or a replaced one starts at its top, Back/Forward restore.
 */
export function startScrollMemory(history: RouterHistory): void {
  if ('scrollRestoration' in window.history) window.history.scrollRestoration = 'manual';
  currentKey = keyOf(history.location.state);
  let currentPath = history.location.pathname;
  history.subscribe(({ location, action }) => {
    positions.set(currentKey, window.scrollY);
    currentKey = keyOf(location.state);
    lastRedirect = action.type === 'REPLACE' ? { from: currentPath, to: location.pathname } : null;
    currentPath = location.pathname;
    if (action.type === 'PUSH' || action.type === 'REPLACE') {
      pending = null;
      window.scrollTo(0, 0); // a new page, or the next page of a list: from its top
    } else pending = positions.get(currentKey) ?? 0;
  });
}

/** The path the app redirected from to reach `path` ('/' → '/o/sakura'), if it got there that way. */
export const redirectedFrom = (path: string): string | null => (lastRedirect?.to === path ? lastRedirect.from : null);

/** Applies the position Back/Forward asked for once the page is tall enough to take it. */
/** `at`: the path and query (Back between two pages of one list restores too). */
export function useScrollRestore(at: string): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the address changes
  useEffect(() => {
    const target = pending;
    if (target === null) return;
    const fits = () => document.documentElement.scrollHeight - window.innerHeight >= target - 1;
    const apply = () => {
      window.scrollTo(0, target);
      pending = null;
    };
    if (fits()) {
      apply();
      return;
    }
    const observer = new ResizeObserver(() => {
      if (fits()) {
        apply();
        stop();
      }
    });
    const timer = setTimeout(() => stop(), 5000);
    const stop = () => {
      observer.disconnect();
      clearTimeout(timer);
      for (const type of ['wheel', 'keydown', 'touchstart', 'mousedown'] as const) window.removeEventListener(type, stop);
    };
    observer.observe(document.body);
    for (const type of ['wheel', 'keydown', 'touchstart', 'mousedown'] as const) window.addEventListener(type, stop, { passive: true });
    return stop;
  }, [at]);
}
