// Flags declared as data: the built-in intake's flags evaluated on hand-computed answers (each
// one on and off), and the validator's checks of the `flags` section and of score tests.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { evaluateFlags } from '../../src/core/flags/evaluate-flags';
import { parseQuestionnaire } from '../../src/core/parse-questionnaire';
import { score } from '../../src/core/score';
import type { Answers, Problem, Questionnaire } from '../../src/core/types';
import { validQuestionnaire, type Json } from './parse-fixtures';

const parsed = parseQuestionnaire(JSON.parse(readFileSync('questionnaire/intake.json', 'utf8')));
if (!parsed.ok) throw new Error('intake.json does not validate');
const intake: Questionnaire = parsed.questionnaire;
const AGREEMENT_IDS = intake.items.filter((i) => i.type === 'agreement').map((i) => i.id);

/**
 * A varied baseline: staging "within 6 months", every statement 3 except pc-1 = 2 and c-1 = 4.
 * By hand: Action = (3 + 3 + (6 − 3) + 3 + 3) / 5 = 3; pc-2 = 3; not all answers alike.
 */
function answers(overrides: Record<string, string | number | undefined> = {}): Answers {
  const base: Record<string, string | number> = { stage: 'within-6-months', ...Object.fromEntries(AGREEMENT_IDS.map((id) => [id, 3])), 'pc-1': 2, 'c-1': 4 };
  for (const [id, v] of Object.entries(overrides)) {
    if (v === undefined) delete base[id];
    else base[id] = v;
  }
  return base;
}

function raised(a: Answers): string[] {
  return evaluateFlags(intake, a, score(intake, a).scores).map((f) => f.id);
}

describe('built-in intake flags', () => {
  test('the baseline raises none', () => {
    expect(raised(answers())).toEqual([]);
  });

  describe('doing-it-few-steps: "already doing it" with an Action mean under 3', () => {
    test.each([
      // (1 + 2 + (6 − 5) + 3 + 2) / 5 = 1.8
      ['action stage, Action 1.8', { stage: 'doing-under-6-months', 'a-1': 1, 'a-2': 2, 'a-3': 5, 'a-4': 3, 'a-5': 2 }, true],
      // (3 + 3 + (6 − 4) + 3 + 3) / 5 = 2.8, the highest mean under 3 with five answers
      ['maintenance stage, Action 2.8', { stage: 'doing-over-6-months', 'a-3': 4 }, true],
      // (3 + 3 + 3 + 3 + 3) / 5 = 3: not under 3
      ['action stage, Action exactly 3', { stage: 'doing-under-6-months' }, false],
      ['planning stage, Action 1.8', { stage: 'within-30-days', 'a-1': 1, 'a-2': 2, 'a-3': 5, 'a-4': 3, 'a-5': 2 }, false],
      // a-1 and a-2 missing: Action unscored, so in no range (the unscored flag speaks instead)
      ['action stage, Action unscored', { stage: 'doing-under-6-months', 'a-1': undefined, 'a-2': undefined }, false],
    ])('%s', (_name, overrides, on) => {
      expect(raised(answers(overrides)).includes('doing-it-few-steps')).toBe(on);
    });
  });

  describe('not-yet-many-steps: "not in the next 6 months" with an Action mean of 3.5 or more', () => {
    test.each([
      // (4 + 4 + (6 − 3) + 4 + 3) / 5 = 3.6
      ['precontemplation stage, Action 3.6', { stage: 'not-in-6-months', 'a-1': 4, 'a-2': 4, 'a-4': 4 }, true],
      // (4 + 4 + 3 + 3 + 3) / 5 = 3.4
      ['precontemplation stage, Action 3.4', { stage: 'not-in-6-months', 'a-1': 4, 'a-2': 4 }, false],
      ['contemplation stage, Action 3.6', { stage: 'within-6-months', 'a-1': 4, 'a-2': 4, 'a-4': 4 }, false],
    ])('%s', (_name, overrides, on) => {
      expect(raised(answers(overrides)).includes('not-yet-many-steps')).toBe(on);
    });
  });

  test.each([
    [5, true],
    [4, true],
    [3, false],
    [1, false],
  ])('someone-else-wanted: "here because someone else wanted me to come" answered %i → %s', (value, on) => {
    expect(raised(answers({ 'pc-2': value })).includes('someone-else-wanted')).toBe(on);
  });

  describe('same-answer-throughout: every statement answered alike', () => {
    const all = (v: number) => ({ stage: 'within-6-months', ...Object.fromEntries(AGREEMENT_IDS.map((id) => [id, v])) });
    test('all "strongly agree": raised, after the other warning it triggers (pc-2 = 5), in declaration order', () => {
      expect(raised(all(5))).toEqual(['someone-else-wanted', 'same-answer-throughout']);
    });
    test('all "strongly disagree": raised alone', () => {
      expect(raised(all(1))).toEqual(['same-answer-throughout']);
    });
    test.each([2, 3, 4])('all %i: raised', (v) => {
      expect(raised(all(v)).includes('same-answer-throughout')).toBe(true);
    });
    test('one statement different: not raised', () => {
      expect(raised({ ...all(2), 'm-4': 3 })).toEqual([]);
    });
  });

  describe('subscale-unscored: more than one statement of a subscale unanswered', () => {
    test('two Action statements missing: raised as a note', () => {
      const a = answers({ 'a-1': undefined, 'a-2': undefined });
      const flags = evaluateFlags(intake, a, score(intake, a).scores);
      expect(flags.map((f) => [f.id, f.severity])).toEqual([['subscale-unscored', 'info']]);
      expect(flags[0]!.flag.message.es).toMatch(/^Una subescala quedó sin puntuación/);
    });
    test('one missing (the mean is taken over four): not raised', () => {
      expect(raised(answers({ 'pc-4': undefined }))).toEqual([]);
    });
    test('notes come after warnings whatever the declaration order', () => {
      expect(raised(answers({ 'c-2': undefined, 'c-3': undefined, 'pc-2': 4 }))).toEqual(['someone-else-wanted', 'subscale-unscored']);
    });
  });

  test('an answer to a hidden item does not count (evaluated on the shown items only)', () => {
    const q = structuredClone(intake) as Json;
    q.items[14].showIf = { item: 'stage', equals: 'within-30-days' }; // pc-2 shown only when planning
    const reparsed = parseQuestionnaire(q);
    if (!reparsed.ok) throw new Error(JSON.stringify(reparsed.problems));
    const a = answers({ 'pc-2': 5 });
    expect(evaluateFlags(reparsed.questionnaire, a, score(reparsed.questionnaire, a).scores).map((f) => f.id)).toEqual([]);
  });

  test('a questionnaire without flags raises none', () => {
    const { flags: _drop, ...rest } = intake;
    expect(evaluateFlags(rest, answers({ 'pc-2': 5 }), [])).toEqual([]);
  });
});

function problemsOf(q: Json): readonly Problem[] {
  const result = parseQuestionnaire(q);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

const t = (en: string, es: string) => ({ en, es });
function withFlags(flags: Json): Json {
  const q = validQuestionnaire();
  q.flags = flags;
  return q;
}

describe('validating flags', () => {
  test('a flag with a score test and an item test is accepted and typed', () => {
    const q = withFlags([{ id: 'low-ready', severity: 'warning', when: { all: [{ score: 'ready', range: { max: 2 } }, { item: 'status', equals: 'doing' }] }, message: t('Low', 'Bajo') }]);
    const result = parseQuestionnaire(q);
    expect(result.ok).toBe(true);
    expect(result.ok && result.questionnaire.flags?.[0]?.id).toBe('low-ready');
  });

  test.each([
    ['a missing message and severity', [{ id: 'a', when: { item: 'status', equals: 'no' } }], [
      { path: 'flags[0].severity', message: "missing required field 'severity'" },
      { path: 'flags[0].message', message: "missing required field 'message'" },
    ]],
    ['an unknown severity', [{ id: 'a', severity: 'urgent', when: { item: 'status', equals: 'no' }, message: t('x', 'x') }], [
      { path: 'flags[0].severity', message: "expected one of: warning, info; got 'urgent'" },
    ]],
    ['a duplicate id', [
      { id: 'a', severity: 'info', when: { item: 'status', equals: 'no' }, message: t('x', 'x') },
      { id: 'a', severity: 'info', when: { item: 'status', equals: 'soon' }, message: t('y', 'y') },
    ], [{ path: 'flags[1].id', message: "duplicate flag id 'a' (first used at flags[0].id)" }]],
    ['an unknown score', [{ id: 'a', severity: 'info', when: { score: 'nope', scored: false }, message: t('x', 'x') }], [
      { path: 'flags[0].when.score', message: "unknown scale or composite 'nope'; expected one of: ready, doing, readiness" },
    ]],
    ['a score range with min above max', [{ id: 'a', severity: 'info', when: { not: { score: 'ready', range: { min: 4, max: 2 } } }, message: t('x', 'x') }], [
      { path: 'flags[0].when.not.range', message: 'min (4) is above max (2); no answer is in this range' },
    ]],
    ['a score test with two tests', [{ id: 'a', severity: 'info', when: { score: 'ready', scored: true, range: { min: 1 } }, message: t('x', 'x') }], [
      { path: 'flags[0].when', message: 'a test on a score has exactly one test; found range, scored' },
    ]],
    ['a score test with an unknown key', [{ id: 'a', severity: 'info', when: { score: 'ready', scored: true, equals: 3 }, message: t('x', 'x') }], [
      { path: 'flags[0].when.equals', message: "unknown key 'equals'; expected one of: score, range, scored" },
    ]],
    ['an unknown item in a flag', [{ id: 'a', severity: 'info', when: { item: 'ghost', answered: true }, message: t('x', 'x') }], [
      { path: 'flags[0].when.item', message: "unknown item 'ghost'; a condition must name an item's id" },
    ]],
    ['a message missing a locale', [{ id: 'a', severity: 'info', when: { item: 'status', equals: 'no' }, message: { en: 'x' } }], [
      { path: 'flags[0].message.es', message: expect.stringMatching(/^missing/) },
    ]],
  ])('%s', (_name, flags, expected) => {
    expect(problemsOf(withFlags(flags))).toEqual(expected);
  });

  test('flags must be a list', () => {
    expect(problemsOf(withFlags({ a: 1 }))).toEqual([{ path: 'flags', message: 'expected an array, got an object' }]);
  });

  test('a score test in a showIf is refused with its path (no score exists while answering)', () => {
    const q = validQuestionnaire();
    q.items[1].showIf = { any: [{ item: 'status', equals: 'doing' }, { score: 'ready', range: { min: 3 } }] };
    expect(problemsOf(q)).toEqual([
      {
        path: 'items[1].showIf.any[1].score',
        message: 'a test on a score is allowed only in flags; showIf and stage rules look at answers alone (no score exists yet), so test an item here',
      },
    ]);
  });

  test('a score test in a stage rule is refused with its path', () => {
    const q = validQuestionnaire();
    q.scoring.stage[0].rules[0].when = { score: 'readiness', scored: true };
    expect(problemsOf(q)).toContainEqual({
      path: 'scoring.stage[0].rules[0].when.score',
      message: 'a test on a score is allowed only in flags; showIf and stage rules look at answers alone (no score exists yet), so test an item here',
    });
  });

  test('the existing variants keep their messages (an item test with no test)', () => {
    const q = validQuestionnaire();
    q.items[1].showIf = { item: 'status' };
    expect(problemsOf(q)).toEqual([{ path: 'items[1].showIf', message: 'a condition on an item needs one test: equals, oneOf, range, answered' }]);
  });
});
