import { describe, expect, it } from 'vitest';
import { clinicianSummary } from '../../src/core/clinician-summary';
import { conditionItems } from '../../src/core/evaluate-condition';
import { bandRangeText, decisionDetail, decisionText, listText, summaryText } from '../../src/core/clinician-summary-text';
import { score } from '../../src/core/score';
import type { Answers, Questionnaire, ScoreResult } from '../../src/core/types';
import { CLINICIAN_STRINGS } from '../../src/ui/clinician/clinician-strings';
import { loadBuiltin } from './fhir-helpers';

// The real clinician words (plain data, no Preact), so every expected sentence below is what a
// clinician reads on screen, on paper and in "Copy as text". Every expected string is written by hand.
const EN = CLINICIAN_STRINGS.en.text;
const ES = CLINICIAN_STRINGS.es.text;
const AT = '2026-11-23T10:30:00Z';
const quick = loadBuiltin('quick');
const intake = loadBuiltin('intake');

const ruler = (id: string, en: string, es: string) => ({
  id,
  type: 'ruler',
  text: { en, es },
  required: false,
  min: 0,
  max: 10,
  minLabel: { en: 'Not at all', es: 'Nada' },
  maxLabel: { en: 'Extremely', es: 'Muchísimo' },
});

/**
 * Four questions (choice, ruler, agreement, a choice shown only to people already changing) and
 * rules of every shape, tried in this order:
 * 1 ready-and-important: all of (sure = 3, importance 8+, not importance = 10) → preparation
 * 2 slipped: lately = slip → action
 * 3 doing-quietly: all of (stage = doing, not lately answered) → maintenance
 * 4 very-important: importance 9+ → preparation
 * 5 not-yet: stage = not-yet → precontemplation
 * 6 soon-or-doing: stage one of (soon, doing) → contemplation
 * 7 fallback: all of nothing (always holds) → contemplation
 */
const q = {
  ...quick,
  responseSets: {
    agree3: {
      options: [
        { value: 1, label: { en: 'Disagree', es: 'En desacuerdo' } },
        { value: 2, label: { en: 'Unsure', es: 'No estoy seguro' } },
        { value: 3, label: { en: 'Agree', es: 'De acuerdo' } },
      ],
    },
  },
  items: [
    {
      id: 'stage',
      type: 'choice',
      text: { en: 'Where are you with it?', es: '¿En qué punto estás?' },
      required: false,
      options: [
        { value: 'not-yet', label: { en: 'Not yet', es: 'Todavía no' } },
        { value: 'soon', label: { en: 'Soon', es: 'Pronto' } },
        { value: 'doing', label: { en: 'Already doing it', es: 'Ya lo estoy haciendo' } },
      ],
    },
    ruler('importance', 'How important is it?', '¿Qué tan importante es?'),
    { id: 'sure', type: 'agreement', text: { en: 'I am ready.', es: 'Estoy listo.' }, required: false, responseSet: 'agree3' },
    {
      id: 'lately',
      type: 'choice',
      text: { en: 'How has it gone?', es: '¿Cómo te ha ido?' },
      required: false,
      showIf: { item: 'stage', equals: 'doing' },
      options: [
        { value: 'steady', label: { en: 'Steady', es: 'Estable' } },
        { value: 'slip', label: { en: 'A slip', es: 'Un tropiezo' } },
      ],
    },
  ],
  scoring: {
    stage: [
      {
        type: 'rules',
        rules: [
          {
            id: 'ready-and-important',
            when: { all: [{ item: 'sure', equals: 3 }, { item: 'importance', range: { min: 8 } }, { not: { item: 'importance', equals: 10 } }] },
            stage: 'preparation',
          },
          { id: 'slipped', when: { item: 'lately', equals: 'slip' }, stage: 'action' },
          { id: 'doing-quietly', when: { all: [{ item: 'stage', equals: 'doing' }, { not: { item: 'lately', answered: true } }] }, stage: 'maintenance' },
          { id: 'very-important', when: { item: 'importance', range: { min: 9 } }, stage: 'preparation' },
          { id: 'not-yet', when: { item: 'stage', equals: 'not-yet' }, stage: 'precontemplation' },
          { id: 'soon-or-doing', when: { item: 'stage', oneOf: ['soon', 'doing'] }, stage: 'contemplation' },
          { id: 'fallback', when: { all: [] }, stage: 'contemplation' },
        ],
      },
    ],
  },
} as unknown as Questionnaire;

function summaryOf(answers: Answers, lang: 'en' | 'es') {
  const result = score(q, answers);
  if (result.status !== 'complete') throw new Error(`expected a complete result, got ${JSON.stringify(result)}`);
  return clinicianSummary({ questionnaire: q, answers, result, lang, completedAt: AT });
}

/** The decision sentence in both languages, and the rule id (checked against the hand-traced rule). */
function sentences(answers: Answers): { rule: string; en: string; es: string } {
  const en = summaryOf(answers, 'en');
  const es = summaryOf(answers, 'es');
  if (en.decision?.method !== 'rules') throw new Error('expected a rule to decide');
  return { rule: en.decision.rule, en: decisionText(en.decision, EN, 'en'), es: decisionText(es.decision!, ES, 'es') };
}

describe('decision sentence: rules, from the questions and the answers', () => {
  it('equals on a choice: the question and the option label', () => {
    expect(sentences({ stage: 'not-yet' })).toEqual({
      rule: 'not-yet',
      en: 'Decided by the answer to “Where are you with it?”: “Not yet”.',
      es: 'Según la respuesta a “¿En qué punto estás?”: “Todavía no”.',
    });
  });

  it('oneOf: the option the client chose, not the list', () => {
    expect(sentences({ stage: 'soon' })).toEqual({
      rule: 'soon-or-doing',
      en: 'Decided by the answer to “Where are you with it?”: “Soon”.',
      es: 'Según la respuesta a “¿En qué punto estás?”: “Pronto”.',
    });
  });

  it('range on a ruler: the number, unquoted', () => {
    expect(sentences({ stage: 'soon', importance: 9 })).toEqual({
      rule: 'very-important',
      en: 'Decided by the answer to “How important is it?”: 9.',
      es: 'Según la respuesta a “¿Qué tan importante es?”: 9.',
    });
  });

  it('all of, with not: each question once, in questionnaire order, agreement as its label', () => {
    // the condition names sure, importance, importance; the questionnaire asks importance first
    expect(sentences({ stage: 'soon', importance: 8, sure: 3 })).toEqual({
      rule: 'ready-and-important',
      en: 'Decided by the answers to “How important is it?”: 8; “I am ready.”: “Agree”.',
      es: 'Según las respuestas a “¿Qué tan importante es?”: 8; “Estoy listo.”: “De acuerdo”.',
    });
  });

  it('not answered: says so', () => {
    expect(sentences({ stage: 'doing' })).toEqual({
      rule: 'doing-quietly',
      en: 'Decided by the answers to “Where are you with it?”: “Already doing it”; “How has it gone?”: not answered.',
      es: 'Según las respuestas a “¿En qué punto estás?”: “Ya lo estoy haciendo”; “¿Cómo te ha ido?”: sin respuesta.',
    });
  });

  it('a hidden question’s left-over answer does not count', () => {
    // lately is shown only for "doing": its "slip" is dropped, so rule 2 does not hold
    expect(sentences({ stage: 'soon', lately: 'slip' }).rule).toBe('soon-or-doing');
    expect(sentences({ stage: 'doing', lately: 'slip' })).toEqual({
      rule: 'slipped',
      en: 'Decided by the answer to “How has it gone?”: “A slip”.',
      es: 'Según la respuesta a “¿Cómo te ha ido?”: “Un tropiezo”.',
    });
  });

  it('a rule that looks at no answer says it is the default', () => {
    expect(sentences({})).toEqual({
      rule: 'fallback',
      en: 'Decided by the questionnaire’s default rule (it does not depend on any answer).',
      es: 'Según la regla predeterminada del cuestionario (no depende de ninguna respuesta).',
    });
  });

  it('keeps the rule id as data and as a small detail', () => {
    const model = summaryOf({ stage: 'soon', importance: 8, sure: 3 }, 'es');
    expect(model.decision).toEqual({
      method: 'rules',
      rule: 'ready-and-important',
      answers: [
        { item: 'importance', question: '¿Qué tan importante es?', answer: '8', kind: 'number' },
        { item: 'sure', question: 'Estoy listo.', answer: 'De acuerdo', kind: 'label' },
      ],
    });
    expect(decisionDetail(model.decision!, ES)).toBe('ID de la regla: ready-and-important');
    expect(decisionDetail(summaryOf({ stage: 'soon' }, 'en').decision!, EN)).toBe('Rule id: soon-or-doing');
  });

  it('puts the same sentence, then the rule id, under the stage in "Copy as text"', () => {
    const lines = summaryText(summaryOf({ stage: 'soon', importance: 9 }, 'es'), ES).split('\n');
    const at = lines.indexOf('Etapa de cambio: Preparación');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 3)).toEqual(['Según la respuesta a “¿Qué tan importante es?”: 9.', 'ID de la regla: very-important']);
  });

  it('reads the built-in intake rule in both languages', () => {
    const answers = { change: 'eating', stage: 'within-30-days', ...Object.fromEntries(intake.items.filter((i) => i.type === 'agreement').map((i) => [i.id, 3])) };
    const result = score(intake, answers);
    const en = clinicianSummary({ questionnaire: intake, answers, result, lang: 'en', completedAt: AT });
    const es = clinicianSummary({ questionnaire: intake, answers, result, lang: 'es', completedAt: AT });
    expect(decisionText(en.decision!, EN, 'en')).toBe('Decided by the answer to “Where are you with this change right now?”: “I\'m planning to start in the next 30 days”.');
    expect(decisionText(es.decision!, ES, 'es')).toBe('Según la respuesta a “¿En qué punto estás con este cambio ahora mismo?”: “Pienso empezar en los próximos 30 días”.');
  });
});

describe('conditionItems', () => {
  it('collects every item a condition refers to, at any depth, in the order written', () => {
    const items = conditionItems({ any: [{ not: { item: 'b', range: { max: 2 } } }, { all: [{ item: 'a', answered: false }, { item: 'b', oneOf: [1] }] }] });
    expect(items).toEqual(['b', 'a', 'b']);
  });
});

describe('decision sentence: bands', () => {
  // a hand-made result: the decision is what is under test, not the scorer
  const result = () =>
    ({
      ...score(intake, {}),
      status: 'complete',
      stage: 'contemplation',
      decidedBy: { method: 'bands', methodIndex: 0, source: 'readiness', value: 8.25, band: 1 },
    }) as ScoreResult;
  const withBands = {
    ...intake,
    scoring: {
      ...intake.scoring,
      stage: [
        {
          type: 'bands',
          source: 'readiness',
          bands: [
            { stage: 'precontemplation', max: { value: 8, inclusive: false } },
            { stage: 'contemplation', min: { value: 8, inclusive: true }, max: { value: 11, inclusive: false } },
            { stage: 'preparation', min: { value: 11, inclusive: true } },
          ],
        },
      ],
    },
  } as unknown as Questionnaire;

  it('names the score by its label, its value and the stage’s range in words', () => {
    const en = clinicianSummary({ questionnaire: withBands, answers: {}, result: result(), lang: 'en', completedAt: AT });
    const es = clinicianSummary({ questionnaire: withBands, answers: {}, result: result(), lang: 'es', completedAt: AT });
    expect(decisionText(en.decision!, EN, 'en')).toBe('Decided by the score for Readiness (C + A + M − PC): 8.25, in this stage’s range (8 to less than 11).');
    expect(decisionText(es.decision!, ES, 'es')).toBe('Según la puntuación de Disposición (C + A + M − PC): 8.25, dentro del rango de esta etapa (de 8 a menos de 11).');
    expect(decisionDetail(en.decision!, EN)).toBeNull();
  });

  it.each([
    [{ value: 11, inclusive: true }, undefined, '11 or more', '11 o más'],
    [{ value: 11, inclusive: false }, undefined, 'more than 11', 'más de 11'],
    [undefined, { value: 8, inclusive: true }, '8 or less', '8 o menos'],
    [undefined, { value: 8, inclusive: false }, 'less than 8', 'menos de 8'],
    [{ value: 2, inclusive: true }, { value: 5, inclusive: true }, '2 to 5', 'de 2 a 5'],
    [{ value: 2, inclusive: true }, { value: 5.5, inclusive: false }, '2 to less than 5.5', 'de 2 a menos de 5.5'],
    [{ value: 2, inclusive: false }, { value: 5, inclusive: true }, 'more than 2, up to 5', 'más de 2 y hasta 5'],
    [{ value: -1, inclusive: false }, { value: 5, inclusive: false }, 'more than -1 and less than 5', 'más de -1 y menos de 5'],
  ])('range %j to %j reads "%s" / "%s"', (min, max, en, es) => {
    expect(bandRangeText(EN.bandRange, min, max)).toBe(en);
    expect(bandRangeText(ES.bandRange, min, max)).toBe(es);
  });
});

describe('decision sentence: highest scale', () => {
  const base = score(intake, {});
  const highest = (scale: string, tiedWith: string[]) =>
    ({ ...base, status: 'complete', stage: 'action', decidedBy: { method: 'highest', methodIndex: 0, scale, tiedWith } }) as ScoreResult;
  const text = (result: ScoreResult, lang: 'en' | 'es') =>
    decisionText(clinicianSummary({ questionnaire: intake, answers: {}, result, lang, completedAt: AT }).decision!, lang === 'en' ? EN : ES, lang);

  it('names the scale', () => {
    expect(text(highest('action', []), 'en')).toBe('Decided by the highest scale score: Action.');
    expect(text(highest('action', []), 'es')).toBe('Según la escala con la puntuación más alta: Acción.');
  });

  it('names one tie and what broke it', () => {
    expect(text(highest('action', ['maintenance']), 'en')).toBe(
      'Decided by the highest scale score: Action. It tied with Maintenance; the questionnaire’s tie-break order chose Action.',
    );
    expect(text(highest('action', ['maintenance']), 'es')).toBe(
      'Según la escala con la puntuación más alta: Acción. Empató con Mantenimiento; el orden de desempate del cuestionario eligió Acción.',
    );
  });

  it('lists several ties the language’s way', () => {
    expect(text(highest('action', ['maintenance', 'contemplation', 'precontemplation']), 'en')).toBe(
      'Decided by the highest scale score: Action. It tied with Maintenance, Contemplation, and Precontemplation; the questionnaire’s tie-break order chose Action.',
    );
    expect(text(highest('action', ['maintenance', 'contemplation']), 'es')).toBe(
      'Según la escala con la puntuación más alta: Acción. Empató con Mantenimiento y Contemplación; el orden de desempate del cuestionario eligió Acción.',
    );
  });

  it('joins lists with "e" before an i sound in Spanish', () => {
    expect(listText(['Acción', 'Importancia'], 'es')).toBe('Acción e Importancia');
    expect(listText(['Acción', 'Mantenimiento'], 'es')).toBe('Acción y Mantenimiento');
  });
});
