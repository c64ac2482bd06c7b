// Property tests (fast-check) for score(): over the built-in questionnaires and inline ones,
// every complete answer set gets exactly one of the five stages; readiness moves the right way
// when a keyed answer rises; score is total, deterministic and leaves its inputs alone.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../src/core/parse-questionnaire';
import { score } from '../../src/core/score';
import { STAGES, type AnswerValue, type Item, type Questionnaire } from '../../src/core/types';
import { agree, choice, highestOfThree, questionnaire, ruler, stageItem, t, uricaInline } from './score-fixtures';

function load(path: string): Questionnaire {
  const parsed = parseQuestionnaire(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.ok) throw new Error(`${path} does not parse: ${JSON.stringify(parsed.problems)}`);
  return parsed.questionnaire;
}

/** Passes through parseQuestionnaire too, so the properties hold for valid questionnaires only. */
function valid(q: Questionnaire): Questionnaire {
  const parsed = parseQuestionnaire(JSON.parse(JSON.stringify(q)));
  if (!parsed.ok) throw new Error(`${q.id} does not parse: ${JSON.stringify(parsed.problems)}`);
  return parsed.questionnaire;
}

// Inline questionnaires covering the other methods: bands on a prorated mean with a reverse key,
// highest with a tie-break, and rules falling back to bands, with skip logic.
const bandsInline = questionnaire(
  [agree('a1', { required: true }), agree('a2', { required: true }), agree('a3'), ruler('r', 0, 10, { required: true })],
  {
    scales: [{ id: 's', label: t('s'), items: ['a1', 'a2', 'a3'], reverse: ['a2'], aggregate: 'mean', maxMissing: 1 }],
    stage: [
      {
        type: 'bands',
        source: 's',
        bands: [
          { stage: 'precontemplation', max: { value: 2, inclusive: false } },
          { stage: 'contemplation', min: { value: 2, inclusive: true }, max: { value: 3, inclusive: true } },
          { stage: 'preparation', min: { value: 3, inclusive: false }, max: { value: 4, inclusive: false } },
          { stage: 'action', min: { value: 4, inclusive: true }, max: { value: 4.5, inclusive: true } },
          { stage: 'maintenance', min: { value: 4.5, inclusive: false } },
        ],
      },
    ],
  },
  'bands-inline',
);

const highestInline = highestOfThree(['action', 'contemplation', 'precontemplation'], { required: true, id: 'highest-inline' });

const rulesThenBands = questionnaire(
  [
    stageItem({ required: true }),
    choice('quit', [['yes'], ['no']], { required: true, showIf: { item: 'stage', equals: 'within-30-days' } }),
    ruler('imp', 0, 10, { required: true }),
  ],
  {
    scales: [{ id: 'importance', label: t('importance'), items: ['imp'], aggregate: 'sum' }],
    stage: [
      {
        type: 'rules',
        rules: [
          { id: 'prep', when: { all: [{ item: 'stage', equals: 'within-30-days' }, { item: 'quit', equals: 'yes' }] }, stage: 'preparation' },
          { id: 'maint', when: { all: [{ item: 'stage', equals: 'doing-over-6-months' }, { item: 'imp', range: { min: 5 } }] }, stage: 'maintenance' },
          { id: 'doing', when: { item: 'stage', oneOf: ['doing-under-6-months', 'doing-over-6-months'] }, stage: 'action' },
        ],
      },
      {
        type: 'bands',
        source: 'importance',
        bands: [
          { stage: 'precontemplation', max: { value: 3, inclusive: true } },
          { stage: 'contemplation', min: { value: 3, inclusive: false } },
        ],
      },
    ],
  },
  'rules-then-bands',
);

const questionnaires: [string, Questionnaire][] = [
  ['quick.json', load('questionnaire/quick.json')],
  ['intake.json', load('questionnaire/intake.json')],
  ['urica-template.json', load('questionnaire/urica-template.json')],
  ['inline URICA', valid(uricaInline)],
  ['inline bands', valid(bandsInline)],
  ['inline highest', valid(highestInline)],
  ['inline rules then bands', valid(rulesThenBands)],
];

/** The answers an item accepts. */
function allowedValues(q: Questionnaire, item: Item): AnswerValue[] {
  if (item.type === 'choice') return item.options.map((o) => o.value);
  if (item.type === 'agreement') return q.responseSets![item.responseSet]!.options.map((o) => o.value);
  return Array.from({ length: item.max - item.min + 1 }, (_, i) => item.min + i);
}

/**
 * A complete answer set: every required item answered (hidden ones too: their answers are left
 * over and must be ignored), each optional item answered or not.
 */
function completeAnswers(q: Questionnaire): fc.Arbitrary<Record<string, AnswerValue>> {
  const parts = Object.fromEntries(
    q.items.map((item) => {
      const value = fc.constantFrom(...allowedValues(q, item));
      return [item.id, item.required ? value : fc.option(value, { nil: undefined })];
    }),
  );
  return fc.record(parts).map((answers) => {
    const out: Record<string, AnswerValue> = {};
    for (const [id, value] of Object.entries(answers)) if (value !== undefined) out[id] = value;
    return out;
  });
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

describe.each(questionnaires)('properties of score() on %s', (_name, q) => {
  it('every complete answer set gets status complete and exactly one of the five stages', () => {
    fc.assert(
      fc.property(completeAnswers(q), (answers) => {
        const result = score(q, answers);
        expect(result.status).toBe('complete');
        if (result.status !== 'complete') return;
        expect(STAGES.filter((stage) => stage === result.stage)).toHaveLength(1);
        expect(result.questionnaire).toEqual({ id: q.id, version: q.version });
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic and does not mutate its inputs (frozen inputs, deep-equal copies)', () => {
    const frozen = deepFreeze(structuredClone(q));
    fc.assert(
      fc.property(completeAnswers(q), (answers) => {
        const before = structuredClone(answers);
        const first = score(frozen, deepFreeze(answers));
        const second = score(frozen, structuredClone(answers));
        expect(second).toEqual(first);
        expect(answers).toEqual(before);
        expect(frozen).toEqual(q);
      }),
      { numRuns: 50 },
    );
  });

  it('scores the same whether or not the questionnaire has skip logic that hides nothing', () => {
    // score() skips effectiveAnswers when no item has showIf; an always-true showIf forces it.
    const first = q.items[0]!.id;
    const alwaysShown = { not: { item: first, equals: '\u0000never' } };
    const withSkipLogic: Questionnaire = {
      ...q,
      items: q.items.map((item, i) => (i === q.items.length - 1 && !item.showIf ? { ...item, showIf: alwaysShown } : item)),
    };
    fc.assert(
      fc.property(completeAnswers(q), (answers) => {
        expect(score(withSkipLogic, answers)).toEqual(score(q, answers));
      }),
      { numRuns: 100 },
    );
  });

  it('never throws, whatever the answers, and always gives one of the three statuses', () => {
    const ids = q.items.map((item) => item.id);
    const anyAnswers = fc.oneof(
      fc.jsonValue(),
      fc.dictionary(fc.constantFrom(...ids, 'unknown', '__proto__'), fc.oneof(fc.jsonValue(), fc.double(), fc.constant(undefined))),
      fc.anything(),
    );
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        expect(['complete', 'incomplete', 'invalid']).toContain(score(q, answers).status);
      }),
      { numRuns: 200 },
    );
  });
});

/** How readiness moves when an item's raw answer rises: +1 up, −1 down, undefined if it does not feed readiness. */
function readinessDirection(q: Questionnaire, itemId: string): 1 | -1 | undefined {
  const readiness = q.scoring.composites?.find((c) => c.id === 'readiness');
  if (!readiness) return undefined;
  const signs = new Set<number>();
  for (const term of readiness.terms) {
    const scale = q.scoring.scales?.find((s) => s.id === term.scale);
    if (!scale?.items.includes(itemId)) continue;
    const keyed = scale.reverse?.includes(itemId) ? -1 : 1;
    signs.add(Math.sign(term.weight) * keyed);
  }
  if (signs.size !== 1) return undefined;
  return [...signs][0] as 1 | -1;
}

const withReadiness = questionnaires.filter(([, q]) => q.scoring.composites?.some((c) => c.id === 'readiness'));

describe.each(withReadiness)('readiness on %s moves with keyed answers', (_name, q) => {
  const scored = q.items.filter((item) => readinessDirection(q, item.id) !== undefined);

  it('feeds readiness from contemplation/action/maintenance (up) and precontemplation (down) items', () => {
    expect(scored.length).toBeGreaterThanOrEqual(16);
    expect(scored.some((item) => readinessDirection(q, item.id) === 1)).toBe(true);
    expect(scored.some((item) => readinessDirection(q, item.id) === -1)).toBe(true);
  });

  it('never falls when a C/A/M answer rises (keyed), never rises when a PC answer rises (keyed)', () => {
    const step = fc.record({
      answers: completeAnswers(q),
      item: fc.constantFrom(...scored),
      from: fc.nat(),
      to: fc.nat(),
    });
    fc.assert(
      fc.property(step, ({ answers, item, from, to }) => {
        const values = allowedValues(q, item) as number[];
        const sorted = [...values].sort((x, y) => x - y);
        const [low, high] = [from % sorted.length, to % sorted.length].sort((x, y) => x - y) as [number, number];
        const readinessAt = (value: number) => {
          const result = score(q, { ...answers, [item.id]: value });
          expect(result.status).toBe('complete');
          return result.scores.find((s) => s.id === 'readiness')!.value!;
        };
        const before = readinessAt(sorted[low]!);
        const after = readinessAt(sorted[high]!);
        if (readinessDirection(q, item.id) === 1) expect(after).toBeGreaterThanOrEqual(before);
        else expect(after).toBeLessThanOrEqual(before);
      }),
      { numRuns: 300 },
    );
  });
});
