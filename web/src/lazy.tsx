// Screens loaded when first needed (one file each, so sign-in does not download the ledgers and the
// administration). A screen's file can be fetched ahead (`preload`, e.g. while the session is still
// being asked for): once there, the screen renders at once, without a loading line. No Suspense here:
// React holds back content revealed after a fallback for up to 300 ms, which a screen fetched ahead
// would pay for nothing. A screen whose file fails to load (a new version replaced it, the
// connection dropped) says so and offers a reload instead of a blank page.
import { type ComponentProps, type ComponentType, createElement, type ReactNode, useEffect, useState } from 'react';
import { LoadingLine } from './components/Loadable.tsx';
import { useT } from './i18n.ts';

// biome-ignore lint/suspicious/noExplicitAny: any component; its props stay typed through C
type AnyComponent = ComponentType<any>;

export type LazyScreen<C extends AnyComponent> = ((props: ComponentProps<C>) => ReactNode) & {
  /** starts fetching the screen's file (once); resolves when it is there */
  preload: () => Promise<void>;
};

function LoadFailed() {
  const t = useT();
  return (
    <div className="form-error" role="alert">
      <p>{t('error.screenLoad')}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('common.reloadPage')}
      </button>
    </div>
  );
}

/** `lazyNamed(() => import('./X.tsx'), 'X')`: the named component X, fetched when first rendered or preloaded. */
export function lazyNamed<M extends Record<K, AnyComponent>, K extends keyof M>(load: () => Promise<M>, name: K): LazyScreen<M[K]> {
  let loaded: M[K] | undefined;
  let pending: Promise<void> | undefined;
  const preload = () => {
    pending ??= load().then(
      (m) => {
        loaded = m[name];
      },
      (err: unknown) => {
        pending = undefined; // the next attempt fetches again
        throw err;
      },
    );
    return pending;
  };
  // biome-ignore lint/correctness/noComponentHookFactories: made once per screen at module level, as React.lazy is
  function Lazy(props: ComponentProps<M[K]>) {
    const [failed, setFailed] = useState(false);
    const [, setArrived] = useState(false);
    useEffect(() => {
      // also when it arrived between the render and now: preload() then resolves at once
      let live = true;
      preload().then(
        () => live && setArrived(true),
        () => live && setFailed(true),
      );
      return () => {
        live = false;
      };
    }, []);
    if (loaded) return createElement(loaded, props);
    return failed ? <LoadFailed /> : <LoadingLine />;
  }
  return Object.assign(Lazy, { preload });
}
