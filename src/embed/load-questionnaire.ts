import type { ParseResult } from '../core/types';
import { parseQuestionnaire } from '../core/parse-questionnaire';
import { BUILTIN_IDS, builtinQuestionnaire } from './builtin-questionnaires';
import type { QuestionnaireSource } from './parse-settings';

/**
 * Turns a questionnaire source into a validated questionnaire or a list of problems; never
 * rejects. A built-in id comes from the bundle; a URL is fetched only when it is on the page's
 * own origin (checked again here, whatever the caller did), without cookies or referrer.
 */
export async function loadQuestionnaire(
  source: QuestionnaireSource | undefined,
  pageUrl: string,
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
): Promise<ParseResult> {
  if (!source || source.kind === 'builtin') {
    const id = source?.id ?? BUILTIN_IDS[0]!;
    return (
      builtinQuestionnaire(id) ??
      fail(`questionnaire "${id}" is not a built-in questionnaire (built in: ${BUILTIN_IDS.join(', ')})`)
    );
  }
  let url: URL;
  try {
    url = new URL(source.url, pageUrl);
  } catch {
    return fail(`questionnaire ${JSON.stringify(source.url)} is not a valid URL`);
  }
  if (url.origin !== new URL(pageUrl).origin) {
    return fail(`questionnaire ${url.href} is on another origin; only this site's own questionnaires are loaded`);
  }
  let response: Response;
  try {
    response = await fetchImpl(url.href, {
      mode: 'same-origin',
      credentials: 'omit',
      redirect: 'error',
      referrerPolicy: 'no-referrer',
    });
  } catch (error) {
    return fail(`questionnaire ${url.href} could not be fetched (${String(error)})`);
  }
  if (!response.ok) return fail(`questionnaire ${url.href} answered HTTP ${response.status}`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    return fail(`questionnaire ${url.href} is not valid JSON`);
  }
  return parseQuestionnaire(json);
}

function fail(message: string): ParseResult {
  return { ok: false, problems: [{ path: 'questionnaire', message }] };
}
