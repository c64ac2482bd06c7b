// score(): answers that are not valid for their item are reported, one problem per answer, and
// nothing is scored from a bad answer set.
import { describe, expect, it } from 'vitest';
import { score } from '../../src/core/score';
import { agree, choice, questionnaire, ruler, stageItem } from './score-fixtures';

const q = questionnaire(
  [
    stageItem({ required: true }),
    choice('yn', [['yes'], ['no']]),
    agree('a1'),
    ruler('r', 0, 10),
    choice('quit', [['yes'], ['no']], { showIf: { item: 'stage', equals: 'within-30-days' } }),
  ],
  {
    scales: [{ id: 'agreeing', label: { en: 'A', es: 'A' }, items: ['a1'], aggregate: 'sum' }],
    stage: [
      {
        type: 'rules',
        rules: [
          { id: 'pc', when: { item: 'stage', equals: 'not-in-6-months' }, stage: 'precontemplation' },
          { id: 'c', when: { item: 'stage', equals: 'within-6-months' }, stage: 'contemplation' },
          { id: 'p', when: { item: 'stage', equals: 'within-30-days' }, stage: 'preparation' },
          { id: 'a', when: { item: 'stage', equals: 'doing-under-6-months' }, stage: 'action' },
          { id: 'm', when: { item: 'stage', equals: 'doing-over-6-months' }, stage: 'maintenance' },
        ],
      },
    ],
  },
);

const base = { stage: 'within-6-months' };
const YN = 'Item "yn" takes one of the option values "yes", "no"; got';
const A1 = 'Item "a1" takes one of the numbers 1, 2, 3, 4, 5; got';
const R = 'Item "r" takes a whole number from 0 to 10; got';

describe('score: invalid answers, one kind per row', () => {
  it.each([
    ['unknown item id', { zz: 1 }, 'zz', 'There is no item "zz" in this questionnaire.'],
    ['choice: a number', { yn: 1 }, 'yn', `${YN} 1.`],
    ['choice: null', { yn: null }, 'yn', `${YN} null.`],
    ['choice: a boolean', { yn: true }, 'yn', `${YN} true.`],
    ['choice: a list of values', { yn: ['yes'] }, 'yn', `${YN} a list.`],
    ['choice: not an option', { yn: 'maybe' }, 'yn', 'Item "yn" has no option "maybe"; allowed: "yes", "no".'],
    ['choice: wrong case', { yn: 'Yes' }, 'yn', 'Item "yn" has no option "Yes"; allowed: "yes", "no".'],
    ['choice: empty text', { yn: '' }, 'yn', 'Item "yn" has no option ""; allowed: "yes", "no".'],
    ['agreement: below the set', { a1: 0 }, 'a1', `${A1} 0.`],
    ['agreement: above the set', { a1: 6 }, 'a1', `${A1} 6.`],
    ['agreement: between values', { a1: 2.5 }, 'a1', `${A1} 2.5.`],
    ['agreement: a numeric string', { a1: '3' }, 'a1', `${A1} the text "3".`],
    ['agreement: NaN', { a1: Number.NaN }, 'a1', `${A1} NaN.`],
    ['agreement: Infinity', { a1: Number.POSITIVE_INFINITY }, 'a1', `${A1} Infinity.`],
    ['agreement: an object', { a1: { value: 3 } }, 'a1', `${A1} an object.`],
    ['ruler: above max', { r: 11 }, 'r', `${R} 11.`],
    ['ruler: below min', { r: -1 }, 'r', `${R} -1.`],
    ['ruler: not a whole number', { r: 3.5 }, 'r', `${R} 3.5.`],
    ['ruler: NaN', { r: Number.NaN }, 'r', `${R} NaN.`],
    ['ruler: -Infinity', { r: Number.NEGATIVE_INFINITY }, 'r', `${R} -Infinity.`],
    ['ruler: a numeric string', { r: '5' }, 'r', `${R} the text "5".`],
    ['ruler: null', { r: null }, 'r', `${R} null.`],
    // Checked even though `quit` is hidden (stage is not within-30-days): a bad answer is never dropped silently.
    ['hidden item: not an option', { quit: 'perhaps' }, 'quit', 'Item "quit" has no option "perhaps"; allowed: "yes", "no".'],
  ])('%s', (_name, bad, item, message) => {
    const result = score(q, { ...base, ...bad });
    expect(result).toEqual({
      status: 'invalid',
      questionnaire: { id: 'test', version: '1.2.3' },
      scores: [],
      problems: [{ item, message }],
    });
  });

  it.each([
    ['null', null, 'null'],
    ['undefined', undefined, 'nothing'],
    ['an array', [['stage', 'within-6-months']], 'a list'],
    ['a string', 'within-6-months', 'the text "within-6-months"'],
    ['a number', 3, '3'],
  ])('answers that are %s as a whole are invalid', (_name, answers, got) => {
    expect(score(q, answers)).toEqual({
      status: 'invalid',
      questionnaire: { id: 'test', version: '1.2.3' },
      scores: [],
      problems: [{ item: '', message: `Answers must be an object keyed by item id; got ${got}.` }],
    });
  });

  it('reports every bad answer at once, in the order the answers are given', () => {
    const result = score(q, { r: 12, stage: 'soon', zz: 'x', a1: 3 });
    expect(result.status).toBe('invalid');
    expect(result.status === 'invalid' && result.problems.map((p) => p.item)).toEqual(['r', 'stage', 'zz']);
  });

  it('a JSON "__proto__" key is an unknown item, not a prototype', () => {
    const answers: unknown = JSON.parse('{"stage":"within-6-months","__proto__":{"a1":3}}');
    expect(score(q, answers)).toMatchObject({
      status: 'invalid',
      problems: [{ item: '__proto__', message: 'There is no item "__proto__" in this questionnaire.' }],
    });
  });

  it('an answer inherited through the prototype is not an answer', () => {
    const answers = Object.create({ stage: 'doing-over-6-months' }) as Record<string, unknown>;
    expect(score(q, answers)).toMatchObject({ status: 'incomplete', missing: ['stage'] });
  });

  it('a key whose value is undefined counts as unanswered, not as a bad answer', () => {
    expect(score(q, { stage: 'within-6-months', a1: undefined })).toMatchObject({
      status: 'complete',
      stage: 'contemplation',
    });
  });

  it('without skip logic too, a required item whose value is undefined is missing', () => {
    const plain = questionnaire([agree('a1', { required: true }), agree('a2', { required: true })], {
      scales: [{ id: 's', label: { en: 'S', es: 'S' }, items: ['a1', 'a2'], aggregate: 'sum' }],
      stage: [{ type: 'bands', source: 's', bands: [{ stage: 'action' }] }],
    });
    expect(score(plain, { a1: 2, a2: undefined })).toMatchObject({
      status: 'incomplete',
      missing: ['a2'],
      scores: [{ id: 's', value: null, missing: ['a2'] }],
    });
  });

  it('the same answers without the bad one score normally (the fixture itself is valid)', () => {
    expect(score(q, { ...base, yn: 'yes', a1: 5, r: 10, quit: 'no' })).toMatchObject({
      status: 'complete',
      stage: 'contemplation',
      decidedBy: { method: 'rules', methodIndex: 0, rule: 'c' },
    });
  });
});

describe('score: a questionnaire that skipped parseQuestionnaire still gets an answer, never an exception', () => {
  it.each([
    ['null questionnaire', null],
    ['items missing', { id: 'x', version: '1', scoring: { stage: [] } }],
    ['scoring missing', { id: 'x', version: '1', items: [] }],
  ])('%s', (_name, broken) => {
    const result = score(broken as never, {});
    expect(result.status).toBe('invalid');
  });

  it('an agreement item whose response set does not exist makes its answer invalid', () => {
    const broken = questionnaire([agree('a1', { responseSet: 'nope' } as never)], { stage: [] });
    expect(score(broken, { a1: 3 })).toMatchObject({
      status: 'invalid',
      problems: [{ item: 'a1', message: 'Item "a1" uses response set "nope", which the questionnaire does not define.' }],
    });
  });
});
