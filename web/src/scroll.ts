// Where each page of this tab's history was scrolled, so that Back (and Forward) return to the same
// place — on the answer sheet, the item one was at — instead of the top. The browser's own restoring
// runs before the screen has rendered its content (too short to scroll), so it is switched off and done
// here: each history entry has a key (the router's), its place is kept when it is left, and after
// Back/Forward the place is taken again as the page arrives (given up when the person scrolls or types).

import type { RouterHistory } from '@tanstack/react-router';
import { useEffect } from 'react';

/**
 * Where a page was: its scroll position, and the part of the page the reader was at (the first item
 * or section still in view, and how far from the top of the window it was). Back restores the part:
 * when the page comes back in stages (the answers, then the suggestions above them), the position
 * alone would land on something else.
 */
interface Place {
  y: number;
  anchor?: { id: string; top: number };
}

const positions = new Map<string, Place>();
let currentKey = '';
/** the place to go back to after a Back/Forward, until the screen has taken it */
let pending: Place | null = null;

const ANCHORS = 'main article[id], main section[id], main h2[id]';

function placeNow(): Place {
  const y = window.scrollY;
  for (const el of document.querySelectorAll<HTMLElement>(ANCHORS)) {
    const box = el.getBoundingClientRect();
    if (box.bottom > 0 && box.height > 0) return { y, anchor: { id: el.id, top: box.top } };
  }
  return { y };
}
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
    positions.set(currentKey, placeNow());
    currentKey = keyOf(location.state);
    lastRedirect = action.type === 'REPLACE' ? { from: currentPath, to: location.pathname } : null;
    currentPath = location.pathname;
    if (action.type === 'PUSH' || action.type === 'REPLACE') {
      pending = null;
      window.scrollTo(0, 0); // a new page, or the next page of a list: from its top
    } else pending = positions.get(currentKey) ?? { y: 0 };
  });
}

/** The path the app redirected from to reach `path` ('/' → '/o/sakura'), if it got there that way. */
export const redirectedFrom = (path: string): string | null => (lastRedirect?.to === path ? lastRedirect.from : null);

/**
 * Takes the reader back to the place Back/Forward asked for: the part of the page once it is there
 * (kept in place while more of the page arrives, for a few seconds or until the person scrolls or
 * types), else the position once the page is tall enough. `at`: the path and query (Back between two
 * pages of one list restores too).
 */
export function useScrollRestore(at: string): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the address changes
  useEffect(() => {
    const place = pending;
    if (place === null) return;
    pending = null;
    const { y, anchor } = place;
    const fits = () => document.documentElement.scrollHeight - window.innerHeight >= y - 1;
    let placed = false;
    const align = () => {
      const el = anchor ? document.getElementById(anchor.id) : null;
      if (el && anchor) {
        window.scrollTo(0, window.scrollY + el.getBoundingClientRect().top - anchor.top);
        placed = true;
      } else if (!anchor && fits()) {
        window.scrollTo(0, y);
        placed = true;
      }
    };
    align();
    if (placed && !anchor) return;
    // the page grows as its parts arrive: keep the part in place (or wait until the page can take the position)
    const observer = new ResizeObserver(() => {
      align();
      if (placed && !anchor) stop();
    });
    const timer = setTimeout(() => {
      if (!placed && fits()) window.scrollTo(0, y); // the part is gone: the position, as near as it gets
      stop();
    }, 5000);
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
