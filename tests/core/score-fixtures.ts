// Small inline questionnaires for the scorer's tests. Each test builds exactly what it needs.
import { STAGES, type Condition, type Item, type Questionnaire, type Scoring, type Stage } from '../../src/core/types';

/** The same text in both locales: the scorer never reads text, only ids and numbers. */
export const t = (en: string) => ({ en, es: `${en} (es)` });

/** The 5-point agreement set, values 1..5. */
export const agree5 = {
  options: [1, 2, 3, 4, 5].map((value) => ({ value, label: t(`agree ${value}`) })),
};

export function agree(id: string, extra: Partial<Item> = {}): Item {
  return { id, type: 'agreement', responseSet: 'agree5', text: t(`item ${id}`), required: false, ...extra } as Item;
}

export function ruler(id: string, min = 0, max = 10, extra: Partial<Item> = {}): Item {
  return {
    id,
    type: 'ruler',
    min,
    max,
    minLabel: t('not at all'),
    maxLabel: t('extremely'),
    text: t(`ruler ${id}`),
    required: false,
    ...extra,
  } as Item;
}

/** A choice item; options are [value, score?]. */
export function choice(id: string, options: readonly (readonly [string, number?])[], extra: Partial<Item> = {}): Item {
  return {
    id,
    type: 'choice',
    options: options.map(([value, score]) => ({ value, label: t(value), ...(score === undefined ? {} : { score }) })),
    text: t(`choice ${id}`),
    required: false,
    ...extra,
  } as Item;
}

/** A condition that always holds: `imp` is answered, or it is not. */
export const always = (item: string): Condition => ({
  any: [
    { item, answered: true },
    { item, answered: false },
  ],
});

const guidanceFor = (stage: Stage) => ({
  headline: t(`${stage} headline`),
  reflection: t(`${stage} reflection`),
  helps: [t(`${stage} help`)],
  questions: [t(`${stage} question one?`), t(`${stage} question two?`)],
});

/** A complete questionnaire around the given items and scoring. */
export function questionnaire(items: readonly Item[], scoring: Scoring, id = 'test'): Questionnaire {
  return {
    id,
    version: '1.2.3',
    locales: ['en', 'es'],
    title: t('Test questionnaire'),
    introduction: t('For the scorer tests.'),
    provenance: { source: t('stages-quiz tests'), licence: 'MIT', validated: false },
    responseSets: { agree5 },
    items,
    scoring,
    guidance: Object.fromEntries(STAGES.map((stage) => [stage, guidanceFor(stage)])) as unknown as Questionnaire['guidance'],
  };
}

/** The staging question used by rule tests, with option scores 0..4 so ranges can apply to it. */
export const stageItem = (extra: Partial<Item> = {}) =>
  choice(
    'stage',
    [
      ['not-in-6-months', 0],
      ['within-6-months', 1],
      ['within-30-days', 2],
      ['doing-under-6-months', 3],
      ['doing-over-6-months', 4],
    ],
    extra,
  );

/**
 * Three 0–10 rulers p, c and a, each its own summed scale (so a scale's value is its answer), staged
 * by `highest`: p → precontemplation, c → contemplation, a → action, ties broken by `tieBreak`.
 */
export function highestOfThree(tieBreak: Stage[], { required = false, id = 'test' } = {}): Questionnaire {
  return questionnaire(
    [ruler('p', 0, 10, { required }), ruler('c', 0, 10, { required }), ruler('a', 0, 10, { required })],
    {
      scales: ['p', 'c', 'a'].map((id) => ({ id, label: t(id), items: [id], aggregate: 'sum' as const })),
      stage: [
        {
          type: 'highest',
          scales: [
            { scale: 'p', stage: 'precontemplation' },
            { scale: 'c', stage: 'contemplation' },
            { scale: 'a', stage: 'action' },
          ],
          tieBreak,
        },
      ],
    },
    id,
  );
}

/** The published URICA key (facts only; see score-urica.test.ts): item numbers per subscale. */
export const URICA_KEY = {
  pc: [1, 5, 11, 13, 23, 26, 29],
  c: [2, 8, 12, 15, 19, 21, 24],
  a: [3, 7, 10, 14, 17, 25, 30],
  m: [6, 16, 18, 22, 27, 28, 32],
  unscored: [4, 9, 20, 31],
} as const;

export const uricaInlineId = (n: number) => `u${n}`;

/**
 * The URICA key as an inline questionnaire with placeholder texts. Band edges chosen here (the
 * sources overlap at 8 and 11): readiness ≤ 8 is precontemplation (the sources' "≤ 8"),
 * 8 < readiness < 11 contemplation, readiness ≥ 11 preparation.
 */
export const uricaInline = questionnaire(
  Array.from({ length: 32 }, (_, i) => agree(uricaInlineId(i + 1), { required: true })),
  {
    scales: (['pc', 'c', 'a', 'm'] as const).map((scale) => ({
      id: scale,
      label: t(scale),
      items: URICA_KEY[scale].map(uricaInlineId),
      aggregate: 'mean' as const,
    })),
    composites: [
      {
        id: 'readiness',
        label: t('Readiness'),
        terms: [
          { scale: 'c', weight: 1 },
          { scale: 'a', weight: 1 },
          { scale: 'm', weight: 1 },
          { scale: 'pc', weight: -1 },
        ],
      },
    ],
    stage: [
      {
        type: 'bands',
        source: 'readiness',
        bands: [
          { stage: 'precontemplation', max: { value: 8, inclusive: true } },
          { stage: 'contemplation', min: { value: 8, inclusive: false }, max: { value: 11, inclusive: false } },
          { stage: 'preparation', min: { value: 11, inclusive: true } },
        ],
      },
    ],
  },
  'urica-inline',
);
