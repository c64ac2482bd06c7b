import type { Problem } from '../types';
import { checkRange, reportUnknown, type ConditionScope } from '../validate-condition';
import { expectType, get, list, quote, type JsonObject } from '../validate-context';

const SCORE_TESTS = ['range', 'scored'] as const;

/** A test on a score (flags only): `{ score, range }` or `{ score, scored }`. */
export function validateScoreTest(value: JsonObject, path: string, scope: ConditionScope, out: Problem[]): void {
  const scores = scope.scores ?? new Set<string>();
  const tests = SCORE_TESTS.filter((k) => Object.hasOwn(value, k));
  if (tests.length !== 1) {
    out.push({
      path,
      message: tests.length === 0 ? `a test on a score needs one of: ${list(SCORE_TESTS)}` : `a test on a score has exactly one test; found ${list(tests)}`,
    });
  }
  reportUnknown(value, path, ['score', ...SCORE_TESTS], out);
  const id = get(value, 'score');
  if (expectType(id, 'string', `${path}.score`, out) && !scores.has(id as string)) {
    out.push({
      path: `${path}.score`,
      message: `unknown scale or composite ${quote(id)}${scores.size ? `; expected one of: ${list([...scores])}` : '; this questionnaire declares none'}`,
    });
  }
  if (tests.length !== 1) return;
  if (tests[0] === 'scored') return void expectType(get(value, 'scored'), 'boolean', `${path}.scored`, out);
  checkRange(get(value, 'range'), `${path}.range`, undefined, out);
}

