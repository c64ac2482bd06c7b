// What only a questionnaire the host supplies needs: its fetch and the validator. The website
// script's `validator` part (vite-plugins.ts ON_DEMAND_PARTS), loaded on demand from beside the
// script; a code-split chunk everywhere else. load-questionnaire.ts is the one door to it.
import type { ParseResult } from '../core/types';
import { parseQuestionnaire } from '../core/parse-questionnaire';
import { tryBands, tryHighest } from '../core/decide-by-scores';
import { scaleScoring } from '../core/scale-scoring';
import { scoreScales } from '../core/score-scales';

export { parseQuestionnaire };

// In the website script, scale-scoring is a stand-in the script shares with this part (its
// built-in has no scales): a host's questionnaire may, so the real scoring goes in as this loads.
// Everywhere else it is the real object already, and this changes nothing.
Object.assign(scaleScoring, { scoreScales, tryBands, tryHighest });

/** The largest questionnaire file a page fetches (the validator's own limit, MAX_TOTAL_CHARS, is the same 2 MB). */
const MAX_RESPONSE_CHARS = 2_000_000;

/** Fetches a same-origin questionnaire without cookies or referrer, and checks it; never rejects. */
export async function fetchAndCheck(href: string, fetchImpl: typeof fetch): Promise<ParseResult> {
  let response: Response;
  try {
    response = await fetchImpl(href, { mode: 'same-origin', credentials: 'omit', redirect: 'error', referrerPolicy: 'no-referrer' });
  } catch (error) {
    return fail(`questionnaire ${href} could not be fetched (${String(error)})`);
  }
  if (!response.ok) return fail(`questionnaire ${href} answered HTTP ${response.status}`);
  let json: unknown;
  let text = '';
  try {
    text = await response.text();
    if (text.length > MAX_RESPONSE_CHARS) return fail(`questionnaire ${href} is ${text.length} characters; at most ${MAX_RESPONSE_CHARS} are read`);
    json = JSON.parse(text);
  } catch (error) {
    return fail(`questionnaire ${href} is not valid JSON (${jsonErrorWhere(error, text)})`);
  }
  return parseQuestionnaire(json);
}

/**
 * The engine's message, with the line and column an author can find the fault at: some engines
 * give only a character position ("… in JSON at position 18").
 */
function jsonErrorWhere(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const at = /position (\d+)/.exec(message);
  if (!at || /line \d/.test(message)) return message;
  const lines = text.slice(0, Number(at[1])).split('\n');
  return `${message}: line ${lines.length}, column ${lines.at(-1)!.length + 1}`;
}

function fail(message: string): ParseResult {
  return { ok: false, problems: [{ path: 'questionnaire', message }] };
}
