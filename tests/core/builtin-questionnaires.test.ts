import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../src/core/parse-questionnaire';
import { score } from '../../src/core/score';
import { selectGuidance } from '../../src/core/select-guidance';
import { STAGES, type Answers, type Questionnaire, type ScoreResult, type Stage } from '../../src/core/types';

// The built-in questionnaires, read as the package ships them (raw JSON files, no bundler).
// Every expected number below was worked out by hand, in the comments beside it.

function load(name: string): Questionnaire {
  const path = fileURLToPath(new URL(`../../questionnaire/${name}.json`, import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as Questionnaire;
}

const quick = load('quick');
const intake = load('intake');
const urica = load('urica-template');
const builtins = [
  ['quick', quick],
  ['intake', intake],
  ['urica-template', urica],
] as const;

/** Every `{en, es}` object in a value, with its JSON path. */
function localizedTexts(value: unknown, path = '$'): { path: string; text: Record<string, unknown> }[] {
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedTexts(v, `${path}[${i}]`));
  const record = value as Record<string, unknown>;
  if ('en' in record || 'es' in record) return [{ path, text: record }];
  return Object.entries(record).flatMap(([k, v]) => localizedTexts(v, `${path}.${k}`));
}

/** The value of a named scale or composite in a result. */
function valueOf(result: ScoreResult, id: string): number | null | undefined {
  return result.scores.find((s) => s.id === id)?.value;
}

/**
 * With people in two minds, a neutral decisional balance tends to lower commitment; drawing out
 * their own reasons for change promotes it (Miller & Rose 2015, see ../shared/research/mi-tools.md).
 * So no guidance offers to weigh both sides.
 */
function expectNoNeutralBalance(q: Questionnaire): void {
  for (const { path, text } of localizedTexts(q.guidance)) {
    expect(text.en, path).not.toMatch(/both sides|pros and cons|\bweigh/i);
    expect(text.es, path).not.toMatch(/balanza|los dos lados|pros y contras|ventajas y desventajas/i);
  }
}

function expectStage(result: ScoreResult, stage: Stage): void {
  expect(result.status).toBe('complete');
  if (result.status === 'complete') expect(result.stage).toBe(stage);
}

describe.each(builtins)('built-in %s: structure', (name, q) => {
  it('passes parseQuestionnaire with no problems', () => {
    const result = parseQuestionnaire(q);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok && result.questionnaire.id).toBe(name);
  });

  it('names its schema, id, url and locales', () => {
    expect(q.$schema).toBe('./questionnaire.schema.json');
    expect(q.id).toBe(name);
    expect(q.url).toBe(`https://stages-quiz.dev/questionnaire/${name}`);
    expect(q.locales).toEqual(['en', 'es']);
  });

  it('is not marked as a validated instrument', () => {
    expect(q.provenance.validated).toBe(false);
    expect(q.provenance.licence).toMatch(/CC BY 4\.0/);
  });

  it('has guidance for all five stages: 3–4 helps, 2–3 questions, slip notes where acting', () => {
    expect(Object.keys(q.guidance).sort()).toEqual([...STAGES].sort());
    for (const stage of STAGES) {
      const g = q.guidance[stage];
      expect(g.helps.length, stage).toBeGreaterThanOrEqual(3);
      expect(g.helps.length, stage).toBeLessThanOrEqual(4);
      expect(g.questions.length, stage).toBeGreaterThanOrEqual(2);
      expect(g.questions.length, stage).toBeLessThanOrEqual(3);
      for (const question of g.questions) {
        expect(question.en, stage).toMatch(/\?$/);
        expect(question.es, stage).toMatch(/¿[^?]*\?$/);
      }
    }
    expect(q.guidance.action.slipNote).toBeDefined();
    expect(q.guidance.maintenance.slipNote).toBeDefined();
  });

  it('has every text in en and es, non-empty, and not identical between the two', () => {
    const texts = localizedTexts(q);
    expect(texts.length).toBeGreaterThan(40);
    for (const { path, text } of texts) {
      expect(Object.keys(text).sort(), path).toEqual(['en', 'es']);
      expect(typeof text.en === 'string' && text.en.trim().length > 0, `${path}.en`).toBe(true);
      expect(typeof text.es === 'string' && text.es.trim().length > 0, `${path}.es`).toBe(true);
      expect(text.es, path).not.toBe(text.en);
    }
  });

  it('never tells the person what they "should" do, in either language', () => {
    for (const { path, text } of localizedTexts(q.guidance)) {
      expect(text.en, path).not.toMatch(/\bshould\b|\bmust\b|\bneed to\b/i);
      expect(text.es, path).not.toMatch(/\bdebes\b|\btienes que\b/i);
    }
  });

  it('never offers a neutral weighing of pros and cons, in either language', () => {
    expectNoNeutralBalance(q);
  });

  it('has unique item ids, and every agreement item names a declared response set', () => {
    const ids = q.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of q.items) {
      if (item.type === 'agreement') expect(q.responseSets?.[item.responseSet], item.id).toBeDefined();
    }
  });
});

describe('built-ins together', () => {
  it('share one set of guidance and one staging question, so the three never drift apart', () => {
    // Each has its own answer-specific blocks (quick: the slip it asks about; intake: slipping back
    // before); urica, with no change item, reads the {change} placeholder's fallback.
    const withoutBlocks = (q: Questionnaire) =>
      Object.fromEntries(Object.entries(q.guidance).map(([stage, { blocks: _blocks, ...rest }]) => [stage, rest]));
    expect(withoutBlocks(intake)).toEqual(withoutBlocks(quick));
    expect(intake.placeholders).toEqual(quick.placeholders);
    const fallback = quick.placeholders!.change!.fallback;
    const filled = JSON.parse(
      JSON.stringify(withoutBlocks(quick)).replace(/When it comes to \{change\}/g, `When it comes to ${fallback.en}`).replace(/En cuanto a \{change\}/g, `En cuanto a ${fallback.es}`),
    );
    expect(urica.guidance).toEqual(filled);
    expect(intake.items.find((i) => i.id === 'stage')).toEqual(quick.items.find((i) => i.id === 'stage'));
  });
});

describe('quick', () => {
  it('asks at most 6 questions and takes about a minute', () => {
    expect(quick.items.length).toBeLessThanOrEqual(6);
    expect(quick.estimatedMinutes).toBe(1);
  });

  it('asks only the staging question as required; the rulers are optional and run 0–10', () => {
    expect(quick.items.filter((i) => i.required).map((i) => i.id)).toEqual(['stage']);
    for (const id of ['importance', 'confidence']) {
      const ruler = quick.items.find((i) => i.id === id);
      expect(ruler?.type).toBe('ruler');
      if (ruler?.type === 'ruler') expect([ruler.min, ruler.max]).toEqual([0, 10]);
    }
  });

  it('asks rulers "why this number and not a lower one", with its own prompt for 0', () => {
    for (const id of ['importance', 'confidence']) {
      const ruler = quick.items.find((i) => i.id === id);
      if (ruler?.type !== 'ruler') throw new Error(`${id} is not a ruler`);
      const [zero, rest, top] = ruler.followUps ?? [];
      expect([zero?.minValue, zero?.maxValue]).toEqual([undefined, 0]);
      expect([rest?.minValue, rest?.maxValue]).toEqual([1, 9]);
      expect([top?.minValue, top?.maxValue]).toEqual([10, undefined]);
      expect(zero?.text.en).toMatch(/1 or a 2/);
      expect(zero?.text.es).toMatch(/1 o un 2/);
      for (const lang of ['en', 'es'] as const) {
        expect(rest?.text[lang]).toContain('{value}');
        expect(rest?.text[lang]).toContain('{lower}');
      }
      expect(rest?.text.en).toMatch(/Why \{value\} and not \{lower\}\?/);
      // "What would move it one point up?" (MI's {higher}), never "why not higher?".
      expect(rest?.text.en).toMatch(/what would (move it up to|help it become) \{higher\}\?/i);
      expect(rest?.text.es).toContain('{higher}');
      expect(top?.text.en).toMatch(/Why \{value\} and not \{lower\}\?/);
      for (const f of [zero, rest, top]) expect(f?.text.en).not.toMatch(/why not (higher|\{higher\})/i);
    }
  });

  it('fills every ruler follow-up for every answer 0–10, in both languages, with no placeholder left', () => {
    for (const lang of ['en', 'es'] as const) {
      for (let value = 0; value <= 10; value++) {
        const selected = selectGuidance(quick, 'contemplation', { stage: 'within-6-months', importance: value, confidence: value }, lang);
        expect(selected.rulerPrompts.map((p) => p.item)).toEqual(['importance', 'confidence']);
        for (const prompt of selected.rulerPrompts) {
          expect(prompt.text, `${lang} ${value}`).not.toMatch(/[{}]/);
          expect(prompt.text, `${lang} ${value}`).toContain(String(value));
          if (value === 0) expect(prompt.text).toMatch(lang === 'en' ? /1 or a 2/ : /1 o un 2/);
        }
      }
    }
  });

  // One row per staging answer: the URI time frames (6 months / 30 days) decide the stage.
  it.each([
    ['not-in-6-months', 'precontemplation', 'not-yet-6-months'],
    ['within-6-months', 'contemplation', 'thinking-within-6-months'],
    ['within-30-days', 'preparation', 'planning-within-30-days'],
    ['doing-under-6-months', 'action', 'doing-less-than-6-months'],
    ['doing-over-6-months', 'maintenance', 'doing-more-than-6-months'],
  ] as const)('staging answer %s → %s (rule %s)', (answer, stage, rule) => {
    const result = score(quick, { stage: answer });
    expectStage(result, stage);
    if (result.status === 'complete') expect(result.decidedBy).toEqual({ method: 'rules', methodIndex: 0, rule });
  });

  it('does not let the change chosen or the rulers move the stage', () => {
    const answers: Answers = { change: 'drinking', stage: 'within-6-months', importance: 10, confidence: 0 };
    expectStage(score(quick, answers), 'contemplation');
    expectStage(score(quick, { ...answers, importance: 0, confidence: 10 }), 'contemplation');
  });

  it('asks "how has it been going" only of people already doing it, and a slip keeps the stage', () => {
    expectStage(score(quick, { stage: 'doing-over-6-months', lately: 'recent-slip' }), 'maintenance');
    expectStage(score(quick, { stage: 'doing-under-6-months', lately: 'ups-and-downs' }), 'action');
    // Left over from a path backed out of: hidden, so it neither counts nor breaks scoring.
    expectStage(score(quick, { stage: 'within-30-days', lately: 'steady' }), 'preparation');
  });

  it('is incomplete without the staging answer, and has no scales', () => {
    const result = score(quick, { change: 'eating', importance: 6 });
    expect(result.status).toBe('incomplete');
    if (result.status === 'incomplete') expect(result.missing).toEqual(['stage']);
    expect(result.scores).toEqual([]);
  });
});

describe('intake', () => {
  const agreementIds = intake.items.filter((i) => i.type === 'agreement').map((i) => i.id);

  it('has four subscales of 4–6 required items, each with a reverse-keyed item, as means with maxMissing 1', () => {
    const scales = intake.scoring.scales ?? [];
    expect(scales.map((s) => s.id)).toEqual(['precontemplation', 'contemplation', 'action', 'maintenance']);
    for (const s of scales) {
      expect(s.items.length, s.id).toBeGreaterThanOrEqual(4);
      expect(s.items.length, s.id).toBeLessThanOrEqual(6);
      expect(s.reverse?.length, s.id).toBeGreaterThanOrEqual(1);
      expect(s.aggregate).toBe('mean');
      expect(s.maxMissing).toBe(1);
    }
    expect(scales.flatMap((s) => s.items).sort()).toEqual([...agreementIds].sort());
    for (const item of intake.items.filter((i) => i.type === 'agreement')) expect(item.required, item.id).toBe(true);
  });

  it('mixes the subscales: no two neighbouring statements feed the same subscale', () => {
    const prefix = (id: string) => id.split('-')[0];
    for (let i = 1; i < agreementIds.length; i++) {
      expect(prefix(agreementIds[i]!), agreementIds[i]).not.toBe(prefix(agreementIds[i - 1]!));
    }
  });

  it('defines readiness = C + A + M − PC and decides the stage only from the staging question', () => {
    expect(intake.scoring.composites).toEqual([
      expect.objectContaining({
        id: 'readiness',
        terms: [
          { scale: 'contemplation', weight: 1 },
          { scale: 'action', weight: 1 },
          { scale: 'maintenance', weight: 1 },
          { scale: 'precontemplation', weight: -1 },
        ],
      }),
    ]);
    expect(intake.scoring.stage).toEqual(quick.scoring.stage);
    expect(intake.provenance.notes?.en).toMatch(/NOT a validated instrument/);
    expect(intake.provenance.notes?.en).toMatch(/NOT comparable with URICA/);
  });

  // Reverse-keyed items (pc-3, c-3, a-3, m-3) count as 6 − answer on the 1–5 scale.
  const thinking: Answers = {
    stage: 'within-6-months',
    // PC: 2, 1, (4 → 2), 3, 2 = 10 → 10 / 5 = 2
    'pc-1': 2, 'pc-2': 1, 'pc-3': 4, 'pc-4': 3, 'pc-5': 2,
    // C: 4, 5, (2 → 4), 4, 3 = 20 → 4
    'c-1': 4, 'c-2': 5, 'c-3': 2, 'c-4': 4, 'c-5': 3,
    // A: 2, 1, (4 → 2), 2, 1 = 8 → 1.6
    'a-1': 2, 'a-2': 1, 'a-3': 4, 'a-4': 2, 'a-5': 1,
    // M: 1, 3, (4 → 2), 2, 1 = 9 → 1.8
    'm-1': 1, 'm-2': 3, 'm-3': 4, 'm-4': 2, 'm-5': 1,
    // readiness = 4 + 1.6 + 1.8 − 2 = 5.4
  };
  const acting: Answers = {
    change: 'moving-more',
    stage: 'doing-under-6-months',
    // PC: 1, 2, (5 → 1), 1, 1 = 6 → 1.2
    'pc-1': 1, 'pc-2': 2, 'pc-3': 5, 'pc-4': 1, 'pc-5': 1,
    // C: 2, 4, (1 → 5), 5, 5 = 21 → 4.2
    'c-1': 2, 'c-2': 4, 'c-3': 1, 'c-4': 5, 'c-5': 5,
    // A: 5, 4, (1 → 5), 4, 3 = 21 → 4.2
    'a-1': 5, 'a-2': 4, 'a-3': 1, 'a-4': 4, 'a-5': 3,
    // M: 3, 4, (2 → 4), 5, 4 = 20 → 4
    'm-1': 3, 'm-2': 4, 'm-3': 2, 'm-4': 5, 'm-5': 4,
    // readiness = 4.2 + 4.2 + 4 − 1.2 = 11.2
  };
  const notNow: Answers = {
    stage: 'not-in-6-months',
    // PC: 5, 4, (1 → 5), 4, 5 = 23 → 4.6
    'pc-1': 5, 'pc-2': 4, 'pc-3': 1, 'pc-4': 4, 'pc-5': 5,
    // C: 1, 2, (5 → 1), 2, 1 = 7 → 1.4
    'c-1': 1, 'c-2': 2, 'c-3': 5, 'c-4': 2, 'c-5': 1,
    // A: 1, 1, (5 → 1), 1, 1 = 5 → 1
    'a-1': 1, 'a-2': 1, 'a-3': 5, 'a-4': 1, 'a-5': 1,
    // M: 1, 2, (5 → 1), 1, 2 = 7 → 1.4
    'm-1': 1, 'm-2': 2, 'm-3': 5, 'm-4': 1, 'm-5': 2,
    // readiness = 1.4 + 1 + 1.4 − 4.6 = −0.8
  };

  it.each([
    ['thinking it over', thinking, 'contemplation', [2, 4, 1.6, 1.8, 5.4]],
    ['already acting', acting, 'action', [1.2, 4.2, 4.2, 4, 11.2]],
    ['not now', notNow, 'precontemplation', [4.6, 1.4, 1, 1.4, -0.8]],
  ] as const)('%s: stage and hand-computed means and readiness', (_, answers, stage, expected) => {
    const result = score(intake, answers);
    expectStage(result, stage);
    const ids = ['precontemplation', 'contemplation', 'action', 'maintenance', 'readiness'];
    ids.forEach((id, i) => expect(valueOf(result, id), id).toBeCloseTo(expected[i]!, 9));
    const pc = result.scores.find((s) => s.id === 'precontemplation');
    expect(pc?.reversed).toEqual(['pc-3']);
    expect(pc?.prorated).toBe(false);
  });

  it('with one statement unanswered: incomplete, but the subscale is the mean of the other four', () => {
    const { 'pc-2': _skipped, ...answers } = notNow;
    const result = score(intake, answers);
    expect(result.status).toBe('incomplete');
    if (result.status === 'incomplete') expect(result.missing).toEqual(['pc-2']);
    // PC: 5, (1 → 5), 4, 5 = 19 → 19 / 4 = 4.75; readiness = 1.4 + 1 + 1.4 − 4.75 = −0.95
    expect(valueOf(result, 'precontemplation')).toBeCloseTo(4.75, 9);
    expect(result.scores.find((s) => s.id === 'precontemplation')?.prorated).toBe(true);
    expect(valueOf(result, 'readiness')).toBeCloseTo(-0.95, 9);
  });

  it('with two statements of a subscale unanswered: that subscale and readiness are blank', () => {
    const { 'pc-2': _a, 'pc-4': _b, ...answers } = notNow;
    const result = score(intake, answers);
    expect(result.status).toBe('incomplete');
    expect(valueOf(result, 'precontemplation')).toBeNull();
    expect(valueOf(result, 'readiness')).toBeNull();
    expect(valueOf(result, 'contemplation')).toBeCloseTo(1.4, 9);
  });
});

describe('urica-template', () => {
  // The published URICA key (Mid-Atlantic ATTC; HABITS Lab), typed here independently of the JSON.
  const KEY = {
    precontemplation: [1, 5, 11, 13, 23, 26, 29],
    contemplation: [2, 8, 12, 15, 19, 21, 24],
    action: [3, 7, 10, 14, 17, 25, 30],
    maintenance: [6, 16, 18, 22, 27, 28, 32],
  } as const;
  const UNSCORED = [4, 9, 20, 31];
  const itemId = (n: number) => `urica-${String(n).padStart(2, '0')}`;

  /** Answers from seven answers per subscale (in key order) and one value for the unscored items. */
  function answersFrom(
    sets: { pc: number[]; c: number[]; a: number[]; m: number[] },
    unscored = 3,
  ): Record<string, number> {
    const answers: Record<string, number> = {};
    const put = (numbers: readonly number[], values: number[]) =>
      numbers.forEach((n, i) => (answers[itemId(n)] = values[i]!));
    put(KEY.precontemplation, sets.pc);
    put(KEY.contemplation, sets.c);
    put(KEY.action, sets.a);
    put(KEY.maintenance, sets.m);
    for (const n of UNSCORED) answers[itemId(n)] = unscored;
    return answers;
  }

  it('has 32 required agreement items urica-01 … urica-32 with placeholder texts', () => {
    expect(urica.items.map((i) => i.id)).toEqual(Array.from({ length: 32 }, (_, i) => itemId(i + 1)));
    urica.items.forEach((item, i) => {
      expect(item.type).toBe('agreement');
      expect(item.required).toBe(true);
      expect(item.text.en).toBe(`Item ${i + 1} — paste the wording from your licensed copy of the URICA`);
      expect(item.text.es).toMatch(new RegExp(`^Pregunta ${i + 1}: pega aquí`));
    });
  });

  it('encodes the published key: four 7-item mean subscales, items 4, 9, 20, 31 unscored, no reverse keys', () => {
    const scales = urica.scoring.scales ?? [];
    expect(scales.map((s) => [s.id, s.items, s.aggregate, s.maxMissing, s.reverse])).toEqual(
      Object.entries(KEY).map(([id, numbers]) => [id, numbers.map(itemId), 'mean', 0, undefined]),
    );
    const scored = new Set(scales.flatMap((s) => s.items));
    expect(UNSCORED.map(itemId).filter((id) => scored.has(id))).toEqual([]);
    expect(scored.size).toBe(28);
  });

  it('declares bands on readiness with the documented edges', () => {
    expect(urica.scoring.stage).toEqual([
      {
        type: 'bands',
        source: 'readiness',
        bands: [
          { stage: 'precontemplation', max: { value: 8, inclusive: true } },
          { stage: 'contemplation', min: { value: 8, inclusive: false }, max: { value: 11, inclusive: true } },
          { stage: 'preparation', min: { value: 11, inclusive: false } },
        ],
      },
    ]);
    expect(urica.provenance.citation).toMatch(/McConnaughy.*1983.*DiClemente.*1990/s);
    expect(urica.provenance.notes?.en).toMatch(/validated is false until/);
    expect(urica.provenance.notes?.en).toMatch(/overlap at 8 and 11/);
  });

  // Means are sum / 7; readiness = (ΣC + ΣA + ΣM − ΣPC) / 7 when every subscale has 7 items.
  it.each([
    {
      name: 'all undecided',
      // every mean 21 / 7 = 3; readiness = 3 + 3 + 3 − 3 = 6
      sets: { pc: [3, 3, 3, 3, 3, 3, 3], c: [3, 3, 3, 3, 3, 3, 3], a: [3, 3, 3, 3, 3, 3, 3], m: [3, 3, 3, 3, 3, 3, 3] },
      means: [3, 3, 3, 3], readiness: 6, stage: 'precontemplation',
    },
    {
      name: 'guards the (sum + 7) / 7 bug',
      // PC 14 / 7 = 2; C, A, M 21 / 7 = 3; readiness = 9 − 2 = 7 (the bug would give 12 − 3 = 9)
      sets: { pc: [2, 2, 2, 2, 2, 2, 2], c: [3, 3, 3, 3, 3, 3, 3], a: [3, 3, 3, 3, 3, 3, 3], m: [3, 3, 3, 3, 3, 3, 3] },
      means: [2, 3, 3, 3], readiness: 7, stage: 'precontemplation',
    },
    {
      name: 'exactly 8 (edge belongs to precontemplation)',
      // PC 2+2+1+2+1+1+1 = 10; C 3+3+3+3+4+3+3 = 22; A 4+3+3+3+3+4+3 = 23; M 21; (22 + 23 + 21 − 10) / 7 = 56 / 7 = 8
      sets: { pc: [2, 2, 1, 2, 1, 1, 1], c: [3, 3, 3, 3, 4, 3, 3], a: [4, 3, 3, 3, 3, 4, 3], m: [3, 3, 3, 3, 3, 3, 3] },
      means: [10 / 7, 22 / 7, 23 / 7, 3], readiness: 8, stage: 'precontemplation',
    },
    {
      name: 'just above 8',
      // as above with M 22: 57 / 7 = 8.142857…
      sets: { pc: [2, 2, 1, 2, 1, 1, 1], c: [3, 3, 3, 3, 4, 3, 3], a: [4, 3, 3, 3, 3, 4, 3], m: [3, 3, 3, 3, 3, 3, 4] },
      means: [10 / 7, 22 / 7, 23 / 7, 22 / 7], readiness: 57 / 7, stage: 'contemplation',
    },
    {
      name: 'exactly 11 (edge belongs to contemplation)',
      // PC 1+1+1+1+2+2+1 = 9; C 4+4+4+4+5+5+4 = 30; A 4+4+4+4+4+5+4 = 29; M 4+4+4+3+4+4+4 = 27; (30 + 29 + 27 − 9) / 7 = 77 / 7 = 11
      sets: { pc: [1, 1, 1, 1, 2, 2, 1], c: [4, 4, 4, 4, 5, 5, 4], a: [4, 4, 4, 4, 4, 5, 4], m: [4, 4, 4, 3, 4, 4, 4] },
      means: [9 / 7, 30 / 7, 29 / 7, 27 / 7], readiness: 11, stage: 'contemplation',
    },
    {
      name: 'just above 11',
      // as above with M 28: 78 / 7 = 11.142857…
      sets: { pc: [1, 1, 1, 1, 2, 2, 1], c: [4, 4, 4, 4, 5, 5, 4], a: [4, 4, 4, 4, 4, 5, 4], m: [4, 4, 4, 4, 4, 4, 4] },
      means: [9 / 7, 30 / 7, 29 / 7, 4], readiness: 78 / 7, stage: 'preparation',
    },
    {
      name: 'highest possible',
      // PC 1; C, A, M 5; readiness = 15 − 1 = 14
      sets: { pc: [1, 1, 1, 1, 1, 1, 1], c: [5, 5, 5, 5, 5, 5, 5], a: [5, 5, 5, 5, 5, 5, 5], m: [5, 5, 5, 5, 5, 5, 5] },
      means: [1, 5, 5, 5], readiness: 14, stage: 'preparation',
    },
    {
      name: 'lowest possible',
      // PC 5; C, A, M 1; readiness = 3 − 5 = −2
      sets: { pc: [5, 5, 5, 5, 5, 5, 5], c: [1, 1, 1, 1, 1, 1, 1], a: [1, 1, 1, 1, 1, 1, 1], m: [1, 1, 1, 1, 1, 1, 1] },
      means: [5, 1, 1, 1], readiness: -2, stage: 'precontemplation',
    },
  ] as const)('$name: readiness $readiness → $stage', ({ sets, means, readiness, stage }) => {
    for (const unscored of [1, 5]) {
      const result = score(urica, answersFrom({ pc: [...sets.pc], c: [...sets.c], a: [...sets.a], m: [...sets.m] }, unscored));
      expectStage(result, stage);
      ['precontemplation', 'contemplation', 'action', 'maintenance'].forEach((id, i) =>
        expect(valueOf(result, id), id).toBeCloseTo(means[i]!, 9),
      );
      expect(valueOf(result, 'readiness')).toBeCloseTo(readiness, 9);
      if (result.status === 'complete') {
        expect(result.decidedBy).toMatchObject({ method: 'bands', source: 'readiness' });
      }
    }
  });

  it('with one scored item unanswered: incomplete, and that subscale and readiness are blank (maxMissing 0)', () => {
    const answers = answersFrom({ pc: [3, 3, 3, 3, 3, 3, 3], c: [3, 3, 3, 3, 3, 3, 3], a: [3, 3, 3, 3, 3, 3, 3], m: [3, 3, 3, 3, 3, 3, 3] });
    delete answers['urica-13'];
    const result = score(urica, answers);
    expect(result.status).toBe('incomplete');
    if (result.status === 'incomplete') expect(result.missing).toEqual(['urica-13']);
    expect(valueOf(result, 'precontemplation')).toBeNull();
    expect(valueOf(result, 'readiness')).toBeNull();
    expect(valueOf(result, 'action')).toBe(3);
  });
});

describe('questionnaire/README.md example', () => {
  const readme = readFileSync(fileURLToPath(new URL('../../questionnaire/README.md', import.meta.url)), 'utf8');
  const block = /```json\n([\s\S]*?)\n```/.exec(readme)?.[1];
  const example = JSON.parse(block ?? 'null') as Questionnaire;

  it('passes parseQuestionnaire with no problems', () => {
    const result = parseQuestionnaire(example);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('is accepted by questionnaire.schema.json, as an author’s editor would check it', () => {
    const schemaPath = fileURLToPath(new URL('../../questionnaire/questionnaire.schema.json', import.meta.url));
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
    expect(validate(example) ? [] : validate.errors).toEqual([]);
  });

  it('is complete JSON with guidance for all five stages in en and es', () => {
    expect(example.id).toBe('walking');
    expect(Object.keys(example.guidance).sort()).toEqual([...STAGES].sort());
    for (const { path, text } of localizedTexts(example)) {
      expect(Object.keys(text).sort(), path).toEqual(['en', 'es']);
      expect(text.es, path).not.toBe(text.en);
    }
  });

  it('never offers a neutral weighing of pros and cons (authors copy it)', () => {
    expectNoNeutralBalance(example);
  });

  it.each([
    ['no', 'precontemplation'],
    ['soon', 'preparation'],
    ['yes', 'action'],
  ] as const)('scores the staging answer %s → %s', (answer, stage) => {
    expectStage(score(example, { stage: answer, importance: 4 }), stage);
  });
});
