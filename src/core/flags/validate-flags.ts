import type { Problem } from '../types';
import { validateCondition, type ConditionScope } from '../validate-condition';
import { checkKeys, describe, expectId, expectType, get, indexPath, list, quote, recordId, type JsonObject, type JsonValue } from '../validate-context';
import { validateLocalizedText } from '../validate-localized-text';
import { validateScoreTest } from './validate-score-test';

/** The severities a flag may have, most pressing first (the summary lists flags in this order). */
export const FLAG_SEVERITIES = ['warning', 'info'] as const;

/**
 * Checks the questionnaire's `flags`: each has a unique id, a condition over answers and scores
 * (`scope.scores` names the scales and composites a score test may use), a severity and a message
 * in every locale.
 */
export function validateFlags(value: JsonValue | undefined, scope: ConditionScope, locales: readonly string[] | undefined, out: Problem[]): void {
  if (!expectType(value, 'array', 'flags', out)) return;
  const seen = new Map<string, string>();
  (value as readonly JsonValue[]).forEach((flag, i) => {
    const path = indexPath('flags', i);
    if (!expectType(flag, 'object', path, out)) return;
    const f = flag as JsonObject;
    checkKeys(f, path, ['id', 'when', 'severity', 'message'], [], out);
    const id = expectId(get(f, 'id'), `${path}.id`, out);
    if (id !== undefined) recordId(seen, id, `${path}.id`, 'flag id', out);
    const severity = get(f, 'severity');
    if (severity !== undefined && !(FLAG_SEVERITIES as readonly JsonValue[]).includes(severity)) {
      out.push({ path: `${path}.severity`, message: `expected one of: ${list(FLAG_SEVERITIES)}; got ${typeof severity === 'string' ? quote(severity) : describe(severity)}` });
    }
    validateLocalizedText(get(f, 'message'), `${path}.message`, locales, out);
    validateCondition(get(f, 'when'), `${path}.when`, { ...scope, scoreTest: validateScoreTest }, out);
  });
}
