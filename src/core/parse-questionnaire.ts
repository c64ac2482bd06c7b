import type { ParseResult, Problem, Questionnaire } from './types';
import { validateCondition } from './validate-condition';
import { checkKeys, describe, expectText, expectType, get, isObject, quote, type JsonObject, type JsonValue } from './validate-context';
import { validateFlags } from './flags/validate-flags';
import { validateGuidance } from './validate-guidance';
import { validateItems, validateResponseSets, type ItemInfo } from './validate-items';
import { snapshotJson } from './validate-json-snapshot';
import { validateLink } from './validate-link';
import { validateLocales, validateLocalizedText } from './validate-localized-text';
import { sortProblems } from './validate-problem-order';
import { validateNextSteps } from './steps/validate-next-steps';
import { checkReachability } from './validate-reachability';
import { validatePlaceholders } from './validate-placeholders';
import { validateScales } from './validate-scales';
import { validateSizes } from './validate-sizes';
import { validateStageMethods } from './validate-stage-methods';

const REQUIRED = ['id', 'version', 'locales', 'title', 'introduction', 'provenance', 'items', 'scoring', 'guidance'];
const OPTIONAL = ['$schema', 'url', 'estimatedMinutes', 'responseSets', 'placeholders', 'nextSteps', 'flags'];
const QUESTIONNAIRE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Checks untrusted input (usually parsed JSON) against the questionnaire format.
 *
 * Returns the typed questionnaire (a clean copy of the input), or every problem found at once,
 * each with a JSON path such as `items[3].options[1].value` and a plain-English message. Beyond
 * shapes and types it checks references between parts (conditions, scales, bands), translations
 * for every declared locale, links, and — by trying every finished set of answers — that each
 * stage rule can decide and that the last method always reaches a stage.
 *
 * Never throws, whatever it is given.
 */
export function parseQuestionnaire(input: unknown): ParseResult {
  try {
    return parse(input);
  } catch (error) {
    // A bug in a check must not become an exception in the host page.
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '(root)', message: `could not be checked (internal error: ${detail})` }] };
  }
}

function parse(input: unknown): ParseResult {
  const out: Problem[] = [];
  const root = snapshotJson(input, out);
  if (!isObject(root)) {
    if (root !== undefined) out.push({ path: '(root)', message: `expected a questionnaire object, got ${describe(root)}` });
    return { ok: false, problems: out };
  }
  // Bounds first: past them nothing else is checked, so any input is answered quickly.
  if (!validateSizes(root, out)) return { ok: false, problems: sortProblems(out, root) };
  checkKeys(root, '(root)', REQUIRED, OPTIONAL, out);
  expectType(get(root, '$schema'), 'string', '$schema', out);
  const id = get(root, 'id');
  if (expectType(id, 'string', 'id', out) && !QUESTIONNAIRE_ID.test(id as string)) {
    out.push({ path: 'id', message: `${quote(id)} is not a valid questionnaire id; use lower-case letters, digits and single dashes, e.g. 'my-intake'` });
  }
  if (expectText(get(root, 'version'), 'version', out) && (get(root, 'version') as string).length > 64) {
    out.push({ path: 'version', message: 'a version is at most 64 characters, e.g. 1.0.0' });
  }
  if (get(root, 'url') !== undefined) validateLink(get(root, 'url'), 'url', 'https', out);
  const locales = validateLocales(get(root, 'locales'), 'locales', out);
  validateLocalizedText(get(root, 'title'), 'title', locales, out);
  validateLocalizedText(get(root, 'introduction'), 'introduction', locales, out);
  const minutes = get(root, 'estimatedMinutes');
  if (expectType(minutes, 'number', 'estimatedMinutes', out) && ((minutes as number) <= 0 || (minutes as number) > 240)) {
    out.push({ path: 'estimatedMinutes', message: `expected a number of minutes above 0 and at most 240, got ${String(minutes)}` });
  }
  validateProvenance(get(root, 'provenance'), locales, out);

  const responseSets = validateResponseSets(get(root, 'responseSets'), locales, out);
  const infos = validateItems(get(root, 'items'), locales, responseSets, get(root, 'responseSets'), out);
  const items = new Map(infos.map((info) => [info.id, info]));
  const broken = brokenItemIds(get(root, 'items'), items);
  for (const info of infos) {
    validateCondition(info.showIf, `${info.path}.showIf`, { items, owner: info, broken }, out);
  }
  const scoreNames = validateScoring(get(root, 'scoring'), items, broken, locales, out);
  const placeholders = validatePlaceholders(get(root, 'placeholders'), items, broken, locales, out);
  validateGuidance(get(root, 'guidance'), locales, { items, broken, placeholders }, out);
  validateNextSteps(get(root, 'nextSteps'), { items, broken }, locales, out);
  validateFlags(get(root, 'flags'), { items, broken, scores: scoreNames }, locales, out);

  // Enumeration needs a fully valid questionnaire; it would only echo earlier problems otherwise.
  if (out.length === 0) checkReachability(root as unknown as Questionnaire, out);
  return out.length === 0 ? { ok: true, questionnaire: root as unknown as Questionnaire } : { ok: false, problems: sortProblems(out, root) };
}

function validateProvenance(value: JsonValue | undefined, locales: readonly string[] | undefined, out: Problem[]): void {
  if (!expectType(value, 'object', 'provenance', out)) return;
  const p = value as JsonObject;
  checkKeys(p, 'provenance', ['source', 'licence', 'validated'], ['citation', 'link', 'notes'], out);
  validateLocalizedText(get(p, 'source'), 'provenance.source', locales, out);
  expectText(get(p, 'licence'), 'provenance.licence', out);
  expectText(get(p, 'citation'), 'provenance.citation', out);
  if (get(p, 'link') !== undefined) validateLink(get(p, 'link'), 'provenance.link', 'https', out);
  expectType(get(p, 'validated'), 'boolean', 'provenance.validated', out);
  validateLocalizedText(get(p, 'notes'), 'provenance.notes', locales, out);
}

function validateScoring(
  value: JsonValue | undefined,
  items: ReadonlyMap<string, ItemInfo>,
  broken: ReadonlySet<string>,
  locales: readonly string[] | undefined,
  out: Problem[],
): ReadonlySet<string> {
  if (!expectType(value, 'object', 'scoring', out)) return new Set();
  const scoring = value as JsonObject;
  checkKeys(scoring, 'scoring', ['stage'], ['scales', 'composites'], out);
  const { scores, names } = validateScales(scoring, items, broken, locales, out);
  validateStageMethods(get(scoring, 'stage'), { items, broken }, scores, names, out);
  return names;
}

/** Ids written on items that did not make it into the index (their problems are already reported). */
function brokenItemIds(value: JsonValue | undefined, known: ReadonlyMap<string, ItemInfo>): Set<string> {
  const ids = new Set<string>();
  if (!Array.isArray(value)) return ids;
  for (const item of value as readonly JsonValue[]) {
    const id = isObject(item) ? get(item, 'id') : undefined;
    if (typeof id === 'string' && !known.has(id)) ids.add(id);
  }
  return ids;
}
