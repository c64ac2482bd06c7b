import { readFileSync, existsSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { rulesOnlyQuestionnaire, validQuestionnaire, type Json } from './parse-fixtures';
import { reflectingQuestionnaire } from './reflect-fixtures';

// The JSON Schema authors' editors use: it must accept what parseQuestionnaire accepts and reject
// the shape errors a schema can express (cross-references and translations are the validator's).
const schema = JSON.parse(readFileSync('questionnaire/questionnaire.schema.json', 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

function broken(mutate: (q: Json) => void): Json {
  const q = validQuestionnaire();
  mutate(q);
  return q;
}

describe('questionnaire.schema.json', () => {
  test('is a draft 2020-12 schema that compiles in strict mode', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  test("describes every field, so an author's editor explains it on hover", () => {
    const undescribed: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (typeof node !== 'object' || node === null) return;
      const properties = (node as { properties?: Record<string, { description?: string }> }).properties;
      for (const [key, value] of Object.entries(properties ?? {})) if (!value.description) undescribed.push(`${path}.properties.${key}`);
      for (const [key, value] of Object.entries(node)) walk(value, `${path}.${key}`);
    };
    walk(schema, '#');
    expect(undescribed).toEqual([]);
  });

  const builtins = ['quick', 'intake', 'urica-template'].filter((name) => existsSync(`questionnaire/${name}.json`));
  test.each([
    ['the test questionnaire', validQuestionnaire()],
    ['a rules-only questionnaire', rulesOnlyQuestionnaire()],
    ['one with placeholders, phrases, free text and guidance blocks', reflectingQuestionnaire()],
    ...builtins.map((name) => [`built-in ${name}.json`, JSON.parse(readFileSync(`questionnaire/${name}.json`, 'utf8'))] as [string, Json]),
  ])('accepts %s', (_name, q) => {
    expect(validate(q) ? [] : validate.errors).toEqual([]);
  });

  test.each<[string, Json]>([
    ['an unknown root key', broken((q) => (q.colour = 'blue'))],
    ['an id with capitals', broken((q) => (q.id = 'Quick'))],
    ['an unknown item type', broken((q) => (q.items[2].type = 'slider'))],
    ['an unknown key on an option', broken((q) => (q.items[0].options[0].colour = 'red'))],
    ['a non-integer response value', broken((q) => (q.responseSets.agree5.options[1].value = 2.5))],
    ['an empty translation', broken((q) => (q.title.es = ''))],
    ['a condition with two tests', broken((q) => (q.scoring.stage[0].rules[0].when.oneOf = ['no']))],
    ['a band edge without inclusive', broken((q) => delete q.scoring.stage[1].bands[1].max.inclusive)],
    ['an unknown stage', broken((q) => (q.scoring.stage[0].rules[0].stage = 'ready'))],
    ['missing guidance for a stage', broken((q) => delete q.guidance.action)],
    ['a single reflection question', broken((q) => q.guidance.contemplation.questions.pop())],
    ['a javascript: link', broken((q) => (q.guidance.preparation.links[0].href = 'javascript:alert(1)'))],
    ['an http: url', broken((q) => (q.url = 'http://example.org'))],
    ['a composite weight of 0', broken((q) => (q.scoring.composites[0].terms[0].weight = 0))],
    ['free text of 500 characters', (() => { const q = reflectingQuestionnaire(); q.items[6].options[2].freeText.maxLength = 500; return q; })()],
    ['a guidance block without a condition', (() => { const q = reflectingQuestionnaire(); delete q.guidance.action.blocks[0].when; return q; })()],
    ['a placeholder without a fallback', (() => { const q = reflectingQuestionnaire(); delete q.placeholders.change.fallback; return q; })()],
  ])('rejects %s', (_name, q) => {
    expect(validate(q)).toBe(false);
  });
});

// Issue 12: the validator's bounds (src/core/validate-sizes.ts LIMITS) are the schema's too. Each
// case is refused by BOTH, and the same questionnaire just inside the bound is accepted by both.
describe('the validator and the schema agree on the bounds', () => {
  const cases: [string, (q: Json) => void, (q: Json) => void][] = [
    ['an agreement value', (q) => (q.responseSets.agree5.options[4].value = 1_000_001), (q) => (q.responseSets.agree5.options[4].value = 1_000_000)],
    ['a composite weight', (q) => (q.scoring.composites[0].terms[1].weight = 1e308), (q) => (q.scoring.composites[0].terms[1].weight = -1_000_000)],
    ['a band edge', (q) => (q.scoring.stage[1].bands[2].min.value = 2e6), (q) => { q.scoring.stage[1].bands[1].max.value = 1_000_000; q.scoring.stage[1].bands[2].min.value = 1_000_000; }],
    ['a text', (q) => (q.title.en = 'x'.repeat(10_001)), (q) => (q.title.en = 'x'.repeat(10_000))],
    ['the items', (q) => (q.items = [...q.items, ...Array.from({ length: 195 }, (_, i) => ({ ...q.items[3], id: `x${i}` }))]), (q) => (q.items = [...q.items, ...Array.from({ length: 194 }, (_, i) => ({ ...q.items[3], id: `x${i}` }))])],
    ['the options', (q) => (q.items[0].options = Array.from({ length: 101 }, (_, i) => ({ value: `v${i}`, label: { en: 'x', es: 'x' } }))), (q) => q.items[0].options.push(...Array.from({ length: 96 }, (_, i) => ({ value: `v${i}`, label: { en: 'x', es: 'x' } })))],
  ];
  test.each(cases)('%s past the bound is refused by both; at the bound accepted by both', async (_name, past, at) => {
    const { parseQuestionnaire } = await import('../../src/core/parse-questionnaire');
    const over = broken(past);
    expect(validate(over)).toBe(false);
    expect(parseQuestionnaire(over).ok).toBe(false);
    const inside = broken(at);
    expect(validate(inside) ? [] : validate.errors).toEqual([]);
    const parsed = parseQuestionnaire(inside);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  });
});
