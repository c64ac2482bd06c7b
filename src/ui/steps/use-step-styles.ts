import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import css from './steps.css?inline';

let sheet: CSSStyleSheet | null | undefined;

/**
 * The step's styles travel with its module (loaded on demand), so the website script carries
 * none of them: on first render they join the stylesheets of the root the step renders in (the
 * element's shadow root, or the standalone and iframe pages' document), once. A constructable
 * stylesheet needs no CSP exception. Where the browser has none, the step still works unstyled.
 */
export function useStepStyles(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const root = ref.current?.getRootNode() as (Document | ShadowRoot) | undefined;
    if (!root || !('adoptedStyleSheets' in root)) return;
    try {
      if (sheet === undefined) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
      }
      if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    } catch {
      sheet = null;
    }
  }, []);
}
