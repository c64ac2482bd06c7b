// score(): scales (sum, mean, reverse keys, prorating, missing answers) and composites.
// Every expected value is worked out by hand in the row's comment.
import { describe, expect, it } from 'vitest';
import { score } from '../../src/core/score';
import type { Composite, Scale, ScoreValue } from '../../src/core/types';
import { agree, always, choice, questionnaire, ruler, t } from './score-fixtures';

// All optional, so a missing answer shows in the scale and never makes the result incomplete.
const items = [
  agree('a1'),
  agree('a2'),
  agree('a3'),
  agree('a4'),
  ruler('r10', 0, 10),
  ruler('r7', 1, 7),
  // Option scores 0, 2, 4; "skip" has no score. Reverse keying uses this item's own 0..4.
  choice('c', [['none', 0], ['some', 2], ['lots', 4], ['skip']]),
  // Option scores that do not start at zero nor appear in order: min 1, max 3.
  choice('c2', [['mid', 2], ['high', 3], ['low', 1]]),
];

/** Scores one scale; the stage method always decides so the result is complete. */
function scaleValue(scale: Omit<Scale, 'label'>, answers: Record<string, string | number>): ScoreValue {
  const q = questionnaire(items, {
    scales: [{ label: t(scale.id), ...scale }],
    stage: [{ type: 'rules', rules: [{ id: 'always', when: always('a1'), stage: 'action' }] }],
  });
  const result = score(q, answers);
  expect(result.status).toBe('complete');
  return result.scores[0]!;
}

const sum4 = { id: 's', items: ['a1', 'a2', 'a3', 'a4'], aggregate: 'sum' } as const;
const mean4 = { ...sum4, aggregate: 'mean' } as const;

describe('score: scale values, one behaviour per row', () => {
  it.each<[string, Omit<Scale, 'label'>, Record<string, string | number>, number | null]>([
    // 1 + 2 + 3 + 5 = 11
    ['sum of agreement answers', sum4, { a1: 1, a2: 2, a3: 3, a4: 5 }, 11],
    // (1 + 2 + 3 + 5) / 4 = 11 / 4 = 2.75
    ['mean of agreement answers', mean4, { a1: 1, a2: 2, a3: 3, a4: 5 }, 2.75],
    // a4 reversed on 1..5: 1 + 5 − 5 = 1; 1 + 2 + 3 + 1 = 7
    ['reverse-keyed agreement at the top', { ...sum4, reverse: ['a4'] }, { a1: 1, a2: 2, a3: 3, a4: 5 }, 7],
    // a1 reversed: 1 + 5 − 1 = 5; 5 + 2 + 3 + 5 = 15
    ['reverse-keyed agreement at the bottom', { ...sum4, reverse: ['a1'] }, { a1: 1, a2: 2, a3: 3, a4: 5 }, 15],
    // a3 reversed: 1 + 5 − 3 = 3, the midpoint maps to itself; 1 + 2 + 3 + 5 = 11
    ['reverse-keyed midpoint is unchanged', { ...sum4, reverse: ['a3'] }, { a1: 1, a2: 2, a3: 3, a4: 5 }, 11],
    // (5 + 2 + 3 + 1) / 4 = 11 / 4 = 2.75 with a1 and a4 both reversed (1 → 5, 5 → 1)
    ['two reverse-keyed items in a mean', { ...mean4, reverse: ['a1', 'a4'] }, { a1: 1, a2: 2, a3: 3, a4: 5 }, 2.75],
    // ruler 0..10: 3 → 0 + 10 − 3 = 7
    ['reverse-keyed 0–10 ruler', { id: 's', items: ['r10'], reverse: ['r10'], aggregate: 'sum' }, { r10: 3 }, 7],
    // ruler 1..7 uses its own edges: 2 → 1 + 7 − 2 = 6
    ['reverse-keyed 1–7 ruler', { id: 's', items: ['r7'], reverse: ['r7'], aggregate: 'sum' }, { r7: 2 }, 6],
    // choice scores 0..4: "none" (0) → 0 + 4 − 0 = 4
    ['reverse-keyed choice by option scores', { id: 's', items: ['c'], reverse: ['c'], aggregate: 'sum' }, { c: 'none' }, 4],
    // choice c2 scores 1..3 (declared out of order): "high" (3) → 1 + 3 − 3 = 1
    ['reverse-keyed choice uses min and max score, not option order', { id: 's', items: ['c2'], reverse: ['c2'], aggregate: 'sum' }, { c2: 'high' }, 1],
    // "lots" scores 4, a1 = 3: 4 + 3 = 7
    ['choice option score plus agreement', { id: 's', items: ['c', 'a1'], aggregate: 'sum' }, { c: 'lots', a1: 3 }, 7],
    // 10 + 7 = 17: rulers count their raw value
    ['rulers of different ranges', { id: 's', items: ['r10', 'r7'], aggregate: 'sum' }, { r10: 10, r7: 7 }, 17],
    // (1 + 2 + 2) / 3 = 5 / 3 = 1.666666666666… → 1.666666667 at nine places
    ['mean rounded to nine decimal places', { id: 's', items: ['a1', 'a2', 'a3'], aggregate: 'mean' }, { a1: 1, a2: 2, a3: 2 }, 1.666666667],
    // a4 missing, maxMissing 1: (1 + 2 + 4) × 4 / 3 = 28 / 3 = 9.333333333…
    ['prorated sum: sum × n / answered', { ...sum4, maxMissing: 1 }, { a1: 1, a2: 2, a3: 4 }, 9.333333333],
    // a2, a3 missing, maxMissing 2: (2 + 4) × 4 / 2 = 12
    ['prorated sum with two missing', { ...sum4, maxMissing: 2 }, { a1: 2, a4: 4 }, 12],
    // a4 missing, maxMissing 1: (1 + 2 + 4) / 3 = 7 / 3 = 2.333333333…
    ['prorated mean: over the answered items', { ...mean4, maxMissing: 1 }, { a1: 1, a2: 2, a3: 4 }, 2.333333333],
    // a1 reversed (2 → 4), a4 missing: (4 + 3 + 5) × 4 / 3 = 16
    ['prorated sum with a reverse-keyed item', { ...sum4, reverse: ['a1'], maxMissing: 1 }, { a1: 2, a2: 3, a3: 5 }, 16],
    // one missing, maxMissing defaults to 0
    ['one missing with the default maxMissing → null', sum4, { a1: 1, a2: 2, a3: 4 }, null],
    // two missing, maxMissing 1
    ['more missing than maxMissing → null', { ...sum4, maxMissing: 1 }, { a1: 1, a2: 2 }, null],
    // nothing answered, even though maxMissing allows all four to be missing
    ['nothing answered → null whatever maxMissing says', { ...sum4, maxMissing: 4 }, {}, null],
    // "skip" has no score: it counts as missing
    ['a choice answer without a score counts as missing', { id: 's', items: ['c', 'a1'], aggregate: 'sum' }, { c: 'skip', a1: 3 }, null],
    // "skip" missing, maxMissing 1: 3 × 2 / 1 = 6
    ['a choice answer without a score can be prorated', { id: 's', items: ['c', 'a1'], aggregate: 'sum', maxMissing: 1 }, { c: 'skip', a1: 3 }, 6],
  ])('%s', (_name, scale, answers, expected) => {
    expect(scaleValue(scale, answers).value).toBe(expected);
  });

  it('reports a complete scale as not prorated, with its reverse-keyed items in scale order', () => {
    expect(scaleValue({ ...sum4, reverse: ['a4', 'a2'] }, { a1: 1, a2: 2, a3: 3, a4: 5 })).toEqual({
      id: 's',
      kind: 'scale',
      label: t('s'),
      // 1 + (6 − 2) + 3 + (6 − 5) = 1 + 4 + 3 + 1 = 9
      value: 9,
      missing: [],
      prorated: false,
      reversed: ['a2', 'a4'],
    });
  });

  it('reports a prorated scale with its missing items', () => {
    expect(scaleValue({ ...mean4, maxMissing: 1 }, { a1: 1, a2: 2, a4: 3 })).toMatchObject({
      value: 2, // (1 + 2 + 3) / 3
      missing: ['a3'],
      prorated: true,
    });
  });

  it('reports a null scale as not prorated, with all its missing items', () => {
    expect(scaleValue({ ...mean4, maxMissing: 1 }, { a1: 1, a2: 2 })).toMatchObject({
      value: null,
      missing: ['a3', 'a4'],
      prorated: false,
    });
  });
});

describe('score: composites', () => {
  const scales: Scale[] = [
    { id: 'x', label: t('x'), items: ['a1', 'a2'], aggregate: 'mean' },
    { id: 'y', label: t('y'), items: ['a3'], aggregate: 'sum' },
    { id: 'z', label: t('z'), items: ['a4'], aggregate: 'sum', maxMissing: 1 },
    { id: 'w', label: t('w'), items: ['a3', 'a4'], aggregate: 'mean', maxMissing: 1 },
    { id: 'third', label: t('third'), items: ['a1', 'a2', 'a3'], aggregate: 'mean' },
  ];
  function composite(c: Omit<Composite, 'label'>, answers: Record<string, number>): ScoreValue {
    const q = questionnaire(items, {
      scales,
      composites: [{ label: t(c.id), ...c }],
      stage: [{ type: 'rules', rules: [{ id: 'always', when: always('a1'), stage: 'action' }] }],
    });
    const result = score(q, answers);
    return result.scores.find((s) => s.id === c.id)!;
  }
  const all = { a1: 2, a2: 5, a3: 4, a4: 1 }; // x = 3.5, y = 4, z = 1, w = 2.5

  it.each<[string, Omit<Composite, 'label'>, Record<string, number>, number | null]>([
    // 3.5 + 4 − 1 = 6.5
    ['weighted sum with a negative weight', { id: 'k', terms: [{ scale: 'x', weight: 1 }, { scale: 'y', weight: 1 }, { scale: 'z', weight: -1 }] }, all, 6.5],
    // 0.5 × 3.5 + 2 × 4 = 1.75 + 8 = 9.75
    ['fractional and integer weights', { id: 'k', terms: [{ scale: 'x', weight: 0.5 }, { scale: 'y', weight: 2 }] }, all, 9.75],
    // 0.1 × 1 + 0.2 × 1 is 0.30000000000000004 in floating point; rounded it is 0.3
    ['rounded so 0.1 + 0.2 is 0.3', { id: 'k', terms: [{ scale: 'z', weight: 0.1 }, { scale: 'z', weight: 0.2 }] }, { ...all, a4: 1 }, 0.3],
    // y = 4 is null when a3 is missing (maxMissing 0)
    ['null when any term is null', { id: 'k', terms: [{ scale: 'x', weight: 1 }, { scale: 'y', weight: 1 }] }, { a1: 2, a2: 5, a4: 1 }, null],
    // w prorated: a3 missing → mean of a4 = 1; 3.5 + 1 = 4.5
    ['uses a prorated term', { id: 'k', terms: [{ scale: 'x', weight: 1 }, { scale: 'w', weight: 1 }] }, { a1: 2, a2: 5, a4: 1 }, 4.5],
    // 4 − 4 = 0 (reported as 0, not −0)
    ['a zero result', { id: 'k', terms: [{ scale: 'y', weight: 1 }, { scale: 'y', weight: -1 }] }, all, 0],
  ])('%s', (_name, c, answers, expected) => {
    const value = composite(c, answers).value;
    expect(value).toBe(expected);
    if (value === 0) expect(Object.is(value, -0)).toBe(false);
  });

  it('sums unrounded scale values, so thirds add back up to a whole number', () => {
    // third = (1 + 1 + 2) / 3 = 4/3, reported as 1.333333333; 3 × 4/3 = 4. Summing the rounded
    // value instead would give 3 × 1.333333333 = 3.999999999.
    const c = { id: 'k', terms: [{ scale: 'third', weight: 3 }] };
    expect(composite(c, { a1: 1, a2: 1, a3: 2, a4: 1 }).value).toBe(4);
  });

  it('a composite reports its scales\u2019 missing items and whether any was prorated', () => {
    expect(
      composite({ id: 'k', terms: [{ scale: 'x', weight: 1 }, { scale: 'w', weight: 1 }] }, { a1: 2, a2: 5, a4: 1 }),
    ).toEqual({ id: 'k', kind: 'composite', label: t('k'), value: 4.5, missing: ['a3'], prorated: true, reversed: [] });
  });

  it('scores list the scales then the composites, in declaration order', () => {
    const q = questionnaire(items, {
      scales,
      composites: [
        { id: 'k2', label: t('k2'), terms: [{ scale: 'y', weight: 1 }] },
        { id: 'k1', label: t('k1'), terms: [{ scale: 'x', weight: 1 }] },
      ],
      stage: [{ type: 'rules', rules: [{ id: 'always', when: always('a1'), stage: 'action' }] }],
    });
    expect(score(q, all).scores.map((s) => `${s.kind}:${s.id}`)).toEqual([
      'scale:x',
      'scale:y',
      'scale:z',
      'scale:w',
      'scale:third',
      'composite:k2',
      'composite:k1',
    ]);
  });
});
