// Shows loading and load errors the same way everywhere; renders children once data is there.
import type { ReactNode } from 'react';
import type { Loaded } from '../hooks.ts';
import { useT } from '../i18n.ts';

/** The line shown while something loads (data, or a screen's file: lazy.tsx). */
export function LoadingLine() {
  const t = useT();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}

export function Loadable<T>({ state, children }: { state: Loaded<T>; children: (data: T) => ReactNode }) {
  const t = useT();
  if (state.error) {
    return (
      <div className="form-error" role="alert">
        <strong>{t('error.loadFailed')}</strong> {state.error.message}{' '}
        <button type="button" className="button-link" onClick={state.reload}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  if (state.data === undefined) return <LoadingLine />;
  return <>{children(state.data)}</>;
}
