import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseQuestionnaire } from '../../src/core/parse-questionnaire';
import type { ParseResult } from '../../src/core/types';
import { validQuestionnaire, type Json } from './parse-fixtures';

/** `(root)`, or keys and indexes such as `items[3].options[1].value` or `responseSets["a b"]`. */
const PATH = /^(\(root\)|([A-Za-z_$][\w$]*|\[("([^"\\]|\\.)*"|\d+)\])(\.[A-Za-z_$][\w$]*|\[("([^"\\]|\\.)*"|\d+)\])*)$/;

/** The result is well formed: a questionnaire, or a non-empty list of problems with a path and a message. */
function expectWellFormed(result: ParseResult): void {
  if (result.ok) {
    expect(typeof result.questionnaire).toBe('object');
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    expect(problem.path).toMatch(PATH);
    expect(problem.message.trim().length).toBeGreaterThan(0);
    // The catch-all in parseQuestionnaire hides bugs from the host page, not from these tests.
    expect(problem.message).not.toContain('internal error');
  }
}

/** Every path into the valid questionnaire (as key lists), so mutations can land anywhere. */
function allPaths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((key) => allPaths(value[key], [...prefix, key]))];
}

const PATHS = allPaths(validQuestionnaire());

type Mutation = { at: number; op: 'replace' | 'delete' | 'add'; key: string; value: unknown };

function mutate(q: Json, mutation: Mutation): void {
  const path = PATHS[mutation.at % PATHS.length]!;
  if (path.length === 0) return;
  let parent = q;
  for (const key of path.slice(0, -1)) {
    parent = parent?.[key];
    if (typeof parent !== 'object' || parent === null) return;
  }
  const last = path[path.length - 1]!;
  if (mutation.op === 'replace') parent[last] = mutation.value;
  else if (mutation.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (typeof parent[last] === 'object' && parent[last] !== null && !Array.isArray(parent[last])) {
    parent[last][mutation.key] = mutation.value;
  }
}

const mutationArb = fc.record({
  at: fc.nat(),
  op: fc.constantFrom<Mutation['op']>('replace', 'delete', 'add'),
  key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'en', 'es', 'id', 'items')),
  value: fc.oneof(fc.jsonValue(), fc.constantFrom('precontemplation', 'status', 'a1', 'no', 0, 10, -1, '', null)),
});

// Generous timeouts: the runs are many and the machine is shared; the properties, not speed, are tested here.
describe('parseQuestionnaire never throws', { timeout: 60_000 }, () => {
  test('on arbitrary JSON', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => expectWellFormed(parseQuestionnaire(value))), { numRuns: 500 });
  });

  test('on arbitrary JavaScript values (functions, symbols, class instances, sparse arrays…)', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true }), (value) =>
        expectWellFormed(parseQuestionnaire(value)),
      ),
      { numRuns: 500 },
    );
  });

  test('on a valid questionnaire with one to four things changed anywhere', () => {
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (mutations) => {
        const q = validQuestionnaire();
        for (const mutation of mutations) mutate(q, mutation);
        const result = parseQuestionnaire(q);
        expectWellFormed(result);
        // Whatever is accepted is accepted again as it was returned.
        if (result.ok) expect(parseQuestionnaire(result.questionnaire)).toEqual(result);
      }),
      { numRuns: 400 },
    );
  });

  test('a deleted required field is always reported at its path', () => {
    const required = PATHS.filter((p) => p.length === 1 && !['$schema', 'url', 'estimatedMinutes', 'responseSets'].includes(String(p[0])));
    fc.assert(
      fc.property(fc.constantFrom(...required), (path) => {
        const q = validQuestionnaire();
        delete q[path[0]!];
        const result = parseQuestionnaire(q);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.problems).toContainEqual({ path: String(path[0]), message: `missing required field '${String(path[0])}'` });
      }),
    );
  });
});
