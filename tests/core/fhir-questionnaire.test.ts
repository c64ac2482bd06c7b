import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersFromQuestionnaireResponse } from '../../src/core/fhir/answers-from-questionnaire-response';
import { copyrightText, toFhirQuestionnaire } from '../../src/core/fhir/to-fhir-questionnaire';
import { toQuestionnaireResponse } from '../../src/core/fhir/to-questionnaire-response';
import { effectiveAnswers } from '../../src/core/effective-answers';
import { indexItems } from '../../src/core/evaluate-condition';
import { score } from '../../src/core/score';
import type { AnswerValue, Item, Questionnaire } from '../../src/core/types';
import { loadBuiltin } from './fhir-helpers';

const WEIGHT = 'http://hl7.org/fhir/StructureDefinition/itemWeight';
const ORDINAL = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
const intake = loadBuiltin('intake');
const quick = loadBuiltin('quick');

describe.each([
  ['quick', quick],
  ['intake', intake],
] as const)('toFhirQuestionnaire: %s', (name, q) => {
  const fq = toFhirQuestionnaire(q, 'en');

  it('carries url, version, status, title', () => {
    expect(fq.resourceType).toBe('Questionnaire');
    expect(fq.url).toBe(`https://stages-quiz.dev/questionnaire/${name}`);
    expect(fq.version).toBe('1.0.0');
    expect(fq.status).toBe('active');
    expect(fq.title).toBe(q.title.en);
    expect(toFhirQuestionnaire(q, 'es').title).toBe(q.title.es);
  });

  it('has a question item per item, with type and required, then read-only result items, then the optional next-step items', () => {
    const questions = fq.item.slice(0, q.items.length);
    expect(questions.map((i) => [i.linkId, i.type, i.required])).toEqual(
      q.items.map((i) => [i.id, i.type === 'ruler' ? 'integer' : 'choice', i.required]),
    );
    // What a client may write after the questions (tests/core/fhir-next-step.test.ts): never read-only.
    const firstWritten = fq.item.findIndex((i) => i.linkId.startsWith('ruler-answer.') || i.linkId.startsWith('next-step.'));
    expect(fq.item.slice(firstWritten).every((i) => !i.readOnly && /^(ruler-answer|next-step)\./.test(i.linkId))).toBe(true);
    const results = fq.item.slice(q.items.length, firstWritten);
    expect(results.every((i) => i.readOnly)).toBe(true);
    expect(results.map((i) => i.linkId).slice(-2)).toEqual(['stage-result', 'stage-snomed']);
  });

  it('offers the five stages and the two verified SNOMED CT stages', () => {
    const stage = fq.item.find((i) => i.linkId === 'stage-result')!;
    expect(stage.answerOption!.map((o) => o.valueCoding.code)).toEqual([
      'precontemplation',
      'contemplation',
      'preparation',
      'action',
      'maintenance',
    ]);
    const snomed = fq.item.find((i) => i.linkId === 'stage-snomed')!;
    expect(snomed.answerOption!.map((o) => [o.valueCoding.system, o.valueCoding.code])).toEqual([
      ['http://snomed.info/sct', '134411008'],
      ['http://snomed.info/sct', '134410009'],
    ]);
  });
});

describe('toFhirQuestionnaire: details', () => {
  it("gives agreement options codes 1–5 with itemWeight (R5) and ordinalValue (R4) 1–5, and ordinalValue on each coding", () => {
    const item = toFhirQuestionnaire(intake, 'es').item.find((i) => i.linkId === 'pc-3')!;
    expect(item.answerOption).toHaveLength(5);
    expect(item.answerOption![3]).toEqual({
      valueCoding: {
        system: 'https://stages-quiz.dev/questionnaire/intake/pc-3',
        code: '4',
        display: 'De acuerdo',
        extension: [{ url: ORDINAL, valueDecimal: 4 }],
      },
      extension: [
        { url: WEIGHT, valueDecimal: 4 },
        { url: ORDINAL, valueDecimal: 4 },
      ],
    });
    const weights = (url: string) => item.answerOption!.map((o) => o.extension!.find((e) => e.url === url)!.valueDecimal);
    expect(weights(WEIGHT)).toEqual([1, 2, 3, 4, 5]);
    expect(weights(ORDINAL)).toEqual([1, 2, 3, 4, 5]);
    expect(item.answerOption!.map((o) => o.valueCoding.extension![0]!.valueDecimal)).toEqual([1, 2, 3, 4, 5]);
  });

  it('lists the intake scales and readiness as read-only decimals', () => {
    const fq = toFhirQuestionnaire(intake, 'en');
    expect(fq.item.filter((i) => i.type === 'decimal').map((i) => i.linkId)).toEqual([
      'precontemplation',
      'contemplation',
      'action',
      'maintenance',
      'readiness',
    ]);
  });

  it('gives each score item the range it can take, so a bare value can be read', () => {
    // Each scale is the mean of five 1–5 answers: 1 to 5. Readiness = C + A + M − PC: 3 × 1 − 5 = −2 to 3 × 5 − 1 = 14.
    const ranges = toFhirQuestionnaire(intake, 'es')
      .item.filter((i) => i.type === 'decimal')
      .map((i) => [i.linkId, i.extension]);
    const range = (min: number, max: number) => [
      { url: 'http://hl7.org/fhir/StructureDefinition/minValue', valueDecimal: min },
      { url: 'http://hl7.org/fhir/StructureDefinition/maxValue', valueDecimal: max },
    ];
    expect(ranges).toEqual([
      ['precontemplation', range(1, 5)],
      ['contemplation', range(1, 5)],
      ['action', range(1, 5)],
      ['maintenance', range(1, 5)],
      ['readiness', range(-2, 14)],
    ]);
  });

  it('writes the copyright as sentences, without a doubled full stop', () => {
    // intake's source text ends with a full stop; the licence follows it.
    expect(toFhirQuestionnaire(intake, 'es').copyright).toBe(`${intake.provenance.source.es} CC BY 4.0`);
    expect(toFhirQuestionnaire(intake, 'en').copyright).toBe(`${intake.provenance.source.en} CC BY 4.0`);
    expect(copyrightText(['Our own words', 'CC BY 4.0', 'A citation.'])).toBe('Our own words. CC BY 4.0. A citation.');
  });

  it('turns quick’s "lately" condition (oneOf) into enableWhen with behaviour any', () => {
    const lately = toFhirQuestionnaire(quick, 'en').item.find((i) => i.linkId === 'lately')!;
    expect(lately.enableBehavior).toBe('any');
    expect(lately.enableWhen).toEqual([
      { question: 'stage', operator: '=', answerCoding: { system: 'https://stages-quiz.dev/questionnaire/quick/stage', code: 'doing-under-6-months' } },
      { question: 'stage', operator: '=', answerCoding: { system: 'https://stages-quiz.dev/questionnaire/quick/stage', code: 'doing-over-6-months' } },
    ]);
  });

  it('nests a string item under a question for its option with a text box, enabled by that option', () => {
    const change = toFhirQuestionnaire(quick, 'es').item.find((i) => i.linkId === 'change')!;
    expect(change.type).toBe('choice');
    expect(change.item).toEqual([
      {
        linkId: 'change.something-else',
        text: 'En pocas palabras (opcional)',
        type: 'string',
        maxLength: 60,
        enableWhen: [{ question: 'change', operator: '=', answerCoding: { system: 'https://stages-quiz.dev/questionnaire/quick/change', code: 'something-else' } }],
      },
    ]);
    // A question without such an option has no nested item.
    expect(toFhirQuestionnaire(quick, 'es').item.find((i) => i.linkId === 'stage')!.item).toBeUndefined();
  });

  it('writes rulers as integer with minValue and maxValue', () => {
    const ruler = toFhirQuestionnaire(quick, 'en').item.find((i) => i.linkId === 'importance')!;
    expect(ruler.type).toBe('integer');
    expect(ruler.extension).toEqual([
      { url: 'http://hl7.org/fhir/StructureDefinition/minValue', valueInteger: 0 },
      { url: 'http://hl7.org/fhir/StructureDefinition/maxValue', valueInteger: 10 },
    ]);
  });

  /** A small questionnaire to try the shapes of showIf. */
  const small = {
    ...quick,
    url: undefined,
    items: [
      { id: 'r', type: 'ruler', text: { en: 'R', es: 'R' }, required: true, min: 0, max: 10, minLabel: { en: '0', es: '0' }, maxLabel: { en: '10', es: '10' } },
      {
        id: 'c',
        type: 'choice',
        text: { en: 'C', es: 'C' },
        required: false,
        options: [
          { value: 'x', label: { en: 'X', es: 'X' }, score: 1 },
          { value: 'y', label: { en: 'Y', es: 'Y' }, score: 2 },
          { value: 'z', label: { en: 'Z', es: 'Z' }, score: 3 },
        ],
      },
      { id: 'a', type: 'ruler', text: { en: 'A', es: 'A' }, required: false, min: 0, max: 10, minLabel: { en: '0', es: '0' }, maxLabel: { en: '10', es: '10' }, showIf: { item: 'r', range: { min: 3, max: 7 } } },
      { id: 'b', type: 'ruler', text: { en: 'B', es: 'B' }, required: false, min: 0, max: 10, minLabel: { en: '0', es: '0' }, maxLabel: { en: '10', es: '10' }, showIf: { item: 'c', range: { min: 2 } } },
      { id: 'd', type: 'ruler', text: { en: 'D', es: 'D' }, required: false, min: 0, max: 10, minLabel: { en: '0', es: '0' }, maxLabel: { en: '10', es: '10' }, showIf: { all: [{ not: { item: 'c', equals: 'x' } }, { item: 'r', answered: true }] } },
      { id: 'e', type: 'ruler', text: { en: 'E', es: 'E' }, required: false, min: 0, max: 10, minLabel: { en: '0', es: '0' }, maxLabel: { en: '10', es: '10' }, showIf: { all: [{ item: 'c', oneOf: ['x', 'y'] }, { item: 'r', equals: 5 }] } },
    ],
    scoring: { stage: [{ type: 'rules', rules: [{ id: 'any', when: { item: 'r', answered: true }, stage: 'action' }] }] },
  } as unknown as Questionnaire;
  const fq = toFhirQuestionnaire(small, 'en');
  const get = (id: string) => fq.item.find((i) => i.linkId === id)!;

  it('falls back to a URN for a questionnaire without url', () => {
    expect(fq.url).toBe('urn:stages-quiz:questionnaire:quick');
    expect(get('c').answerOption![0]!.valueCoding.system).toBe('urn:stages-quiz:questionnaire:quick/c');
  });

  it('turns a ruler range into >= and <= (all)', () => {
    expect(get('a').enableWhen).toEqual([
      { question: 'r', operator: '>=', answerInteger: 3 },
      { question: 'r', operator: '<=', answerInteger: 7 },
    ]);
    expect(get('a').enableBehavior).toBe('all');
  });

  it('turns a range on a scored choice into the matching codes (any)', () => {
    expect(get('b').enableWhen!.map((w) => [w.operator, w.answerCoding!.code])).toEqual([
      ['=', 'y'],
      ['=', 'z'],
    ]);
    expect(get('b').enableBehavior).toBe('any');
  });

  it('turns all of (not equals, answered) into != and exists', () => {
    expect(get('d').enableWhen!.map((w) => [w.question, w.operator, w.answerCoding?.code ?? w.answerBoolean])).toEqual([
      ['c', '!=', 'x'],
      ['r', 'exists', true],
    ]);
    expect(get('d').enableBehavior).toBe('all');
  });

  it('keeps a condition FHIR cannot flatten (all of an any) as an extension, not a wrong enableWhen', () => {
    expect(get('e').enableWhen).toBeUndefined();
    expect(get('e').extension).toContainEqual({
      url: 'urn:stages-quiz:show-if',
      valueString: JSON.stringify({ all: [{ item: 'c', oneOf: ['x', 'y'] }, { item: 'r', equals: 5 }] }),
    });
  });
});

describe('toFhirQuestionnaire: generated items follow the export’s language', () => {
  const stageCodes = ['precontemplation', 'contemplation', 'preparation', 'action', 'maintenance'];

  it.each([
    ['quick', quick],
    ['intake', intake],
  ] as const)('%s in Spanish: the stage items and their displays are Spanish; codes and SNOMED CT unchanged', (_name, q) => {
    const es = toFhirQuestionnaire(q, 'es');
    const stage = es.item.find((i) => i.linkId === 'stage-result')!;
    expect(stage.text).toBe('Etapa de cambio');
    expect(stage.answerOption!.map((o) => [o.valueCoding.system, o.valueCoding.code, o.valueCoding.display])).toEqual([
      ['urn:stages-quiz:stage-of-change', 'precontemplation', 'Precontemplación'],
      ['urn:stages-quiz:stage-of-change', 'contemplation', 'Contemplación'],
      ['urn:stages-quiz:stage-of-change', 'preparation', 'Preparación'],
      ['urn:stages-quiz:stage-of-change', 'action', 'Acción'],
      ['urn:stages-quiz:stage-of-change', 'maintenance', 'Mantenimiento'],
    ]);
    const snomed = es.item.find((i) => i.linkId === 'stage-snomed')!;
    expect(snomed.text).toBe('Etapa de cambio (SNOMED CT)');
    // SNOMED CT's own preferred terms; no Spanish term is verified here
    expect(snomed.answerOption!.map((o) => o.valueCoding)).toEqual([
      { system: 'http://snomed.info/sct', code: '134411008', display: 'Action stage' },
      { system: 'http://snomed.info/sct', code: '134410009', display: 'Maintenance stage' },
    ]);
  });

  it.each([
    ['quick', quick],
    ['intake', intake],
  ] as const)('%s: English and Spanish exports have the same items, and no text of the Spanish one is left in English', (_name, q) => {
    const en = toFhirQuestionnaire(q, 'en');
    const es = toFhirQuestionnaire(q, 'es');
    expect(es.item.map((i) => i.linkId)).toEqual(en.item.map((i) => i.linkId));
    es.item.forEach((item, n) => expect(item.text, item.linkId).not.toBe(en.item[n]!.text));
    expect(en.item.find((i) => i.linkId === 'stage-result')!.text).toBe('Stage of change');
    expect(en.item.find((i) => i.linkId === 'stage-snomed')!.text).toBe('Stage of change (SNOMED CT)');
    expect(en.item.find((i) => i.linkId === 'stage-result')!.answerOption!.map((o) => o.valueCoding.display)).toEqual([
      'Precontemplation',
      'Contemplation',
      'Preparation',
      'Action',
      'Maintenance',
    ]);
  });

  it('gives the intake score items their Spanish labels', () => {
    const es = toFhirQuestionnaire(intake, 'es');
    expect(es.item.filter((i) => i.type === 'decimal').map((i) => i.text)).toEqual([
      'Precontemplación',
      'Contemplación',
      'Acción',
      'Mantenimiento',
      'Disposición (C + A + M − PC)',
    ]);
  });

  it('uses Spanish for a regional tag, English for a language core has no words for, and texts when given', () => {
    expect(toFhirQuestionnaire(quick, 'es-MX').item.find((i) => i.linkId === 'stage-result')!.text).toBe('Etapa de cambio');
    const fr = toFhirQuestionnaire(quick, 'fr', { texts: { stage: 'Stade de changement' } });
    const stage = fr.item.find((i) => i.linkId === 'stage-result')!;
    expect(stage.text).toBe('Stade de changement');
    expect(stage.answerOption![0]!.valueCoding.display).toBe('Precontemplation');
    expect(fr.item.find((i) => i.linkId === 'stage-snomed')!.text).toBe('Stage of change (SNOMED CT)');
    expect(stageCodes).toEqual(stage.answerOption!.map((o) => o.valueCoding.code));
  });
});

/** A complete answer set: every item answered with one of its own values (some hidden ones too). */
function answersArbitrary(q: Questionnaire): fc.Arbitrary<Record<string, AnswerValue>> {
  const valueOf = (item: Item): fc.Arbitrary<AnswerValue> => {
    if (item.type === 'choice') return fc.constantFrom(...item.options.map((o) => o.value));
    if (item.type === 'agreement') return fc.constantFrom(...q.responseSets![item.responseSet]!.options.map((o) => o.value));
    return fc.integer({ min: item.min, max: item.max });
  };
  return fc.record(Object.fromEntries(q.items.map((item) => [item.id, valueOf(item)])));
}

describe.each([
  ['quick', quick],
  ['intake', intake],
] as const)('round trip answers → QuestionnaireResponse → answers: %s', (_name, q) => {
  it('loses nothing that counts, in either language', () => {
    fc.assert(
      fc.property(answersArbitrary(q), fc.constantFrom('en', 'es'), (answers, lang) => {
        const result = score(q, answers);
        const qr = toQuestionnaireResponse(q, answers, result, { authored: '2026-01-01T00:00:00Z', lang });
        const back = answersFromQuestionnaireResponse(q, JSON.parse(JSON.stringify(qr)));
        const counted = effectiveAnswers(q.items, answers, indexItems(q.items)).answers;
        expect(back).toEqual(counted);
        expect(score(q, back)).toEqual(result);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps a partial answer set too', () => {
    fc.assert(
      fc.property(answersArbitrary(q), fc.array(fc.boolean(), { minLength: q.items.length, maxLength: q.items.length }), (all, keep) => {
        const answers = Object.fromEntries(Object.entries(all).filter((_, i) => keep[i]));
        const qr = toQuestionnaireResponse(q, answers, score(q, answers), { authored: '2026-01-01T00:00:00Z', lang: 'en' });
        expect(answersFromQuestionnaireResponse(q, qr)).toEqual(effectiveAnswers(q.items, answers, indexItems(q.items)).answers);
      }),
      { numRuns: 100 },
    );
  });
});

describe('answersFromQuestionnaireResponse', () => {
  it('ignores result items, unknown linkIds and answers that fit no option', () => {
    const back = answersFromQuestionnaireResponse(intake, {
      resourceType: 'QuestionnaireResponse',
      questionnaire: 'https://stages-quiz.dev/questionnaire/intake|1.0.0',
      status: 'completed',
      authored: '2026-01-01',
      item: [
        { linkId: 'stage', answer: [{ valueCoding: { code: 'within-6-months' } }] },
        { linkId: 'c-1', answer: [{ valueCoding: { code: '9' } }] },
        { linkId: 'c-2', answer: [{ valueInteger: 2 }] },
        { linkId: 'change', answer: [{ valueCoding: { code: 'juggling' } }] },
        { linkId: 'readiness', answer: [{ valueDecimal: 3 }] },
        { linkId: 'nope', answer: [{ valueInteger: 1 }] },
        { linkId: 'pc-1' },
      ],
    });
    expect(back).toEqual({ stage: 'within-6-months', 'c-2': 2 });
  });
});
