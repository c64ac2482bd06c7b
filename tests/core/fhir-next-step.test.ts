import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersFromQuestionnaireResponse } from '../../src/core/fhir/answers-from-questionnaire-response';
import { declaresLinkId, stepResponsesFromQuestionnaireResponse } from '../../src/core/fhir/next-step-items';
import { toFhirQuestionnaire } from '../../src/core/fhir/to-fhir-questionnaire';
import type { FhirQuestionnaireItem, FhirResponseItem } from '../../src/core/fhir/fhir-types';
import { toQuestionnaireResponse } from '../../src/core/fhir/to-questionnaire-response';
import { score } from '../../src/core/score';
import { compactResponses, type StepResponses, type StepValue } from '../../src/core/steps/step-responses';
import type { AnswerValue, Item, Questionnaire, StepPart } from '../../src/core/types';
import { loadBuiltin } from './fhir-helpers';

const quick = loadBuiltin('quick');
const intake = loadBuiltin('intake');
const AUTHORED = '2026-01-01T00:00:00Z';

function answersArbitrary(q: Questionnaire): fc.Arbitrary<Record<string, AnswerValue>> {
  const valueOf = (item: Item): fc.Arbitrary<AnswerValue> => {
    if (item.type === 'choice') return fc.constantFrom(...item.options.map((o) => o.value));
    if (item.type === 'agreement') return fc.constantFrom(...q.responseSets![item.responseSet]!.options.map((o) => o.value));
    return fc.integer({ min: item.min, max: item.max });
  };
  return fc.record(Object.fromEntries(q.items.map((item) => [item.id, valueOf(item)])));
}

// Typed words: any characters (accents, emoji, markup-looking text), blanks, and too-long ones.
const words = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom('', '   ', '<b>hi</b> & "you"', 'ñandú 😀'), fc.string({ minLength: 290, maxLength: 320 }));

function valueArbitrary(part: StepPart): fc.Arbitrary<StepValue> {
  switch (part.type) {
    case 'pick':
      return fc.subarray(part.options.map((o) => o.value)).chain((vals) => fc.shuffledSubarray(vals));
    case 'texts':
      return fc.array(words, { maxLength: part.count + 1 });
    case 'ifThen':
      return fc.array(fc.record({ if: words, then: words }), { maxLength: part.count + 1 });
    case 'text':
      return words;
  }
}

/** Quiz answers, then for the stage they reach, anything a person could write. */
function caseArbitrary(q: Questionnaire) {
  return answersArbitrary(q).chain((answers) => {
    const result = score(q, answers);
    if (result.status !== 'complete') throw new Error('built-in answers always complete');
    const parts = q.nextSteps![result.stage]!.parts;
    const rulers = q.items.filter((i) => i.type === 'ruler').map((i) => i.id);
    return fc.record({
      answers: fc.constant(answers),
      result: fc.constant(result),
      lang: fc.constantFrom('en', 'es'),
      responses: fc.record({
        parts: fc.record(Object.fromEntries(parts.map((p) => [p.id, valueArbitrary(p)])), { requiredKeys: [] }),
        rulers: fc.record(Object.fromEntries(rulers.map((id) => [id, words])), { requiredKeys: [] }),
      }) as fc.Arbitrary<StepResponses>,
    });
  });
}

function walk(items: readonly FhirResponseItem[] | undefined, visit: (i: FhirResponseItem) => void): void {
  for (const i of items ?? []) {
    visit(i);
    walk(i.item, visit);
  }
}

function typeOf(items: readonly FhirQuestionnaireItem[] | undefined, linkId: string): FhirQuestionnaireItem | undefined {
  for (const i of items ?? []) {
    if (i.linkId === linkId) return i;
    const inner = typeOf(i.item, linkId);
    if (inner) return inner;
  }
  return undefined;
}

describe.each([
  ['quick', quick],
  ['intake', intake],
] as const)('the next step in FHIR: %s', (_name, q) => {
  it('round trip: what was written → QuestionnaireResponse → the same words (blanks dropped, bounded), answers untouched', () => {
    fc.assert(
      fc.property(caseArbitrary(q), ({ answers, result, lang, responses }) => {
        const qr = toQuestionnaireResponse(q, answers, result, { authored: AUTHORED, lang, nextStep: responses });
        const json = JSON.parse(JSON.stringify(qr));
        const back = stepResponsesFromQuestionnaireResponse(q, json);
        const expected = compactResponses(q, result.stage, answers, responses);
        const wrote = Object.keys(expected.parts).length + Object.keys(expected.rulers).length > 0;
        if (!wrote) expect(back).toBeNull();
        else {
          expect(back!.responses).toEqual(expected);
          if (Object.keys(expected.parts).length > 0) expect(back!.stage).toBe(result.stage);
        }
        // The quiz's own answers read back exactly as before.
        expect(answersFromQuestionnaireResponse(q, json)).toEqual(answersFromQuestionnaireResponse(q, toQuestionnaireResponse(q, answers, result, { authored: AUTHORED, lang })));
      }),
      { numRuns: 200 },
    );
  });

  it('every linkId a response uses is declared by the exported Questionnaire, with a matching type', () => {
    fc.assert(
      fc.property(caseArbitrary(q), ({ answers, result, lang, responses }) => {
        const fhirQ = toFhirQuestionnaire(q, lang);
        const qr = toQuestionnaireResponse(q, answers, result, { authored: AUTHORED, lang, nextStep: responses });
        walk(qr.item, (i) => {
          expect(declaresLinkId(fhirQ, i.linkId), i.linkId).toBe(true);
          const declared = typeOf(fhirQ.item, i.linkId)!;
          for (const a of i.answer ?? []) {
            if (a.valueString !== undefined) expect(['string', 'text']).toContain(declared.type);
            if (a.valueCoding && i.linkId.startsWith('next-step.')) expect(declared.type).toBe('choice');
            if (a.valueString !== undefined && declared.maxLength) expect(Array.from(a.valueString).length).toBeLessThanOrEqual(declared.maxLength);
          }
        });
      }),
      { numRuns: 60 },
    );
  });
});

describe('what the response carries, by hand', () => {
  const answers = { change: 'drinking', stage: 'within-30-days', importance: 7 };
  const result = score(quick, answers);
  if (result.status !== 'complete') throw new Error('complete');
  const responses: StepResponses = {
    parts: {
      change: ' Drink only on weekends ',
      'first-steps': ['Tell Ana on Sunday', ''],
      obstacles: [{ if: 'my cousin visits', then: 'order a soda first' }, { if: '', then: '' }],
    },
    rulers: { importance: 'My kids', confidence: '  ' },
  };
  const qr = toQuestionnaireResponse(quick, answers, result, { authored: AUTHORED, lang: 'en', nextStep: responses });

  it('texts as valueString under next-step.<stage>.<part>, if–then halves in a repeating group, ruler answers on their own', () => {
    const tail = qr.item.slice(qr.item.findIndex((i) => i.linkId === 'ruler-answer.importance'));
    expect(tail).toEqual([
      { linkId: 'ruler-answer.importance', text: "In the client's words: How important is this change to you right now?", answer: [{ valueString: 'My kids' }] },
      {
        linkId: 'next-step.preparation',
        text: 'Preparation: Getting ready',
        item: [
          { linkId: 'next-step.preparation.change', text: 'What change do you want to make?', answer: [{ valueString: 'Drink only on weekends' }] },
          { linkId: 'next-step.preparation.first-steps', text: 'What are your first steps, and when will you take them?', answer: [{ valueString: 'Tell Ana on Sunday' }] },
          {
            linkId: 'next-step.preparation.obstacles',
            text: 'What could get in the way, and what will you do then?',
            item: [
              { linkId: 'next-step.preparation.obstacles.if', text: 'If', answer: [{ valueString: 'my cousin visits' }] },
              { linkId: 'next-step.preparation.obstacles.then', text: 'I will', answer: [{ valueString: 'order a soda first' }] },
            ],
          },
        ],
      },
    ]);
  });

  it('a pick as codings in the step’s own system, with displays in the response’s language', () => {
    const pre = { change: 'drinking', stage: 'not-in-6-months' };
    const r = score(quick, pre);
    if (r.status !== 'complete') throw new Error('complete');
    const es = toQuestionnaireResponse(quick, pre, r, { authored: AUTHORED, lang: 'es', nextStep: { parts: { values: ['health', 'family'] }, rulers: {} } });
    expect(es.item.at(-1)).toEqual({
      linkId: 'next-step.precontemplation',
      text: 'Precontemplación: Lo que te importa',
      item: [
        {
          linkId: 'next-step.precontemplation.values',
          text: '¿Cuáles de estas cosas te importan más ahora?',
          answer: [
            { valueCoding: { system: 'https://stages-quiz.dev/questionnaire/quick/next-step.precontemplation.values', code: 'health', display: 'La salud' } },
            { valueCoding: { system: 'https://stages-quiz.dev/questionnaire/quick/next-step.precontemplation.values', code: 'family', display: 'La familia' } },
          ],
        },
      ],
    });
  });

  it('the exported Questionnaire declares string, text and choice items for them', () => {
    const fhirQ = toFhirQuestionnaire(quick, 'en');
    expect(typeOf(fhirQ.item, 'ruler-answer.importance')).toMatchObject({ type: 'text', maxLength: 300 });
    expect(typeOf(fhirQ.item, 'next-step.preparation.first-steps')).toMatchObject({ type: 'string', repeats: true, maxLength: 150 });
    expect(typeOf(fhirQ.item, 'next-step.preparation.change')).toMatchObject({ type: 'text', maxLength: 200 });
    expect(typeOf(fhirQ.item, 'next-step.preparation.obstacles')).toMatchObject({ type: 'group', repeats: true });
    expect(typeOf(fhirQ.item, 'next-step.precontemplation.values')).toMatchObject({ type: 'choice', repeats: true });
    expect(typeOf(fhirQ.item, 'next-step.precontemplation.values')!.answerOption).toHaveLength(12);
  });

  it('without nextStep, a response carries no typed words at all', () => {
    const plain = toQuestionnaireResponse(quick, answers, result, { authored: AUTHORED, lang: 'en' });
    expect(JSON.stringify(plain)).not.toContain('Tell Ana');
    expect(plain.item.some((i) => i.linkId.startsWith('next-step') || i.linkId.startsWith('ruler-answer'))).toBe(false);
  });
});
