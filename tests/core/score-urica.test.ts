// score(): the published URICA scoring key, expressed in the format and checked with readiness
// values worked out by hand. Facts (key, formula) from /work/shared/research/instruments.md §2:
// 32 items, 1–5 agreement; PC 1,5,11,13,23,26,29 · C 2,8,12,15,19,21,24 · A 3,7,10,14,17,25,30 ·
// M 6,16,18,22,27,28,32; items 4, 9, 20, 31 unscored; readiness = mean C + mean A + mean M − mean PC
// with each mean = sum / 7. (A public implementation used (sum + 7) / 7, which adds 1 to every
// mean and so 1 + 1 + 1 − 1 = +2 to readiness; the vectors below would catch it.)
// Item texts here are placeholders: this encodes only the key.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../src/core/parse-questionnaire';
import { score } from '../../src/core/score';
import type { Stage } from '../../src/core/types';
import { URICA_KEY, uricaInline as urica, uricaInlineId as inlineId } from './score-fixtures';

/** Answers from the seven values of each subscale, in key order, and the four unscored items. */
function uricaAnswers(
  pc: readonly number[],
  c: readonly number[],
  a: readonly number[],
  m: readonly number[],
  unscored: readonly number[] = [3, 3, 3, 3],
  id: (n: number) => string = inlineId,
): Record<string, number> {
  const answers: Record<string, number> = {};
  const put = (items: readonly number[], values: readonly number[]) => {
    items.forEach((n, i) => (answers[id(n)] = values[i]!));
  };
  put(URICA_KEY.pc, pc);
  put(URICA_KEY.c, c);
  put(URICA_KEY.a, a);
  put(URICA_KEY.m, m);
  put(URICA_KEY.unscored, unscored);
  return answers;
}

const all = (v: number) => [v, v, v, v, v, v, v];

/**
 * name, PC, C, A, M values, unscored values, readiness by hand, stage with the inline bands
 * (≤ 8 | (8, 11) | ≥ 11), stage with questionnaire/urica-template.json's bands (≤ 8 | (8, 11] | > 11).
 */
const URICA_VECTORS: readonly [string, number[], number[], number[], number[], number[], number, Stage, Stage][] = [
  // every mean 21/7 = 3: 3 + 3 + 3 − 3 = 6. With (sum + 7) / 7 it would be 8.
  ['all undecided (3)', all(3), all(3), all(3), all(3), [3, 3, 3, 3], 6, 'precontemplation', 'precontemplation'],
  // the same with the unscored items 4, 9, 20, 31 at the extremes: still 6
  ['unscored items do not count', all(3), all(3), all(3), all(3), [1, 5, 1, 5], 6, 'precontemplation', 'precontemplation'],
  // PC 2, C 3, A 4, M 5 (all seven alike, so a mis-keyed item would break the whole means):
  // 3 + 4 + 5 − 2 = 10. With (sum + 7) / 7: 4 + 5 + 6 − 3 = 12, preparation.
  ['each subscale its own value', all(2), all(3), all(4), all(5), [1, 1, 1, 1], 10, 'contemplation', 'contemplation'],
  // lowest possible: C, A, M all 1, PC all 5: 1 + 1 + 1 − 5 = −2
  ['lowest readiness', all(5), all(1), all(1), all(1), [5, 5, 5, 5], -2, 'precontemplation', 'precontemplation'],
  // highest possible: C, A, M all 5, PC all 1: 5 + 5 + 5 − 1 = 14
  ['highest readiness', all(1), all(5), all(5), all(5), [1, 1, 1, 1], 14, 'preparation', 'preparation'],
  // PC 1+1+1+2+2+3+3 = 13, C 3+3+3+3+3+4+4 = 23, A = 23, M = 23:
  // (23 + 23 + 23 − 13) / 7 = 56 / 7 = 8, on the edge, which belongs to precontemplation.
  // With (sum + 7) / 7: 8 + 2 = 10, contemplation.
  ['exactly 8', [1, 1, 1, 2, 2, 3, 3], [3, 3, 3, 3, 3, 4, 4], [3, 3, 3, 3, 3, 4, 4], [3, 3, 3, 3, 3, 4, 4], [3, 3, 3, 3], 8, 'precontemplation', 'precontemplation'],
  // PC 1+1+1+2+2+2+3 = 12, C = 12, A 5+5+4+4+4+4+3 = 29, M 4×6+3 = 27:
  // (12 + 29 + 27 − 12) / 7 = 56 / 7 = 8. Summed in floating point as means this is
  // 8.000000000000002, which would fall in contemplation without rounding.
  ['exactly 8, above it in floating point', [1, 1, 1, 2, 2, 2, 3], [1, 1, 1, 2, 2, 2, 3], [5, 5, 4, 4, 4, 4, 3], [4, 4, 4, 4, 4, 4, 3], [3, 3, 3, 3], 8, 'precontemplation', 'precontemplation'],
  // PC 13, C 23, A 23, M 3×6+4 = 22: (23 + 23 + 22 − 13) / 7 = 55 / 7 = 7.857142857…
  ['just below 8', [1, 1, 1, 2, 2, 3, 3], [3, 3, 3, 3, 3, 4, 4], [3, 3, 3, 3, 3, 4, 4], [3, 3, 3, 3, 3, 3, 4], [3, 3, 3, 3], 7.857142857, 'precontemplation', 'precontemplation'],
  // PC 13, C 23, A 23, M 3×4+4×3 = 24: (23 + 23 + 24 − 13) / 7 = 57 / 7 = 8.142857142857… → …143
  ['just above 8', [1, 1, 1, 2, 2, 3, 3], [3, 3, 3, 3, 3, 4, 4], [3, 3, 3, 3, 3, 4, 4], [3, 3, 3, 3, 4, 4, 4], [3, 3, 3, 3], 8.142857143, 'contemplation', 'contemplation'],
  // PC 1×4+2×3 = 10, C 4×6+3 = 27, A 5+5+4×5 = 30, M = 30: (27 + 30 + 30 − 10) / 7 = 77 / 7 = 11,
  // on the edge, which belongs to preparation. In floating point 10.999999999999998.
  ['exactly 11, below it in floating point', [1, 1, 1, 1, 2, 2, 2], [4, 4, 4, 4, 4, 4, 3], [5, 5, 4, 4, 4, 4, 4], [5, 5, 4, 4, 4, 4, 4], [3, 3, 3, 3], 11, 'preparation', 'contemplation'],
  // PC 10, C 27, A 30, M 5+5+4+4+4+4+3 = 29: (27 + 30 + 29 − 10) / 7 = 76 / 7 = 10.857142857…
  ['just below 11', [1, 1, 1, 1, 2, 2, 2], [4, 4, 4, 4, 4, 4, 3], [5, 5, 4, 4, 4, 4, 4], [5, 5, 4, 4, 4, 4, 3], [3, 3, 3, 3], 10.857142857, 'contemplation', 'contemplation'],
  // PC 10, C 27, A 30, M 5×3+4×4 = 31: (27 + 30 + 31 − 10) / 7 = 78 / 7 = 11.142857142857… → …143
  ['just above 11', [1, 1, 1, 1, 2, 2, 2], [4, 4, 4, 4, 4, 4, 3], [5, 5, 4, 4, 4, 4, 4], [5, 5, 5, 4, 4, 4, 4], [3, 3, 3, 3], 11.142857143, 'preparation', 'preparation'],
];

describe('score: URICA key, readiness computed by hand', () => {
  it('the inline URICA questionnaire passes parseQuestionnaire', () => {
    expect(parseQuestionnaire(JSON.parse(JSON.stringify(urica)))).toMatchObject({ ok: true });
  });

  it.each(URICA_VECTORS)('%s', (_name, pc, c, a, m, unscored, readiness, stage) => {
    const result = score(urica, uricaAnswers(pc, c, a, m, unscored));
    expect(result.scores.find((s) => s.id === 'readiness')?.value).toBe(readiness);
    expect(result).toMatchObject({
      status: 'complete',
      stage,
      decidedBy: { method: 'bands', source: 'readiness', value: readiness },
    });
  });

  it('reports each subscale mean as sum / 7', () => {
    // PC 12/7 = 1.714285714…, C 12/7, A 29/7 = 4.142857142857… → …143, M 27/7 = 3.857142857…
    const result = score(urica, uricaAnswers([1, 1, 1, 2, 2, 2, 3], [1, 1, 1, 2, 2, 2, 3], [5, 5, 4, 4, 4, 4, 3], [4, 4, 4, 4, 4, 4, 3]));
    expect(result.scores.map((s) => [s.id, s.value])).toEqual([
      ['pc', 1.714285714],
      ['c', 1.714285714],
      ['a', 4.142857143],
      ['m', 3.857142857],
      ['readiness', 8],
    ]);
  });

  it('one unanswered scored item makes it incomplete and readiness null', () => {
    const answers = uricaAnswers(all(3), all(3), all(3), all(3));
    delete answers.u12; // item 12 is contemplation
    const result = score(urica, answers);
    expect(result).toMatchObject({ status: 'incomplete', missing: ['u12'] });
    expect(result.scores.map((s) => [s.id, s.value])).toEqual([
      ['pc', 3],
      ['c', null],
      ['a', 3],
      ['m', 3],
      ['readiness', null],
    ]);
  });
});

describe('score: questionnaire/urica-template.json against the same hand vectors', () => {
  const parsed = parseQuestionnaire(JSON.parse(readFileSync('questionnaire/urica-template.json', 'utf8')));
  const templateId = (n: number) => `urica-${String(n).padStart(2, '0')}`;

  it('the template passes parseQuestionnaire', () => {
    expect(parsed).toMatchObject({ ok: true });
  });

  // The template puts 11 itself in contemplation (its bands: ≤ 8, (8, 11], > 11).
  it.each(URICA_VECTORS)('%s', (_name, pc, c, a, m, unscored, readiness, _inlineStage, stage) => {
    if (!parsed.ok) throw new Error('urica-template.json does not parse');
    const result = score(parsed.questionnaire, uricaAnswers(pc, c, a, m, unscored, templateId));
    expect(result.scores.find((s) => s.id === 'readiness')?.value).toBe(readiness);
    expect(result).toMatchObject({
      status: 'complete',
      stage,
      decidedBy: { method: 'bands', source: 'readiness', value: readiness },
    });
  });
});
