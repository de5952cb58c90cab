// Data hooks over TanStack Query (query.ts): load a resource by its key; change one in place; run an
// action and keep its error for the form (the caller invalidates what it changed: query.ts).
import { keepPreviousData, type QueryKey, useQuery } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { ApiError } from './api.ts';
import { t } from './i18n.ts';
import { useNotice } from './notice.tsx';
import { forgetInactive, queryClient } from './query.ts';

const asApiError = (err: unknown): ApiError =>
  err instanceof ApiError ? err : new ApiError('CLIENT', err instanceof Error ? err.message : t('error.unknown'), 0);

export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
}

/**
 * Loads the resource `queryKey` with `fn` (once for all components showing it). When the key changes
 * (another page, another filter) the previous answer stays on screen until the new one is there.
 */
export function useLoad<T>(queryKey: QueryKey, fn: () => Promise<T>): Loaded<T> {
  const q = useQuery({ queryKey, queryFn: () => fn(), placeholderData: keepPreviousData });
  const { refetch } = q;
  const reload = useCallback(() => void refetch(), [refetch]);
  return { data: q.data, error: q.error ? asApiError(q.error) : null, loading: q.isFetching, reload };
}

/**
 * Replaces a loaded resource in place (an answer saved, a contact moved) without asking the server
 * again; what else the change affects (`alsoChanges`: the organisation's readiness, lists) and is not
 * on screen is forgotten, so it is read afresh when shown.
 */
export function useSetLoaded<T>(queryKey: QueryKey, alsoChanges: QueryKey): (next: T | ((old: T) => T)) => void {
  const keysRef = useRef({ queryKey, alsoChanges });
  keysRef.current = { queryKey, alsoChanges };
  return useCallback((next) => {
    const { queryKey, alsoChanges } = keysRef.current;
    // a read of it still under way (Back to a cached sheet reads it again) would bring back the older
    // copy over this change: it is called off first, then the change is applied
    void queryClient.cancelQueries({ queryKey }).then(() => {
      queryClient.setQueryData<T>(queryKey, (old) =>
        typeof next === 'function' ? (old === undefined ? old : (next as (o: T) => T)(old)) : next,
      );
      forgetInactive(alsoChanges);
    });
  }, []);
}

export interface Action<A extends unknown[], R> {
  run: (...args: A) => Promise<R | undefined>;
  pending: boolean;
  error: ApiError | null;
  reset: () => void;
}

/** Wraps a mutation: tracks pending, keeps the ApiError (message and fields) for display. */
export function useAction<A extends unknown[], R>(fn: (...args: A) => Promise<R>): Action<A, R> {
  const fnRef = useRef(fn);
  fnRef.current = fn;
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const { clear } = useNotice();
  const run = useCallback(
    async (...args: A) => {
      setPending(true);
      setError(null);
      clear(); // an older success message must not stand next to this action's outcome
      try {
        return await fnRef.current(...args);
      } catch (err) {
        setError(asApiError(err));
        return undefined;
      } finally {
        setPending(false);
      }
    },
    [clear],
  );
  const reset = useCallback(() => setError(null), []);
  return { run, pending, error, reset };
}
