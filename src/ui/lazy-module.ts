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
 * `retry` to try again.
 */
export function useLazyModule<T>(lazy: LazyModule<T>, what: string): { mod: T | undefined; failed: boolean; retry: () => void } {
  const [mod, setMod] = useState<T | undefined>(lazy.loaded);
  const [attempt, setAttempt] = useState(0);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (mod) return;
    let live = true;
    lazy.load().then(
      (loaded) => live && setMod(() => loaded),
      (error: unknown) => {
        console.error(`stages-quiz: ${what} could not be loaded`, error);
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  return {
    mod,
    failed,
    retry: () => {
      setFailed(false);
      setAttempt((n) => n + 1);
    },
  };
}
