import { describe, expect, test } from 'vitest';
import { lowerRulerValue, selectGuidance } from '../../src/core/select-guidance';
import type { Questionnaire, Stage, StageGuidance } from '../../src/core/types';

const t = (en: string, es = `${en} [es]`) => ({ en, es });
const stageGuidance = (name: string): StageGuidance => ({
  headline: t(`${name} headline`),
  reflection: t(`${name} reflection`),
  helps: [t(`${name} help 1`), t(`${name} help 2`)],
  questions: [t(`${name} question`)],
});

const Q: Questionnaire = {
  id: 'guidance-test',
  version: '1.0.0',
  locales: ['en', 'es'],
  title: t('T'),
  introduction: t('I'),
  provenance: { source: t('tests'), licence: 'MIT', validated: false },
  items: [
    { id: 'doing', type: 'choice', text: t('Doing it?'), required: true, options: [{ value: 'yes', label: t('Yes') }, { value: 'no', label: t('No') }] },
    {
      id: 'importance',
      type: 'ruler',
      text: t('How important?', '¿Qué tan importante?'),
      required: false,
      min: 0,
      max: 10,
      minLabel: t('not'),
      maxLabel: t('very'),
      followUps: [
        { maxValue: 0, text: t('What would make it matter even a little?') },
        { minValue: 1, maxValue: 6, text: t('Why {value} and not {lower}?', '¿Por qué {value} y no {lower}?') },
        { minValue: 7, text: t('{value} is high. Why not {lower}?') },
      ],
    },
    {
      id: 'confidence',
      type: 'ruler',
      text: t('How confident?'),
      required: false,
      min: 0,
      max: 10,
      minLabel: t('not'),
      maxLabel: t('very'),
      showIf: { item: 'doing', equals: 'no' },
      followUps: [{ text: t('You said {value}.') }],
    },
    { id: 'plain', type: 'ruler', text: t('No follow-ups'), required: false, min: 0, max: 10, minLabel: t('a'), maxLabel: t('b') },
  ],
  scoring: { stage: [{ type: 'rules', rules: [{ id: 'any', when: { item: 'doing', answered: true }, stage: 'action' }] }] },
  guidance: {
    precontemplation: stageGuidance('PC'),
    contemplation: stageGuidance('C'),
    preparation: { ...stageGuidance('P'), slipNote: t('Slips happen.', 'Los tropiezos pasan.') },
    action: { ...stageGuidance('A'), links: [{ label: t('Read more', 'Leer más'), href: 'https://example.org/a' }] },
    maintenance: stageGuidance('M'),
  },
};

describe('lowerRulerValue', () => {
  test.each([
    [6, 3],
    [3, 0],
    [2, 0],
    [10, 7],
  ])('%i → %i', (value, lower) => {
    expect(lowerRulerValue({ min: 0 }, value)).toBe(lower);
  });
  test('never below the ruler minimum', () => {
    expect(lowerRulerValue({ min: 1 }, 2)).toBe(1);
  });
});

describe('selectGuidance', () => {
  test.each<[Stage, string]>([
    ['precontemplation', 'PC'],
    ['contemplation', 'C'],
    ['preparation', 'P'],
    ['action', 'A'],
    ['maintenance', 'M'],
  ])('%s picks its own guidance', (stage, name) => {
    const g = selectGuidance(Q, stage, { doing: 'yes' }, 'en');
    expect(g).toMatchObject({
      stage,
      headline: `${name} headline`,
      reflection: `${name} reflection`,
      helps: [`${name} help 1`, `${name} help 2`],
      questions: [`${name} question`],
      rulerPrompts: [],
    });
  });

  test('slip note and links when the stage has them, in the chosen language', () => {
    expect(selectGuidance(Q, 'preparation', {}, 'es').slipNote).toBe('Los tropiezos pasan.');
    expect(selectGuidance(Q, 'contemplation', {}, 'en').slipNote).toBeUndefined();
    expect(selectGuidance(Q, 'action', {}, 'es').links).toEqual([{ label: 'Leer más', href: 'https://example.org/a' }]);
  });

  test.each([
    [0, 'What would make it matter even a little?'],
    [1, 'Why 1 and not 0?'],
    [6, 'Why 6 and not 3?'],
    [7, '7 is high. Why not 4?'],
    [10, '10 is high. Why not 7?'],
  ])('importance %i → "%s"', (value, text) => {
    const g = selectGuidance(Q, 'action', { doing: 'yes', importance: value }, 'en');
    expect(g.rulerPrompts).toEqual([{ item: 'importance', question: 'How important?', value, text }]);
  });

  test('prompts in Spanish, one per answered ruler with follow-ups, in questionnaire order', () => {
    const g = selectGuidance(Q, 'contemplation', { doing: 'no', confidence: 2, importance: 5, plain: 9 }, 'es');
    expect(g.rulerPrompts).toEqual([
      { item: 'importance', question: '¿Qué tan importante?', value: 5, text: '¿Por qué 5 y no 2?' },
      { item: 'confidence', question: 'How confident? [es]', value: 2, text: 'You said {value}. [es]'.replace('{value}', '2') },
    ]);
  });

  test('a hidden ruler gets no prompt, even with a leftover answer', () => {
    const g = selectGuidance(Q, 'action', { doing: 'yes', confidence: 2 }, 'en');
    expect(g.rulerPrompts).toEqual([]);
  });

  test('an unanswered ruler gets no prompt', () => {
    expect(selectGuidance(Q, 'action', { doing: 'no' }, 'en').rulerPrompts).toEqual([]);
  });
});
