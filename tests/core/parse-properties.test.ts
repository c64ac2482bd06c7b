import { readFileSync, readdirSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
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

// Issue 12: the validator and questionnaire.schema.json agree. The schema cannot express
// cross-references, translations or reachability, so the validator may refuse more; but whatever
// the validator ACCEPTS the schema must accept too (27 fuzzed questionnaires once broke this).
describe('whatever parseQuestionnaire accepts, the JSON Schema accepts', { timeout: 60_000 }, () => {
  const schema = JSON.parse(readFileSync('questionnaire/questionnaire.schema.json', 'utf8'));
  const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
  test('on a valid questionnaire with one to four things changed anywhere (fast-check)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (mutations) => {
        const q = validQuestionnaire();
        for (const mutation of mutations) mutate(q, mutation);
        // As a file would arrive: JSON (undefined values gone).
        const json = JSON.parse(JSON.stringify(q) ?? 'null');
        if (!parseQuestionnaire(json).ok) return;
        accepted++;
        expect(validate(json) ? [] : validate.errors).toEqual([]);
      }),
      { numRuns: 1500, seed: 1212 },
    );
    // The property is only worth something if many mutants are accepted.
    expect(accepted).toBeGreaterThan(100);
  });

  test('on every text and number of the valid questionnaire set, in turn, to each value at an edge', () => {
    // Where the two once disagreed: links without '//', upper-case schemes, huge numbers, long texts.
    const EDGES = ['https:evil.example', 'HTTPS://example.org', 'https://', 'mailto:a@b', 'tel:+1', 1e308, -1e7, 1_000_000, 0.5, 'x'.repeat(10_001), 'a'.repeat(65), '-a', 'é'];
    const base = validQuestionnaire();
    const leaves = PATHS.map((_, at) => at).filter((at) => {
      const value = PATHS[at]!.reduce((v: Json, key) => v?.[key], base);
      return typeof value === 'string' || typeof value === 'number';
    });
    expect(leaves.length).toBeGreaterThan(100);
    const disagreements: string[] = [];
    for (const at of leaves) {
      for (const value of EDGES) {
        const q = validQuestionnaire();
        mutate(q, { at, op: 'replace', key: '', value });
        if (parseQuestionnaire(q).ok && !validate(q)) disagreements.push(`${PATHS[at]!.join('.')} = ${String(value).slice(0, 20)}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  test('on every questionnaire file in the repository', () => {
    const files = readdirSync('questionnaire').filter((f) => f.endsWith('.json') && f !== 'questionnaire.schema.json');
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const file of files) {
      const json = JSON.parse(readFileSync(`questionnaire/${file}`, 'utf8'));
      expect(parseQuestionnaire(json).ok, file).toBe(true);
      expect(validate(json) ? [] : validate.errors, file).toEqual([]);
    }
  });
});
