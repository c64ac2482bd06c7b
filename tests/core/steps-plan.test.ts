import { describe, expect, test } from 'vitest';
import { parseQuestionnaire } from '../../src/core/parse-questionnaire';
import { buildPlan } from '../../src/core/steps/build-plan';
import { planText } from '../../src/core/steps/plan-text';
import {
  NO_RESPONSES,
  boundValue,
  compactResponses,
  hasResponses,
  shownParts,
  withPartValue,
  withRulerAnswer,
} from '../../src/core/steps/step-responses';
import type { Questionnaire, StepPart } from '../../src/core/types';
import { questionnaireWithSteps } from './steps-fixtures';
import quickJson from '../../questionnaire/quick.json';
import intakeJson from '../../questionnaire/intake.json';

function parsed(input: unknown): Questionnaire {
  const r = parseQuestionnaire(input);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.questionnaire;
}

const q = parsed(questionnaireWithSteps());
const part = (stage: 'precontemplation' | 'action', id: string): StepPart => q.nextSteps![stage]!.parts.find((p) => p.id === id)!;
const words = { ifThen: (p: { if: string; then: string }) => `If ${p.if}, I will ${p.then}.` };

describe('which parts are offered', () => {
  test('a part with showIf appears only when its condition holds on the counted answers', () => {
    expect(shownParts(q, 'action', { status: 'doing', since: 'short' }).map((p) => p.id)).toEqual(['helped', 'hard']);
    expect(shownParts(q, 'action', { status: 'doing', since: 'long' }).map((p) => p.id)).toEqual(['helped', 'long-time', 'hard']);
    // `since` is hidden unless status is doing: a left-over answer does not count.
    expect(shownParts(q, 'action', { status: 'soon', since: 'long' }).map((p) => p.id)).toEqual(['helped', 'hard']);
  });
  test('a stage without a step offers nothing', () => {
    expect(shownParts(q, 'preparation', {})).toEqual([]);
    expect(buildPlan(q, 'preparation', {}, NO_RESPONSES, 'en', words)).toBeNull();
  });
});

describe('bounds on what a person can enter', () => {
  test('a pick keeps distinct offered values, at most max, in the order chosen', () => {
    expect(boundValue(part('precontemplation', 'values'), ['health', 'nope', 'health', 'family', 'freedom'])).toEqual(['health', 'family']);
  });
  test('texts are cut to the part’s count and each box to its maxLength (20)', () => {
    expect(boundValue(part('action', 'helped'), ['a'.repeat(25), 'short', 'third'])).toEqual(['a'.repeat(20), 'short']);
  });
  test('length counts characters, so an emoji is never cut in half', () => {
    const v = boundValue(part('action', 'helped'), ['😀'.repeat(21)]) as string[];
    expect(Array.from(v[0]!)).toHaveLength(20);
    expect(v[0]).toBe('😀'.repeat(20));
  });
  test('if–then pairs: count 2, each half at most 30', () => {
    const long = 'b'.repeat(31);
    expect(boundValue(part('action', 'hard'), [{ if: 'x', then: long }, { if: 'y' }, { if: 'z', then: 'w' }])).toEqual([
      { if: 'x', then: 'b'.repeat(30) },
      { if: 'y', then: '' },
    ]);
  });
  test('a free text defaults to 500 characters, or its own maxLength (40)', () => {
    expect(boundValue(part('action', 'long-time'), 'c'.repeat(600))).toHaveLength(500);
    expect(boundValue(part('precontemplation', 'fit'), 'c'.repeat(41))).toHaveLength(40);
  });
  test('the wrong shape becomes empty, never an exception', () => {
    expect(boundValue(part('precontemplation', 'values'), 'family')).toEqual([]);
    expect(boundValue(part('action', 'helped'), { 0: 'x' })).toEqual([]);
    expect(boundValue(part('action', 'hard'), [null, 3])).toEqual([{ if: '', then: '' }, { if: '', then: '' }]);
    expect(boundValue(part('precontemplation', 'fit'), 42)).toBe('');
  });
  test('a ruler answer is at most 300 characters', () => {
    expect(withRulerAnswer(NO_RESPONSES, 'importance', 'd'.repeat(301)).rulers.importance).toHaveLength(300);
  });
});

describe('the plan', () => {
  const answers = { status: 'doing', since: 'long', importance: 6 };
  let r = NO_RESPONSES;
  r = withPartValue(r, part('action', 'helped'), ['  my sister  ', '', ]);
  r = withPartValue(r, part('action', 'long-time'), '   ');
  r = withPartValue(r, part('action', 'hard'), [{ if: 'a party', then: 'call Sam' }, { if: '', then: '' }]);
  r = withRulerAnswer(r, 'importance', 'my kids');

  test('compact responses drop blanks and trim; nothing else is invented', () => {
    expect(compactResponses(q, 'action', answers, r)).toEqual({
      parts: { helped: ['my sister'], hard: [{ if: 'a party', then: 'call Sam' }] },
      rulers: { importance: 'my kids' },
    });
  });
  test('My plan: ruler answer first (headed by the ruler’s question and the prompt as asked), then parts with words, in order', () => {
    const plan = buildPlan(q, 'action', answers, r, 'en', words)!;
    expect(plan.title).toBe('Keeping going');
    expect(plan.affirmation).toBe('Well done.');
    expect(plan.sections).toEqual([
      { id: 'ruler:importance', heading: 'How important is it? Why 6 and not 3?', lines: ['my kids'] },
      { id: 'helped', heading: 'What helped?', lines: ['my sister'] },
      { id: 'hard', heading: 'Hard moments?', lines: ['If a party, I will call Sam.'] },
    ]);
  });
  test('a pick lists the chosen labels in the plan’s language', () => {
    const picked = withPartValue(NO_RESPONSES, part('precontemplation', 'values'), ['freedom', 'family']);
    expect(buildPlan(q, 'precontemplation', { status: 'no' }, picked, 'es', words)!.sections).toEqual([
      { id: 'values', heading: '¿Qué te importa más?', lines: ['La libertad', 'La familia'] },
    ]);
  });
  test('the plan as text: heading, affirmation, each question and its lines', () => {
    const plan = buildPlan(q, 'action', answers, r, 'en', words)!;
    expect(planText(plan, { heading: 'My plan', empty: 'Nothing written.', footer: ['23 Nov 2026'] })).toBe(
      'My plan: Keeping going\n\nWell done.\n\nHow important is it? Why 6 and not 3?\n- my kids\n\nWhat helped?\n- my sister\n\nHard moments?\n- If a party, I will call Sam.\n\n23 Nov 2026',
    );
    const empty = buildPlan(q, 'action', answers, NO_RESPONSES, 'en', words)!;
    expect(planText(empty, { heading: 'My plan', empty: 'Nothing written.' })).toBe('My plan: Keeping going\n\nWell done.\n\nNothing written.');
  });
  test('hasResponses: blanks are not words', () => {
    expect(hasResponses(NO_RESPONSES)).toBe(false);
    expect(hasResponses(withPartValue(NO_RESPONSES, part('action', 'helped'), [' ', '']))).toBe(false);
    expect(hasResponses(r)).toBe(true);
  });
});

describe('the built-ins', () => {
  test.each([
    ['quick', quickJson],
    ['intake', intakeJson],
  ])('%s offers a step for all five stages, in English and Spanish', (_name, json) => {
    const b = parsed(json);
    for (const stage of ['precontemplation', 'contemplation', 'preparation', 'action', 'maintenance'] as const) {
      const step = b.nextSteps?.[stage];
      expect(step, stage).toBeDefined();
      expect(step!.title.en && step!.title.es).toBeTruthy();
    }
    const kinds = (stage: 'precontemplation' | 'contemplation' | 'preparation' | 'action' | 'maintenance') =>
      b.nextSteps![stage]!.parts.map((p) => p.type);
    // Precontemplation: values (up to three) and how they fit, no push.
    expect(kinds('precontemplation')).toEqual(['pick', 'text']);
    expect((b.nextSteps!.precontemplation!.parts[0] as { max: number }).max).toBe(3);
    // Contemplation: own reasons, not a four-cell grid.
    expect(kinds('contemplation')).toEqual(['texts', 'text', 'text']);
    // Preparation: the change plan, with two if–then plans.
    const prep = b.nextSteps!.preparation!.parts;
    expect(prep.map((p) => p.id)).toEqual(['change', 'reasons', 'first-steps', 'support', 'working', 'obstacles']);
    expect(prep[5]).toMatchObject({ type: 'ifThen', count: 2 });
    expect(kinds('maintenance')).toEqual(['texts', 'texts', 'text']);
  });
  test('quick asks about a recent slip only when one was reported', () => {
    const b = parsed(quickJson);
    const base = { change: 'drinking', stage: 'doing-under-6-months' };
    expect(shownParts(b, 'action', { ...base, lately: 'steady' }).map((p) => p.id)).toEqual(['helped', 'hard-moments']);
    expect(shownParts(b, 'action', { ...base, lately: 'recent-slip' }).map((p) => p.id)).toEqual(['helped', 'slip', 'hard-moments']);
  });
});
