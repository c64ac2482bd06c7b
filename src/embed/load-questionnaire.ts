import type { ParseResult } from '../core/types';
import type { Builtins } from './builtins-website';
import type { QuestionnaireSource } from './parse-settings';

/** One fetch per questionnaire URL per page: a hundred widgets naming one URL share its result. */
const fetched = new Map<string, Promise<ParseResult>>();

/**
 * Turns a questionnaire source into a validated questionnaire or a list of problems; never
 * rejects. A built-in id comes from `builtins` (checked when built, so no validator runs); a URL
 * is fetched only when it is on the page's own origin (checked again here, whatever the caller
 * did), without cookies or referrer, then checked by the validator (the fetch and the validator
 * are loaded on demand together: host-questionnaire.ts).
 */
export function loadQuestionnaire(
  source: QuestionnaireSource | undefined,
  pageUrl: string,
  builtins: Builtins,
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
): Promise<ParseResult> {
  if (!source || source.kind === 'builtin') {
    const id = source?.id ?? [...builtins.keys()][0]!;
    const questionnaire = builtins.get(id);
    return Promise.resolve(
      questionnaire
        ? { ok: true, questionnaire }
        : fail(`questionnaire "${id}" is not built into this script (built in: ${[...builtins.keys()].join(', ')})`),
    );
  }
  let url: URL;
  try {
    url = new URL(source.url, pageUrl);
  } catch {
    return Promise.resolve(fail(`questionnaire ${JSON.stringify(source.url)} is not a valid URL`));
  }
  if (url.origin !== new URL(pageUrl).origin) {
    return Promise.resolve(fail(`questionnaire ${url.href} is on another origin; only this site's own questionnaires are loaded`));
  }
  let result = fetched.get(url.href);
  if (!result) fetched.set(url.href, (result = checks().then((c) => c.fetchAndCheck(url.href, fetchImpl), unloaded)));
  return result;
}

/**
 * Checks a questionnaire the host supplies (a URL's JSON, or an object given to the property). The
 * validator is a part of its own: in the website script it is loaded on demand from beside the
 * script (load-part.ts); everywhere else it is a code-split chunk. Never rejects.
 */
export function validateQuestionnaire(input: unknown): Promise<ParseResult> {
  return checks().then((c) => c.parseQuestionnaire(input), unloaded);
}

/** The fetch and the validator (host-questionnaire.ts): one part, loaded on demand. */
function checks() {
  return import('./host-questionnaire');
}

function unloaded(error: unknown): ParseResult {
  return fail(`the validator could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
}

function fail(message: string): ParseResult {
  return { ok: false, problems: [{ path: 'questionnaire', message }] };
}

/** Forgets fetched questionnaires (tests only: a page keeps them for its life). */
export function forgetFetchedQuestionnaires(): void {
  fetched.clear();
}
