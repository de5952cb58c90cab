// Where each page of this tab's history was scrolled, so that Back (and Forward) return to the same
// place — on the answer sheet, the item one was at — instead of the top. The browser's own restoring
// runs before the screen has rendered its content (too short to scroll), so it is switched off and done
// here: each history entry gets a key, its position is kept when it is left, and after Back/Forward the
// position is applied as soon as the page is tall enough (given up when the person scrolls or types).
import { useEffect } from 'react';

const positions = new Map<string, number>();
let currentKey = '';
/** the position to apply after a Back/Forward, until the screen has taken it */
let pending: number | null = null;

const newKey = () => Math.random().toString(36).slice(2, 12);
const keyOf = (state: unknown): string | undefined => (state as { key?: string } | null)?.key;

/** Called once at start-up, before the router listens to popstate. */
export function startScrollMemory(): void {
  if (!('scrollRestoration' in window.history)) return;
  window.history.scrollRestoration = 'manual';
  currentKey = keyOf(window.history.state) ?? newKey();
  window.history.replaceState({ key: currentKey }, '');
  window.addEventListener('popstate', (e) => {
    positions.set(currentKey, window.scrollY);
    currentKey = keyOf(e.state) ?? newKey();
    pending = positions.get(currentKey) ?? 0;
  });
}

/** The state of the entry a navigation makes: a new key for a new entry, the same one when replacing. */
export function entryState(replace: boolean): { key: string } {
  if (!replace) {
    positions.set(currentKey, window.scrollY);
    currentKey = newKey();
  }
  pending = null;
  return { key: currentKey };
}

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
