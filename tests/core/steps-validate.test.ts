import { describe, expect, test } from 'vitest';
import { parseQuestionnaire } from '../../src/core/parse-questionnaire';
import type { Problem } from '../../src/core/types';
import type { Json } from './parse-fixtures';
import { questionnaireWithSteps } from './steps-fixtures';

function problemsOf(input: unknown): readonly Problem[] {
  const result = parseQuestionnaire(input);
  if (result.ok) throw new Error('expected problems, but the questionnaire was accepted');
  return result.problems;
}

function broken(mutate: (q: Json) => void): Json {
  const q = questionnaireWithSteps();
  mutate(q);
  return q;
}

test('a questionnaire with next steps (every part kind, a showIf) is accepted as it is', () => {
  expect(parseQuestionnaire(questionnaireWithSteps())).toEqual({ ok: true, questionnaire: questionnaireWithSteps() });
});

test('nextSteps is optional, and may name any subset of the stages', () => {
  const q = questionnaireWithSteps();
  delete q.nextSteps.action;
  expect(parseQuestionnaire(q).ok).toBe(true);
  delete q.nextSteps;
  expect(parseQuestionnaire(q).ok).toBe(true);
});

const P = 'nextSteps.precontemplation';
const A = 'nextSteps.action';

// One thing broken each; the exact path and a phrase of the message.
const cases: [name: string, input: () => Json, path: string, phrase: string][] = [
  ['nextSteps is an array', () => broken((q) => (q.nextSteps = [])), 'nextSteps', 'expected an object, got an array'],
  ['a stage name misspelt', () => broken((q) => (q.nextSteps.preperation = q.nextSteps.action)), 'nextSteps.preperation', "(did you mean 'preparation'?)"],
  ['a step without its affirmation', () => broken((q) => delete q.nextSteps.action.affirmation), `${A}.affirmation`, "missing required field 'affirmation'"],
  ['a title without Spanish', () => broken((q) => delete q.nextSteps.precontemplation.title.es), `${P}.title.es`, "missing Spanish ('es') translation"],
  ['no parts at all', () => broken((q) => (q.nextSteps.action.parts = [])), `${A}.parts`, 'expected 1 to 8 parts'],
  ['nine parts', () => broken((q) => (q.nextSteps.action.parts = Array.from({ length: 9 }, (_, i) => ({ id: `p${i}`, type: 'text', prompt: { en: 'x', es: 'x' } })))), `${A}.parts`, 'expected 1 to 8 parts (each is one short screen); got 9'],
  ['an unknown part type', () => broken((q) => (q.nextSteps.action.parts[0].type = 'grid')), `${A}.parts[0].type`, "unknown part type 'grid'; one of: pick, texts, ifThen, text"],
  ['a part without a type', () => broken((q) => delete q.nextSteps.action.parts[0].type), `${A}.parts[0].type`, "missing required field 'type'"],
  ['two parts with one id', () => broken((q) => (q.nextSteps.action.parts[2].id = 'helped')), `${A}.parts[2].id`, "duplicate part id 'helped' (first used at nextSteps.action.parts[0].id)"],
  ['a part id with a space', () => broken((q) => (q.nextSteps.action.parts[0].id = 'what helped')), `${A}.parts[0].id`, "'what helped' is not a valid id"],
  ['a prompt missing', () => broken((q) => delete q.nextSteps.action.parts[1].prompt), `${A}.parts[1].prompt`, "missing required field 'prompt'"],
  ['a pick that allows more than it offers', () => broken((q) => (q.nextSteps.precontemplation.parts[0].max = 4)), `${P}.parts[0].max`, 'expected 1 to 3 choices'],
  ['a pick of zero', () => broken((q) => (q.nextSteps.precontemplation.parts[0].max = 0)), `${P}.parts[0].max`, 'expected 1 to 3 choices'],
  ['a pick with one option', () => broken((q) => q.nextSteps.precontemplation.parts[0].options.splice(1, 2)), `${P}.parts[0].options`, 'expected 2 to 24 options; got 1'],
  ['two options with one value', () => broken((q) => (q.nextSteps.precontemplation.parts[0].options[2].value = 'family')), `${P}.parts[0].options[2].value`, "duplicate option value 'family'"],
  ['an option label without Spanish', () => broken((q) => delete q.nextSteps.precontemplation.parts[0].options[1].label.es), `${P}.parts[0].options[1].label.es`, "missing Spanish ('es') translation"],
  ['a pick without options', () => broken((q) => delete q.nextSteps.precontemplation.parts[0].options), `${P}.parts[0].options`, "missing required field 'options'"],
  ['texts with six boxes', () => broken((q) => (q.nextSteps.action.parts[0].count = 6)), `${A}.parts[0].count`, 'expected 1 to 5 boxes; got 6'],
  ['texts with a fractional count', () => broken((q) => (q.nextSteps.action.parts[0].count = 1.5)), `${A}.parts[0].count`, 'expected an integer, got a number (1.5)'],
  ['a box longer than 300 characters', () => broken((q) => (q.nextSteps.action.parts[0].maxLength = 301)), `${A}.parts[0].maxLength`, 'expected 10 to 300 characters per box; got 301'],
  ['five if–then pairs', () => broken((q) => (q.nextSteps.action.parts[2].count = 5)), `${A}.parts[2].count`, 'expected 1 to 4 if–then pairs; got 5'],
  ['a free text of 5 characters', () => broken((q) => (q.nextSteps.precontemplation.parts[1].maxLength = 5)), `${P}.parts[1].maxLength`, 'expected 10 to 1000 characters; got 5'],
  ['a pick field on a text part', () => broken((q) => (q.nextSteps.precontemplation.parts[1].max = 2)), `${P}.parts[1].max`, "unknown key 'max'"],
  ['a showIf on an item that does not exist', () => broken((q) => (q.nextSteps.action.parts[1].showIf = { item: 'sinse', equals: 'long' })), `${A}.parts[1].showIf.item`, 'sinse'],
  ['a showIf on a value the item cannot have', () => broken((q) => (q.nextSteps.action.parts[1].showIf = { item: 'since', equals: 'forever' })), `${A}.parts[1].showIf.equals`, 'forever'],
];

describe('broken next steps: the problem, with its exact path', () => {
  test.each(cases)('%s', (_name, input, path, phrase) => {
    const problems = problemsOf(input());
    const found = problems.find((p) => p.path === path);
    expect(found, `${path} not in ${JSON.stringify(problems)}`).toBeDefined();
    expect(found!.message).toContain(phrase);
  });
});
