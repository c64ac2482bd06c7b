// score(): how the stage is decided — bands (every edge), highest (ties), rules (every condition
// kind), methods in order, skip logic, incomplete and undecided results.
import { describe, expect, it } from 'vitest';
import { score } from '../../src/core/score';
import type { Condition, Stage, StageMethod } from '../../src/core/types';
import { agree, always, choice, highestOfThree, questionnaire, ruler, stageItem, t } from './score-fixtures';

describe('score: bands on a scale, every edge from both sides', () => {
  // m = mean of two 0–10 rulers, so half points are reachable on either side of an edge.
  const q = questionnaire([ruler('r1', 0, 10, { required: true }), ruler('r2', 0, 10, { required: true })], {
    scales: [{ id: 'm', label: t('m'), items: ['r1', 'r2'], aggregate: 'mean' }],
    stage: [
      {
        type: 'bands',
        source: 'm',
        bands: [
          { stage: 'precontemplation', max: { value: 4, inclusive: true } }, // (−∞, 4]
          { stage: 'contemplation', min: { value: 4, inclusive: false }, max: { value: 7, inclusive: false } }, // (4, 7)
          { stage: 'preparation', min: { value: 7, inclusive: true }, max: { value: 9, inclusive: true } }, // [7, 9]
          { stage: 'action', min: { value: 9, inclusive: false }, max: { value: 10, inclusive: false } }, // (9, 10)
          { stage: 'maintenance', min: { value: 10, inclusive: true } }, // [10, ∞)
        ],
      },
    ],
  });

  it.each<[string, number, number, number, Stage, number]>([
    ['lowest value, first band (no min)', 0, 0, 0, 'precontemplation', 0],
    ['just below 4 (inclusive max)', 3, 4, 3.5, 'precontemplation', 0],
    ['exactly 4, inclusive max keeps it below', 4, 4, 4, 'precontemplation', 0],
    ['just above 4 (exclusive min)', 4, 5, 4.5, 'contemplation', 1],
    ['just below 7 (exclusive max)', 6, 7, 6.5, 'contemplation', 1],
    ['exactly 7, inclusive min takes it up', 7, 7, 7, 'preparation', 2],
    ['just above 7', 7, 8, 7.5, 'preparation', 2],
    ['just below 9 (inclusive max)', 8, 9, 8.5, 'preparation', 2],
    ['exactly 9, inclusive max keeps it below', 9, 9, 9, 'preparation', 2],
    ['just above 9 (exclusive min)', 9, 10, 9.5, 'action', 3],
    ['exactly 10, inclusive min of the last band (no max)', 10, 10, 10, 'maintenance', 4],
  ])('%s: mean(%i, %i) = %d → %s', (_name, r1, r2, value, stage, band) => {
    expect(score(q, { r1, r2 })).toMatchObject({
      status: 'complete',
      stage,
      decidedBy: { method: 'bands', methodIndex: 0, source: 'm', value, band },
    });
  });

  it('bands on a composite use the composite value', () => {
    const qc = questionnaire([ruler('r1'), ruler('r2')], {
      scales: [
        { id: 'a', label: t('a'), items: ['r1'], aggregate: 'sum' },
        { id: 'b', label: t('b'), items: ['r2'], aggregate: 'sum' },
      ],
      composites: [{ id: 'diff', label: t('diff'), terms: [{ scale: 'a', weight: 1 }, { scale: 'b', weight: -1 }] }],
      stage: [
        {
          type: 'bands',
          source: 'diff',
          bands: [
            { stage: 'contemplation', max: { value: 0, inclusive: false } },
            { stage: 'action', min: { value: 0, inclusive: true } },
          ],
        },
      ],
    });
    // 3 − 5 = −2 < 0
    expect(score(qc, { r1: 3, r2: 5 })).toMatchObject({ stage: 'contemplation', decidedBy: { source: 'diff', value: -2, band: 0 } });
  });
});

describe('score: highest scale, ties broken by the declared order', () => {
  const q = (tieBreak: Stage[]) => highestOfThree(tieBreak);
  const early: Stage[] = ['precontemplation', 'contemplation', 'action'];
  const late: Stage[] = ['action', 'contemplation', 'precontemplation'];
  const middle: Stage[] = ['contemplation', 'action', 'precontemplation'];

  it.each<[string, Stage[], Record<string, number>, Stage, string, string[]]>([
    ['a clear highest wins, no tie', early, { p: 2, c: 5, a: 3 }, 'contemplation', 'c', []],
    ['a clear highest wins whatever the tie-break order', late, { p: 7, c: 5, a: 3 }, 'precontemplation', 'p', []],
    ['two tie, earlier stage preferred', early, { p: 1, c: 5, a: 5 }, 'contemplation', 'c', ['a']],
    ['two tie, later stage preferred', late, { p: 1, c: 5, a: 5 }, 'action', 'a', ['c']],
    ['two tie, first and last declared, late order', late, { p: 6, c: 2, a: 6 }, 'action', 'a', ['p']],
    ['two tie, first and last declared, early order', early, { p: 6, c: 2, a: 6 }, 'precontemplation', 'p', ['a']],
    ['three tie, early order', early, { p: 4, c: 4, a: 4 }, 'precontemplation', 'p', ['c', 'a']],
    ['three tie, late order', late, { p: 4, c: 4, a: 4 }, 'action', 'a', ['p', 'c']],
    ['three tie, middle first', middle, { p: 4, c: 4, a: 4 }, 'contemplation', 'c', ['p', 'a']],
    ['a tie below the highest does not matter', late, { p: 1, c: 1, a: 6 }, 'action', 'a', []],
    ['all zero is a three-way tie', middle, { p: 0, c: 0, a: 0 }, 'contemplation', 'c', ['p', 'a']],
  ])('%s', (_name, tieBreak, answers, stage, scale, tiedWith) => {
    expect(score(q(tieBreak), answers)).toMatchObject({
      status: 'complete',
      stage,
      decidedBy: { method: 'highest', methodIndex: 0, scale, tiedWith },
    });
  });

  it('values equal by hand but not in floating point still tie (after rounding)', () => {
    // Two composites equal by hand: 0.1x + 0.2x and 0.3x. Unrounded, 0.1 + 0.2 is 0.30000000000000004
    // and would win outright.
    const qf = questionnaire([ruler('x')], {
      scales: [{ id: 'x', label: t('x'), items: ['x'], aggregate: 'sum' }],
      composites: [
        { id: 'sum', label: t('sum'), terms: [{ scale: 'x', weight: 0.1 }, { scale: 'x', weight: 0.2 }] },
        { id: 'one', label: t('one'), terms: [{ scale: 'x', weight: 0.3 }] },
      ],
      stage: [
        {
          type: 'highest',
          scales: [
            { scale: 'sum', stage: 'contemplation' },
            { scale: 'one', stage: 'action' },
          ],
          tieBreak: ['action', 'contemplation'],
        },
      ],
    });
    // x = 1: 0.1 × 1 + 0.2 × 1 = 0.3 = 0.3 × 1, a tie; the tie-break prefers action.
    expect(score(qf, { x: 1 })).toMatchObject({ stage: 'action', decidedBy: { scale: 'one', tiedWith: ['sum'] } });
  });

  it('a scale with too many missing answers blocks the method: incomplete, naming the item', () => {
    expect(score(q(early), { p: 2, a: 3 })).toMatchObject({ status: 'incomplete', missing: ['c'] });
  });
});

describe('score: rules, one condition kind per row', () => {
  // All optional: the staging question, a follow-up shown only at within-30-days, two rulers.
  const items = [
    stageItem(),
    choice('quit', [['yes'], ['no']], { showIf: { item: 'stage', equals: 'within-30-days' } }),
    ruler('imp'),
    ruler('conf'),
  ];
  function q(when: Condition) {
    return questionnaire(items, {
      stage: [
        {
          type: 'rules',
          rules: [
            { id: 'target', when, stage: 'action' },
            { id: 'fallback', when: always('imp'), stage: 'precontemplation' },
          ],
        },
      ],
    });
  }

  it.each<[string, Condition, Record<string, string | number>, 'target' | 'fallback']>([
    ['equals: same value matches', { item: 'stage', equals: 'within-6-months' }, { stage: 'within-6-months' }, 'target'],
    ['equals: other value does not', { item: 'stage', equals: 'within-6-months' }, { stage: 'within-30-days' }, 'fallback'],
    ['equals: a number on a ruler', { item: 'imp', equals: 7 }, { imp: 7 }, 'target'],
    ['equals: unanswered item is false', { item: 'imp', equals: 7 }, {}, 'fallback'],
    ['oneOf: listed value matches', { item: 'stage', oneOf: ['within-6-months', 'within-30-days'] }, { stage: 'within-30-days' }, 'target'],
    ['oneOf: unlisted value does not', { item: 'stage', oneOf: ['within-6-months', 'within-30-days'] }, { stage: 'not-in-6-months' }, 'fallback'],
    ['oneOf: unanswered item is false', { item: 'stage', oneOf: ['within-6-months'] }, {}, 'fallback'],
    ['range: at min (inclusive)', { item: 'imp', range: { min: 4, max: 7 } }, { imp: 4 }, 'target'],
    ['range: at max (inclusive)', { item: 'imp', range: { min: 4, max: 7 } }, { imp: 7 }, 'target'],
    ['range: just below min', { item: 'imp', range: { min: 4, max: 7 } }, { imp: 3 }, 'fallback'],
    ['range: just above max', { item: 'imp', range: { min: 4, max: 7 } }, { imp: 8 }, 'fallback'],
    ['range: min only, far above', { item: 'imp', range: { min: 4 } }, { imp: 10 }, 'target'],
    ['range: max only, at zero', { item: 'imp', range: { max: 4 } }, { imp: 0 }, 'target'],
    ['range: on a choice option score (within-30-days = 2)', { item: 'stage', range: { min: 2 } }, { stage: 'within-30-days' }, 'target'],
    ['range: on a choice option score below (within-6-months = 1)', { item: 'stage', range: { min: 2 } }, { stage: 'within-6-months' }, 'fallback'],
    ['range: unanswered item is false', { item: 'imp', range: { max: 10 } }, {}, 'fallback'],
    ['answered: true when answered', { item: 'conf', answered: true }, { conf: 0 }, 'target'],
    ['answered: true when unanswered', { item: 'conf', answered: true }, {}, 'fallback'],
    ['answered: false when unanswered', { item: 'conf', answered: false }, {}, 'target'],
    ['answered: false when answered', { item: 'conf', answered: false }, { conf: 3 }, 'fallback'],
    ['all: every part holds', { all: [{ item: 'imp', range: { min: 7 } }, { item: 'conf', range: { min: 7 } }] }, { imp: 8, conf: 7 }, 'target'],
    ['all: one part fails', { all: [{ item: 'imp', range: { min: 7 } }, { item: 'conf', range: { min: 7 } }] }, { imp: 8, conf: 6 }, 'fallback'],
    ['any: one part holds', { any: [{ item: 'imp', range: { min: 7 } }, { item: 'conf', range: { min: 7 } }] }, { imp: 2, conf: 9 }, 'target'],
    ['any: no part holds', { any: [{ item: 'imp', range: { min: 7 } }, { item: 'conf', range: { min: 7 } }] }, { imp: 2, conf: 3 }, 'fallback'],
    ['not: inverts a false leaf', { not: { item: 'imp', range: { min: 7 } } }, { imp: 6 }, 'target'],
    ['not: inverts a true leaf', { not: { item: 'imp', range: { min: 7 } } }, { imp: 7 }, 'fallback'],
    ['not: of a leaf on an unanswered item is true', { not: { item: 'imp', equals: 7 } }, {}, 'target'],
    ['nested: all of any and not', { all: [{ any: [{ item: 'imp', equals: 1 }, { item: 'imp', equals: 2 }] }, { not: { item: 'conf', answered: true } }] }, { imp: 2 }, 'target'],
    // quit is shown only when stage is within-30-days; its answer is left over from another path.
    ['skip logic: a hidden item\u2019s answer does not count', { item: 'quit', equals: 'yes' }, { stage: 'within-6-months', quit: 'yes' }, 'fallback'],
    ['skip logic: answered is false for a hidden item', { item: 'quit', answered: false }, { stage: 'within-6-months', quit: 'yes' }, 'target'],
    ['skip logic: the same answer counts once the item is shown', { item: 'quit', equals: 'yes' }, { stage: 'within-30-days', quit: 'yes' }, 'target'],
  ])('%s', (_name, when, answers, rule) => {
    expect(score(q(when), answers)).toMatchObject({
      status: 'complete',
      stage: rule === 'target' ? 'action' : 'precontemplation',
      decidedBy: { method: 'rules', methodIndex: 0, rule },
    });
  });

  it('the first rule that holds wins, even when a later one holds too', () => {
    const qq = questionnaire(items, {
      stage: [
        {
          type: 'rules',
          rules: [
            { id: 'first', when: { item: 'imp', range: { min: 5 } }, stage: 'preparation' },
            { id: 'second', when: { item: 'imp', range: { min: 0 } }, stage: 'action' },
          ],
        },
      ],
    });
    expect(score(qq, { imp: 9 })).toMatchObject({ stage: 'preparation', decidedBy: { rule: 'first' } });
    expect(score(qq, { imp: 4 })).toMatchObject({ stage: 'action', decidedBy: { rule: 'second' } });
  });
});

describe('score: the smoking staging algorithm (within 30 days AND a quit attempt)', () => {
  const q = questionnaire(
    [
      stageItem({ required: true }),
      choice('quit', [['yes'], ['no']], { required: true, showIf: { item: 'stage', equals: 'within-30-days' } }),
    ],
    {
      stage: [
        {
          type: 'rules',
          rules: [
            { id: 'maintenance', when: { item: 'stage', equals: 'doing-over-6-months' }, stage: 'maintenance' },
            { id: 'action', when: { item: 'stage', equals: 'doing-under-6-months' }, stage: 'action' },
            {
              id: 'preparation',
              when: { all: [{ item: 'stage', equals: 'within-30-days' }, { item: 'quit', equals: 'yes' }] },
              stage: 'preparation',
            },
            { id: 'contemplation', when: { item: 'stage', oneOf: ['within-30-days', 'within-6-months'] }, stage: 'contemplation' },
            { id: 'precontemplation', when: { item: 'stage', equals: 'not-in-6-months' }, stage: 'precontemplation' },
          ],
        },
      ],
    },
  );

  it.each<[Record<string, string>, Stage, string]>([
    [{ stage: 'doing-over-6-months' }, 'maintenance', 'maintenance'],
    [{ stage: 'doing-under-6-months' }, 'action', 'action'],
    [{ stage: 'within-30-days', quit: 'yes' }, 'preparation', 'preparation'],
    [{ stage: 'within-30-days', quit: 'no' }, 'contemplation', 'contemplation'],
    [{ stage: 'within-6-months' }, 'contemplation', 'contemplation'],
    [{ stage: 'not-in-6-months' }, 'precontemplation', 'precontemplation'],
    // a quit answer left over from the 30-day path does not count once stage changed
    [{ stage: 'within-6-months', quit: 'yes' }, 'contemplation', 'contemplation'],
  ])('%o → %s', (answers, stage, rule) => {
    expect(score(q, answers)).toMatchObject({ status: 'complete', stage, decidedBy: { rule } });
  });

  it('a required follow-up becomes missing once it is shown', () => {
    expect(score(q, { stage: 'within-30-days' })).toMatchObject({ status: 'incomplete', missing: ['quit'] });
  });

  it('a required follow-up that is hidden is not missing', () => {
    expect(score(q, { stage: 'within-6-months' })).toMatchObject({ status: 'complete' });
  });
});

describe('score: methods in order, incomplete and undecided results', () => {
  const items = [
    stageItem(),
    agree('a1', { required: true }),
    agree('a2', { required: true }),
    agree('a3', { required: true }),
    ruler('opt'),
  ];
  const scales = [{ id: 's', label: t('s'), items: ['a1', 'a2', 'a3'], aggregate: 'mean' as const }];
  const rules: StageMethod = {
    type: 'rules',
    rules: [{ id: 'doing', when: { item: 'stage', oneOf: ['doing-under-6-months', 'doing-over-6-months'] }, stage: 'action' }],
  };
  const bands: StageMethod = {
    type: 'bands',
    source: 's',
    bands: [
      { stage: 'precontemplation', max: { value: 3, inclusive: false } },
      { stage: 'contemplation', min: { value: 3, inclusive: true } },
    ],
  };
  const q = questionnaire(items, { scales, stage: [rules, bands] });

  it('the first method that yields a stage decides', () => {
    expect(score(q, { stage: 'doing-over-6-months', a1: 1, a2: 1, a3: 1 })).toMatchObject({
      stage: 'action',
      decidedBy: { method: 'rules', methodIndex: 0, rule: 'doing' },
    });
  });

  it('a later method decides when an earlier one yields nothing', () => {
    // (3 + 3 + 4) / 3 = 10/3 ≥ 3
    expect(score(q, { stage: 'within-6-months', a1: 3, a2: 3, a3: 4 })).toMatchObject({
      stage: 'contemplation',
      decidedBy: { method: 'bands', methodIndex: 1, source: 's', value: 3.333333333, band: 1 },
    });
  });

  it('required items shown but unanswered make it incomplete, in questionnaire order', () => {
    expect(score(q, { a2: 4 })).toEqual({
      status: 'incomplete',
      questionnaire: { id: 'test', version: '1.2.3' },
      scores: [{ id: 's', kind: 'scale', label: t('s'), value: null, missing: ['a1', 'a3'], prorated: false, reversed: [] }],
      missing: ['a1', 'a3'],
    });
  });

  it('incomplete even when a method could already decide: the person is not done', () => {
    expect(score(q, { stage: 'doing-over-6-months', a1: 5 })).toMatchObject({ status: 'incomplete', missing: ['a2', 'a3'] });
  });

  it('an incomplete result still carries the scores that can be computed', () => {
    const qq = questionnaire([...items, agree('req', { required: true })], { scales, stage: [bands] });
    expect(score(qq, { a1: 1, a2: 2, a3: 3 })).toMatchObject({
      status: 'incomplete',
      missing: ['req'],
      scores: [{ id: 's', value: 2 }], // (1 + 2 + 3) / 3
    });
  });

  it('no method decides because optional items are unanswered: incomplete, naming them', () => {
    const qq = questionnaire([stageItem(), ruler('opt')], {
      stage: [{ type: 'rules', rules: [{ id: 'r', when: { all: [{ item: 'stage', answered: true }, { item: 'opt', range: { min: 0 } }] }, stage: 'action' }] }],
    });
    expect(score(qq, {})).toMatchObject({ status: 'incomplete', missing: ['stage', 'opt'] });
    expect(score(qq, { opt: 4 })).toMatchObject({ status: 'incomplete', missing: ['stage'] });
  });

  describe('a band source with too many missing optional answers', () => {
    const qq = questionnaire([agree('o1'), agree('o2'), agree('o3', { showIf: { item: 'o1', range: { max: 4 } } })], {
      scales: [{ id: 's', label: t('s'), items: ['o1', 'o2', 'o3'], aggregate: 'mean', maxMissing: 1 }],
      stage: [
        {
          type: 'bands',
          source: 's',
          bands: [
            { stage: 'precontemplation', max: { value: 3, inclusive: false } },
            { stage: 'contemplation', min: { value: 3, inclusive: true } },
          ],
        },
      ],
    });

    it('is incomplete, naming the shown items still unanswered', () => {
      // o1 = 4 shows o3; two of three missing > maxMissing 1
      expect(score(qq, { o1: 4 })).toMatchObject({ status: 'incomplete', missing: ['o2', 'o3'], scores: [{ value: null }] });
    });

    it('names only shown items: a hidden one cannot be answered', () => {
      // o1 = 5 hides o3; o2 and o3 missing, only o2 can be answered
      expect(score(qq, { o1: 5 })).toMatchObject({ status: 'incomplete', missing: ['o2'] });
    });

    it('decides once enough are answered (prorated mean)', () => {
      // o1 = 5 hides o3: (5 + 2) / 2 = 3.5 ≥ 3
      expect(score(qq, { o1: 5, o2: 2 })).toMatchObject({
        status: 'complete',
        stage: 'contemplation',
        scores: [{ value: 3.5, prorated: true, missing: ['o3'] }],
      });
    });
  });

  it('no method decides and nothing is missing (unvalidated rules): invalid, saying why', () => {
    const qq = questionnaire([stageItem({ required: true })], {
      stage: [{ type: 'rules', rules: [{ id: 'r', when: { item: 'stage', equals: 'doing-over-6-months' }, stage: 'maintenance' }] }],
    });
    expect(score(qq, { stage: 'within-6-months' })).toEqual({
      status: 'invalid',
      questionnaire: { id: 'test', version: '1.2.3' },
      scores: [],
      problems: [{ item: '', message: 'No scoring method decided a stage: method 1 (rules): no rule matched the answers.' }],
    });
  });

  it('a value in a gap between bands (unvalidated bands): invalid, naming the value', () => {
    const qq = questionnaire([ruler('r', 0, 10, { required: true })], {
      scales: [{ id: 'x', label: t('x'), items: ['r'], aggregate: 'sum' }],
      stage: [
        {
          type: 'bands',
          source: 'x',
          bands: [
            { stage: 'contemplation', max: { value: 5, inclusive: false } },
            { stage: 'action', min: { value: 5, inclusive: false } },
          ],
        },
      ],
    });
    expect(score(qq, { r: 4 })).toMatchObject({ status: 'complete', stage: 'contemplation' });
    expect(score(qq, { r: 5 })).toMatchObject({
      status: 'invalid',
      problems: [{ item: '', message: 'No scoring method decided a stage: method 1 (bands): "x" is 5, which falls in no band.' }],
    });
  });

  it('a hidden scale item counts as missing, and is prorated when allowed', () => {
    const qq = questionnaire(
      [agree('a1'), agree('a2'), agree('a3', { showIf: { item: 'a1', range: { min: 3 } } })],
      {
        scales: [{ id: 's', label: t('s'), items: ['a1', 'a2', 'a3'], aggregate: 'sum', maxMissing: 1 }],
        stage: [{ type: 'rules', rules: [{ id: 'always', when: always('a1'), stage: 'action' }] }],
      },
    );
    // a3 hidden (a1 = 1 < 3), its answer 5 ignored: (1 + 2) × 3 / 2 = 4.5
    expect(score(qq, { a1: 1, a2: 2, a3: 5 }).scores[0]).toMatchObject({ value: 4.5, missing: ['a3'], prorated: true });
    // a3 shown (a1 = 3): 3 + 2 + 5 = 10
    expect(score(qq, { a1: 3, a2: 2, a3: 5 }).scores[0]).toMatchObject({ value: 10, missing: [], prorated: false });
  });

  it.each(['complete', 'incomplete', 'invalid'] as const)('a %s result carries the questionnaire id and version', (status) => {
    const answers = {
      complete: { stage: 'doing-over-6-months', a1: 1, a2: 1, a3: 1 },
      incomplete: {},
      invalid: { a1: 9 },
    }[status];
    const result = score(questionnaire(items, { scales, stage: [rules, bands] }, 'my-quiz'), answers);
    expect(result.status).toBe(status);
    expect(result.questionnaire).toEqual({ id: 'my-quiz', version: '1.2.3' });
  });
});
