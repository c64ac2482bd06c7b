import type { Problem } from './types';
import { STAGES } from './types';
import { checkKeys, childPath, expectType, get, indexPath, type JsonObject, type JsonValue } from './validate-context';
import { validateLink } from './validate-link';
import { validateLocalizedText } from './validate-localized-text';

/** Checks `guidance`: all five stages, each with a headline, reflection, helps and 2–3 questions. */
export function validateGuidance(value: JsonValue | undefined, locales: readonly string[] | undefined, out: Problem[]): void {
  if (!expectType(value, 'object', 'guidance', out)) return;
  const guidance = value as JsonObject;
  checkKeys(guidance, 'guidance', STAGES, [], out);
  for (const stage of STAGES) {
    const path = childPath('guidance', stage);
    const entry = get(guidance, stage);
    if (!expectType(entry, 'object', path, out)) continue;
    const g = entry as JsonObject;
    checkKeys(g, path, ['headline', 'reflection', 'helps', 'questions'], ['slipNote', 'links'], out);
    for (const key of ['headline', 'reflection', 'slipNote']) validateLocalizedText(get(g, key), `${path}.${key}`, locales, out);
    validateTexts(get(g, 'helps'), `${path}.helps`, 1, Infinity, 'at least one thing that tends to help', locales, out);
    validateTexts(get(g, 'questions'), `${path}.questions`, 2, 3, 'two or three open questions', locales, out);
    const links = get(g, 'links');
    if (!expectType(links, 'array', `${path}.links`, out)) continue;
    (links as readonly JsonValue[]).forEach((link, i) => {
      const at = indexPath(`${path}.links`, i);
      if (!expectType(link, 'object', at, out)) return;
      checkKeys(link as JsonObject, at, ['label', 'href'], [], out);
      validateLocalizedText(get(link as JsonObject, 'label'), `${at}.label`, locales, out);
      validateLink(get(link as JsonObject, 'href'), `${at}.href`, 'https-mailto-tel', out);
    });
  }
}

function validateTexts(
  value: JsonValue | undefined,
  path: string,
  min: number,
  max: number,
  wanted: string,
  locales: readonly string[] | undefined,
  out: Problem[],
): void {
  if (!expectType(value, 'array', path, out)) return;
  const texts = value as readonly JsonValue[];
  if (texts.length < min || texts.length > max) out.push({ path, message: `expected ${wanted}; got ${texts.length}` });
  texts.forEach((text, i) => validateLocalizedText(text, indexPath(path, i), locales, out));
}
