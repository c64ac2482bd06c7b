import { useEffect, useState } from 'preact/hooks';

/** A module loaded on demand, once (see load-next-step.ts, load-result-phase.ts). */
export interface LazyModule<T> {
  /** Starts the load, or joins the one under way; a failed load is forgotten, so the next call retries. */
  load(): Promise<T>;
  /** The module once it has loaded (so a second render needs no "Loading…" frame). */
  readonly loaded: T | undefined;
}

/**
 * Wraps a dynamic `import()`: the website script's build turns that import into an on-demand part
 * loaded from beside the script (vite-plugins.ts); other builds make it a chunk.
 */
export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  let loading: Promise<T> | undefined;
  let loaded: T | undefined;
  return {
    load() {
      loading ??= importer().then((mod) => (loaded = mod));
      // A flaky connection may work on the next try: forget a failed load.
      loading.catch(() => (loading = undefined));
      return loading;
    },
    get loaded() {
      return loaded;
    },
  };
}

/**
 * The module, or undefined while it loads; `failed` once a load failed (logged with `what`), and
 * `retry` to try again. `lazy` may change between renders (one module per language): the hook
 * then follows the new one.
 */
export function useLazyModule<T>(lazy: LazyModule<T>, what: string): { mod: T | undefined; failed: boolean; retry: () => void } {
  const [, arrived] = useState(0);
  const [failedFor, setFailedFor] = useState<LazyModule<T> | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);
  const mod = lazy.loaded;
  useEffect(() => {
    if (lazy.loaded) return;
    let live = true;
    lazy.load().then(
      () => live && arrived((n) => n + 1),
      (error: unknown) => {
        console.error(`stages-quiz: ${what} could not be loaded`, error);
        if (live) setFailedFor(() => lazy);
      },
    );
    return () => {
      live = false;
    };
  }, [lazy, attempt]);
  return {
    mod,
    failed: !mod && failedFor === lazy,
    retry: () => {
      setFailedFor(undefined);
      setAttempt((n) => n + 1);
    },
  };
}
