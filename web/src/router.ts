// A small router on the History API: the URL is the state; components subscribe to it.
import { useSyncExternalStore } from 'react';
import { entryState } from './scroll.ts';

const listeners = new Set<() => void>();

const notify = () => {
  for (const listener of listeners) listener();
};

const onPopState = () => notify();

function subscribe(listener: () => void) {
  if (listeners.size === 0) window.addEventListener('popstate', onPopState);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', onPopState);
  };
}

const snapshot = () => window.location.pathname + window.location.search;

/** The last redirect (a navigation that replaced the entry): from which path to which. */
let lastRedirect: { from: string; to: string } | null = null;

/** The path the app redirected from to reach `path` ('/' → '/o/sakura'), if it got there that way. */
export const redirectedFrom = (path: string): string | null => (lastRedirect?.to === path ? lastRedirect.from : null);

export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  const from = window.location.pathname;
  lastRedirect = opts.replace ? { from, to: to.split('?')[0] ?? to } : null;
  const state = entryState(opts.replace === true);
  if (opts.replace) window.history.replaceState(state, '', to);
  else window.history.pushState(state, '', to);
  window.scrollTo(0, 0); // a new page, or the next page of a list: from its top
  notify();
}

export interface Location {
  path: string;
  query: URLSearchParams;
}

export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, snapshot, () => '/');
  const q = href.indexOf('?');
  return { path: q < 0 ? href : href.slice(0, q), query: new URLSearchParams(q < 0 ? '' : href.slice(q + 1)) };
}

/** Matches '/o/:slug/settings' against a path; returns the parameters or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i += 1) {
    const w = want[i] as string;
    const h = have[i] as string;
    if (w.startsWith(':')) params[w.slice(1)] = decodeURIComponent(h);
    else if (w !== h) return null;
  }
  return params;
}
