// Data hooks: load something when a key changes; run an action and keep its error for the form.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from './api.ts';
import { t } from './i18n.ts';
import { useNotice } from './notice.tsx';

const asApiError = (err: unknown): ApiError =>
  err instanceof ApiError ? err : new ApiError('CLIENT', err instanceof Error ? err.message : t('error.unknown'), 0);

export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
}

/** Loads with `fn` whenever `key` changes (and on reload()); answers of stale requests are dropped. */
export function useLoad<T>(key: string, fn: () => Promise<T>): Loaded<T> {
  const fnRef = useRef(fn);
  fnRef.current = fn;
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<{ data: T | undefined; error: ApiError | null; loading: boolean }>({
    data: undefined,
    error: null,
    loading: true,
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: key and version are the triggers; fn is read through a ref
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    fnRef.current().then(
      (data) => live && setState({ data, error: null, loading: false }),
      (err: unknown) => live && setState({ data: undefined, error: asApiError(err), loading: false }),
    );
    return () => {
      live = false;
    };
  }, [key, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { ...state, reload };
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
