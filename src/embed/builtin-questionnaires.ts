import { parseQuestionnaire } from '../core/parse-questionnaire';
import type { ParseResult } from '../core/types';
import quick from '../../questionnaire/quick.json';
import intake from '../../questionnaire/intake.json';

const SOURCES: Readonly<Record<string, unknown>> = { quick, intake };

/** Ids of the questionnaires inlined in the bundle; the first is the default. */
export const BUILTIN_IDS: readonly string[] = Object.keys(SOURCES);

const parsed = new Map<string, ParseResult>();

/**
 * A built-in questionnaire by id, validated once per page and shared by every widget; undefined
 * for an id that is not built in.
 */
export function builtinQuestionnaire(id: string): ParseResult | undefined {
  if (!Object.hasOwn(SOURCES, id)) return undefined;
  let result = parsed.get(id);
  if (!result) parsed.set(id, (result = parseQuestionnaire(SOURCES[id])));
  return result;
}
