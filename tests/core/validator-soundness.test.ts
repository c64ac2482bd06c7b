import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseQuestionnaire } from '../../src/core/parse-questionnaire';
import { initialQuizState, quizReducer, type QuizState } from '../../src/core/quiz-flow';
import { score } from '../../src/core/score';
import type { Problem, Questionnaire } from '../../src/core/types';
import { rulesOnlyQuestionnaire, validQuestionnaire, type Json } from './parse-fixtures';

// Issue 12: every questionnaire the validator accepts lets a person reach a stage, and any input
// is answered quickly. Each fault found by probing the landed build is a fixture here, with the
// exact path and message. (Timing for the 2 MB bound: scripts/bench-parse.mjs, not a test.)

const t = (en: string, es: string) => ({ en, es });
const problemsOf = (input: unknown): readonly Problem[] => {
  const result = parseQuestionnaire(input);
  return result.ok ? [] : result.problems;
};
function broken(mutate: (q: Json) => void, base: () => Json = validQuestionnaire): Json {
  const q = base();
  mutate(q);
  return q;
}

/** `n` required items with five options each and one rule per item: `q_i = o1 → action`. */
function fiveOptionRules(n: number): Json {
  const q = rulesOnlyQuestionnaire();
  q.items = Array.from({ length: n }, (_, i) => ({
    id: `q${i}`,
    type: 'choice',
    text: t(`Question ${i}`, `Pregunta ${i}`),
    required: true,
    options: [1, 2, 3, 4, 5].map((o) => ({ value: `o${o}`, label: t(`Option ${o}`, `Opción ${o}`) })),
  }));
  q.scoring = {
    stage: [{ type: 'rules', rules: q.items.map((item: Json) => ({ id: `r-${item.id}`, when: { item: item.id, equals: 'o1' }, stage: 'action' })) }],
  };
  return q;
}

describe('numbers are bounded, so every score is finite', () => {
  test.each<[string, (q: Json) => void, string, string]>([
    ['an agreement value of 1e308', (q) => (q.responseSets.agree5.options[4].value = 1e308), 'responseSets.agree5.options[4].value', 'expected a number from -1000000 to 1000000, got 1e+308'],
    ['a composite weight of 1e308', (q) => (q.scoring.composites[0].terms[1].weight = 1e308), 'scoring.composites[0].terms[1].weight', 'expected a number from -1000000 to 1000000, got 1e+308'],
    ['an option score of -2e6', (q) => (q.items[0].options[1].score = -2e6), 'items[0].options[1].score', 'expected a number from -1000000 to 1000000, got -2000000'],
    ['a band edge of 1e300', (q) => (q.scoring.stage[1].bands[2].min.value = 1e300), 'scoring.stage[1].bands[2].min.value', 'expected a number from -1000000 to 1000000, got 1e+300'],
  ])('%s is refused', (_name, mutate, path, message) => {
    expect(problemsOf(broken(mutate))).toEqual([{ path, message }]);
  });

  test('the largest weights and values allowed still give finite scores (no NaN reaches a band)', () => {
    const q = broken((q) => {
      q.responseSets.agree5.options.forEach((o: Json, i: number) => (o.value = i === 4 ? 1_000_000 : -1_000_000 + i));
      q.scoring.composites[0].terms = [
        { scale: 'ready', weight: 1_000_000 },
        { scale: 'doing', weight: -1_000_000 },
      ];
    });
    const parsed = parseQuestionnaire(q);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    const result = score(parsed.ok ? parsed.questionnaire : (q as Questionnaire), { status: 'soon', a1: 1_000_000, a2: -1_000_000, a3: -999_999 });
    expect(result.status).toBe('complete');
    for (const s of result.scores) expect(Number.isFinite(s.value), s.id).toBe(true);
  });
});

describe('reachability is never skipped silently', () => {
  test('7 required five-option items with only "= o1" rules: all-o2 answers reach no stage (enumerated)', () => {
    const problems = problemsOf(fiveOptionRules(7));
    expect(problems).toEqual([
      { path: 'scoring.stage[0].rules', message: expect.stringMatching(/^answers \{q0: 'o2', .*q6: 'o2'\} reach no stage: no rule matches them/) },
    ]);
  });

  test('8 such items (390,625 combinations, too many to try) are refused, saying what to add', () => {
    expect(problemsOf(fiveOptionRules(8))).toEqual([
      {
        path: 'scoring.stage[0].rules',
        message:
          'too many answer combinations (390,625; at most 200,000 can be tried) to check that every finished set of answers reaches a stage; ' +
          'add a last rule that always holds, e.g. { "id": "otherwise", "when": { "any": [{ "item": "q0", "answered": true }, { "item": "q0", "answered": false }] }, "stage": "contemplation" } (this is the last method)',
      },
    ]);
  });

  test('with a last rule that always holds (checked on its own items), the same 8 items are accepted', () => {
    const q = fiveOptionRules(8);
    q.scoring.stage[0].rules.push({
      id: 'otherwise',
      when: { any: [{ item: 'q0', answered: true }, { item: 'q0', answered: false }] },
      stage: 'contemplation',
    });
    expect(problemsOf(q)).toEqual([]);
  });

  test('a last rule that only looks like a catch-all (holds unless q0 is o5) does not count', () => {
    const q = fiveOptionRules(8);
    q.scoring.stage[0].rules.push({ id: 'almost', when: { not: { item: 'q0', equals: 'o5' } }, stage: 'contemplation' });
    expect(problemsOf(q).map((p) => p.path)).toEqual(['scoring.stage[0].rules']);
  });
});

describe('ids named after Object built-ins are plain data', () => {
  const NAMES = ['constructor', 'toString', 'valueOf', 'hasOwnProperty'];
  /** The rules-only questionnaire with its items renamed: status → constructor, since → toString. */
  function renamed(): Json {
    const q = rulesOnlyQuestionnaire();
    const text = JSON.stringify(q).replaceAll('"status"', '"constructor"').replaceAll('"since"', '"toString"');
    return JSON.parse(text);
  }

  test('a complete rule set over items called constructor and toString is accepted', () => {
    expect(problemsOf(renamed())).toEqual([]);
  });

  test('a rule that can never decide is still found', () => {
    const q = renamed();
    q.scoring.stage[0].rules.push({ id: 'dead', when: { item: 'valueOf', answered: true }, stage: 'action' });
    q.items.push({ id: 'valueOf', type: 'ruler', text: t('How much?', '¿Cuánto?'), required: true, min: 0, max: 2, minLabel: t('Low', 'Bajo'), maxLabel: t('High', 'Alto') });
    expect(problemsOf(q)).toEqual([
      { path: 'scoring.stage[0].rules[5]', message: "rule 'dead' can never decide: earlier rules 'not-yet', 'maybe', 'soon', 'new', 'kept' take every case where its condition holds" },
    ]);
  });

  test('a rule set that misses answers is refused, not passed', () => {
    const q = renamed();
    q.scoring.stage[0].rules.pop(); // toString = long now reaches no stage
    expect(problemsOf(q)).toEqual([
      { path: 'scoring.stage[0].rules', message: "answers {constructor: 'doing', toString: 'long'} reach no stage: no rule matches them; add a rule for them (this is the last method)" },
    ]);
  });

  test.each(NAMES)('Next does not move past an unanswered required question called %s', (name) => {
    const q = JSON.parse(JSON.stringify(rulesOnlyQuestionnaire()).replaceAll('"status"', `"${name}"`)) as Questionnaire;
    let state: QuizState = quizReducer(initialQuizState(q, 'en'), { type: 'start' });
    expect(state.current).toBe(name);
    state = quizReducer(state, { type: 'next' });
    expect([state.current, state.error]).toEqual([name, 'required']);
  });
});

describe('sizes are bounded and named', () => {
  test.each<[string, (q: Json) => void, string, string]>([
    ['201 items', (q) => (q.items = Array.from({ length: 201 }, (_, i) => ({ ...q.items[3], id: `a${i}` }))), 'items', '201 items; at most 200'],
    ['101 options', (q) => (q.items[0].options = Array.from({ length: 101 }, (_, i) => ({ value: `v${i}`, label: t('x', 'x') }))), 'items[0].options', '101 options; at most 100'],
    ['201 rules', (q) => (q.scoring.stage[0].rules = Array.from({ length: 201 }, (_, i) => ({ id: `r${i}`, when: { item: 'status', equals: 'no' }, stage: 'action' }))), 'scoring.stage[0].rules', '201 rules; at most 200'],
    ['a condition of 101 parts ({any: [100 copies of a leaf]})', (q) => (q.scoring.stage[0].rules[0].when = { any: Array.from({ length: 100 }, () => ({ item: 'status', equals: 'no' })) }), 'scoring.stage[0].rules[0].when', 'a condition of 101 parts (groups and tests); at most 100'],
  ])('%s is refused by name', (_name, mutate, path, message) => {
    expect(problemsOf(broken(mutate))).toEqual([{ path, message }]);
  });

  test('a 50 MB introduction is refused at once, as too long and as too large', () => {
    const q = broken((q) => (q.introduction.en = 'x'.repeat(50_000_000)));
    expect(problemsOf(q)).toEqual([
      { path: '(root)', message: 'too large: 50,003,900 characters of text; at most 2,000,000' },
      { path: 'introduction.en', message: 'a text of 50,000,000 characters; at most 10,000' },
    ]);
  });

  test('2 MB of text in many short strings is refused as too large', () => {
    const q = broken((q) => (q.provenance.notes = t('n', 'n')));
    q.guidance.action.helps = Array.from({ length: 400 }, () => t('x'.repeat(2600), 'y'.repeat(2600)));
    expect(problemsOf(q)).toEqual([{ path: '(root)', message: expect.stringMatching(/^too large: 2,\d{3},\d{3} characters of text; at most 2,000,000$/) }]);
  });
});

describe('links need the form the schema has', () => {
  test.each<[string, string, string]>([
    ['https:evil.example', 'url', "'https:evil.example' is not a valid https: URL; it must start with 'https://'"],
    ['HTTPS://example.org', 'url', "'HTTPS://example.org': write the scheme in lower case ('https:')"],
  ])('%s', (href, path, message) => {
    expect(problemsOf(broken((q) => (q.url = href)))).toEqual([{ path, message }]);
  });
});

describe('an unvalidated questionnaire that cannot decide says so instead of looping', () => {
  test('every question answered, no rule matches: the flow stays put with "undecidable"', () => {
    const q = rulesOnlyQuestionnaire();
    q.scoring.stage[0].rules = q.scoring.stage[0].rules.filter((r: Json) => r.id !== 'soon');
    let state: QuizState = quizReducer(initialQuizState(q as Questionnaire, 'en'), { type: 'start' });
    state = quizReducer(state, { type: 'answer', item: 'status', value: 'soon' });
    for (let guard = 0; guard < 10 && state.phase === 'question' && state.error === null; guard++) {
      // The agreement items a1–a3 are required: answer each with 3.
      if (state.current?.startsWith('a')) state = quizReducer(state, { type: 'answer', item: state.current, value: 3 });
      state = quizReducer(state, { type: 'next' });
    }
    const first = state;
    expect([first.phase, first.error]).toEqual(['question', 'undecidable']);
    // Trying again changes nothing: no trip back to question 1 with "Please choose an answer".
    const again = quizReducer(first, { type: 'next' });
    expect([again.current, again.error]).toEqual([first.current, 'undecidable']);
  });
});

describe('property: every accepted questionnaire decides a stage for every complete answer set', () => {
  test('random rule sets over three small items', () => {
    const leaf = fc.record({ item: fc.constantFrom('status', 'importance'), equals: fc.constantFrom('no', 'someday', 'soon', 'doing', 0, 5, 10) });
    const rule = fc.record({ when: leaf, stage: fc.constantFrom('precontemplation', 'contemplation', 'preparation', 'action', 'maintenance') });
    fc.assert(
      fc.property(fc.array(rule, { minLength: 1, maxLength: 8 }), fc.boolean(), (rules, catchAll) => {
        const q = rulesOnlyQuestionnaire();
        q.items = q.items.filter((i: Json) => i.id === 'status' || i.id === 'importance');
        q.scoring.stage[0].rules = rules.map((r, i) => ({ id: `r${i}`, when: r.when.item === 'importance' && typeof r.when.equals === 'string' ? { item: 'status', equals: r.when.equals } : r.when.item === 'status' && typeof r.when.equals === 'number' ? { item: 'importance', equals: r.when.equals } : r.when, stage: r.stage }));
        if (catchAll) q.scoring.stage[0].rules.push({ id: 'otherwise', when: { not: { item: 'status', answered: false } }, stage: 'contemplation' });
        const parsed = parseQuestionnaire(q);
        if (!parsed.ok) return;
        for (const status of ['no', 'someday', 'soon', 'doing']) {
          for (const importance of [undefined, 0, 1, 5, 9, 10]) {
            const answers = importance === undefined ? { status } : { status, importance };
            expect(score(parsed.questionnaire, answers).status).toBe('complete');
          }
        }
      }),
      { numRuns: 150, seed: 12 },
    );
  });
});
