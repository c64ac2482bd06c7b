import { useEffect, useRef } from 'preact/hooks';

/**
 * Calls `follow` when the host changes the `lang` setting after the first render (the first
 * render already used it). The caller switches language in the reducer, so the answers stay.
 */
export function useLangSetting(lang: string | undefined, follow: () => void): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    follow();
  }, [lang]);
}
