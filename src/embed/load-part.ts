/*
 * On-demand parts of the website script (dist/stages-quiz.js): code a visitor's quick path never
 * needs (the validator, for a questionnaire the host supplies) is built as its own classic script,
 * dist/stages-quiz-<name>.js, and loaded from the SAME DIRECTORY AS THE SCRIPT'S OWN URL when first
 * asked for. The build turns a dynamic import of a part's module into `loadPart('<name>')` (vite-plugins.ts).
 *
 * Why a classic <script> and not `import()`: it needs no CORS when the script is served from
 * another origin (a module import does), and under `default-src 'self'` with the script self-hosted
 * it just works. Served from elsewhere, a CSP needs that script's origin (or its directory) in
 * `script-src` — the same source the page already allows for stages-quiz.js; with nonces, add
 * `'strict-dynamic'` (scripts the trusted script creates are then trusted). See the README.
 *
 * A part puts its exports on `self.StagesQuizParts.<name>`; what it shares with the script
 * (Preact, for parts with components; this loader, for a part that loads others) the script puts
 * on `StagesQuizParts.shared` first.
 */

/**
 * The script's own URL, read while the script first runs (document.currentScript is null later).
 * Not run from its own <script src> (a theme's AJAX navigation that runs fetched scripts as inline
 * code, or `type="module"`), it is the last stages-quiz.js the page fetched, as the page's
 * resource timing lists it.
 */
const scriptUrl: string | undefined = (() => {
  try {
    const script = document.currentScript;
    return script instanceof HTMLScriptElement && script.src
      ? script.src
      : performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((name) => /\/stages-quiz\.js([?#]|$)/.test(name))
          .pop();
  } catch {
    return undefined;
  }
})();

// Without it no part can load, and a person would learn it only at the result: the site's owner
// hears of it at once (a page of over 250 files can have dropped the script's line from its list).
if (!scriptUrl) {
  console.error(
    'stages-quiz: where stages-quiz.js was loaded from is unknown (it was not run from its own <script src>, and the page no longer lists it), so the result cannot be loaded: add the script with <script src="…/stages-quiz.js">',
  );
}

type PartsGlobal = Record<string, unknown> & { shared?: Record<string, unknown> };

const loading = new Map<string, Promise<unknown>>();

/** The URL of part `name`: beside the script that is running, or undefined when that is unknown. */
export function partUrl(name: string, base: string | undefined = scriptUrl): string | undefined {
  if (!base) return undefined;
  try {
    return new URL(`stages-quiz-${name}.js`, base).href;
  } catch {
    return undefined;
  }
}

/**
 * Loads part `name` once per page (every widget shares the one promise) and resolves with its
 * exports. Rejects (never throws) when the file is missing, blocked by a CSP, or not a part; the
 * caller shows its friendly message. A failed load is forgotten, so a later widget tries again.
 * @param shared packages the part takes from this script (see OnDemandPart.shares).
 */
export function loadPart<T>(name: string, shared?: Record<string, unknown>): Promise<T> {
  let promise = loading.get(name);
  if (!promise) {
    promise = inject(name, shared);
    loading.set(name, promise);
    promise.catch(() => loading.delete(name));
  }
  return promise as Promise<T>;
}

function inject(name: string, shared: Record<string, unknown> | undefined): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const url = partUrl(name);
    if (!url) {
      reject(new Error(`the ${name} part could not be located: the script's own URL is unknown (load stages-quiz.js with <script src>)`));
      return;
    }
    const global = globalThis as unknown as { StagesQuizParts?: PartsGlobal };
    const parts: PartsGlobal = (global.StagesQuizParts ??= {});
    if (shared) parts.shared = { ...parts.shared, ...shared };
    const script = document.createElement('script');
    script.src = url;
    script.async = true;
    const settle = (ok: boolean) => {
      script.remove();
      const exports = Object.hasOwn(parts, name) ? parts[name] : undefined;
      if (ok && exports && typeof exports === 'object') resolve(exports);
      else reject(new Error(`${url} ${ok ? 'loaded but is not the stages-quiz ' + name + ' part (a different version?)' : 'could not be loaded (missing, or blocked by the page’s Content-Security-Policy)'}`));
    };
    script.addEventListener('load', () => settle(true));
    script.addEventListener('error', () => settle(false));
    (document.head ?? document.documentElement).append(script);
  });
}
