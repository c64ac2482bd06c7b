import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

const sheets = new Map<string, CSSStyleSheet | null>();

/**
 * Styles that travel with a module loaded on demand (the result phase, the next step), so the
 * website script carries none of them: on first render they join the stylesheets of the root the
 * element in `ref` renders in (the element's shadow root, or the standalone and iframe pages'
 * document), once. A constructable stylesheet needs no CSP exception. Where the browser has none,
 * the screen still works unstyled.
 */
export function useAdoptedStyles(ref: RefObject<HTMLElement | null>, css: string): void {
  useLayoutEffect(() => {
    const root = ref.current?.getRootNode() as (Document | ShadowRoot) | undefined;
    if (!root || !('adoptedStyleSheets' in root)) return;
    try {
      let sheet = sheets.get(css);
      if (sheet === undefined) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        sheets.set(css, sheet);
      }
      if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    } catch {
      sheets.set(css, null);
    }
  }, []);
}
