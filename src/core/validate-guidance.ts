import type { Problem } from './types';
import { STAGES } from './types';
import { validateCondition } from './validate-condition';
import type { ItemInfo } from './validate-items';
import { checkGuidancePlaceholders } from './validate-placeholders';
import { checkKeys, childPath, expectType, get, indexPath, type JsonObject, type JsonValue } from './validate-context';
import { validateLink } from './validate-link';
import { validateLocalizedText } from './validate-localized-text';

/** What guidance may refer to: items (in block conditions) and declared placeholders (in texts). */
export interface GuidanceScope {
  readonly items: ReadonlyMap<string, ItemInfo>;
  readonly broken: ReadonlySet<string>;
  readonly placeholders: ReadonlySet<string>;
}

/**
 * Checks `guidance`: all five stages, each with a headline, reflection, helps and 2–3 questions,
 * optional conditional blocks, and only declared `{placeholders}` in its texts.
 */
export function validateGuidance(
  value: JsonValue | undefined,
  locales: readonly string[] | undefined,
  scope: GuidanceScope,
  out: Problem[],
): void {
  if (!expectType(value, 'object', 'guidance', out)) return;
  const guidance = value as JsonObject;
  checkKeys(guidance, 'guidance', STAGES, [], out);
  for (const stage of STAGES) {
    const path = childPath('guidance', stage);
    const entry = get(guidance, stage);
    if (!expectType(entry, 'object', path, out)) continue;
    const g = entry as JsonObject;
    checkKeys(g, path, ['headline', 'reflection', 'helps', 'questions'], ['slipNote', 'links', 'blocks'], out);
    const text = (t: JsonValue | undefined, at: string) => {
      validateLocalizedText(t, at, locales, out);
      checkGuidancePlaceholders(t, at, scope.placeholders, out);
    };
    for (const key of ['headline', 'reflection', 'slipNote']) text(get(g, key), `${path}.${key}`);
    validateTexts(get(g, 'helps'), `${path}.helps`, 1, Infinity, 'at least one thing that tends to help', text, out);
    validateTexts(get(g, 'questions'), `${path}.questions`, 2, 3, 'two or three open questions', text, out);
    validateBlocks(get(g, 'blocks'), `${path}.blocks`, scope, text, out);
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

type TextCheck = (value: JsonValue | undefined, path: string) => void;

function validateTexts(value: JsonValue | undefined, path: string, min: number, max: number, wanted: string, check: TextCheck, out: Problem[]): void {
  if (!expectType(value, 'array', path, out)) return;
  const texts = value as readonly JsonValue[];
  if (texts.length < min || texts.length > max) out.push({ path, message: `expected ${wanted}; got ${texts.length}` });
  texts.forEach((text, i) => check(text, indexPath(path, i)));
}

/** Conditional blocks: `when` (a condition, as in skip logic), `heading`, `text`, `replacesSlipNote`. */
function validateBlocks(value: JsonValue | undefined, path: string, scope: GuidanceScope, check: TextCheck, out: Problem[]): void {
  if (!expectType(value, 'array', path, out)) return;
  (value as readonly JsonValue[]).forEach((block, i) => {
    const at = indexPath(path, i);
    if (!expectType(block, 'object', at, out)) return;
    const b = block as JsonObject;
    checkKeys(b, at, ['when', 'heading', 'text'], ['replacesSlipNote'], out);
    validateCondition(get(b, 'when'), `${at}.when`, { items: scope.items, broken: scope.broken }, out);
    check(get(b, 'heading'), `${at}.heading`);
    check(get(b, 'text'), `${at}.text`);
    expectType(get(b, 'replacesSlipNote'), 'boolean', `${at}.replacesSlipNote`, out);
  });
}
