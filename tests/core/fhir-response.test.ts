import { describe, expect, it } from 'vitest';
import { toQuestionnaireResponse } from '../../src/core/fhir/to-questionnaire-response';
import { score } from '../../src/core/score';
import type { Answers, ScoreResult } from '../../src/core/types';
import { loadBuiltin } from './fhir-helpers';

const WEIGHT = 'http://hl7.org/fhir/StructureDefinition/itemWeight';
const ORDINAL = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
const AUTHORED = '2026-11-23T15:04:05-08:00';
const intake = loadBuiltin('intake');
const quick = loadBuiltin('quick');
const agreementIds = intake.items.filter((i) => i.type === 'agreement').map((i) => i.id);

/** Intake answered "4 = Agree" throughout; each scale has one reverse-keyed item (6 − 4 = 2). */
function intakeAnswers(stage: string): Answers {
  return { change: 'drinking', stage, ...Object.fromEntries(agreementIds.map((id) => [id, 4])) };
}

function complete(result: ScoreResult): ScoreResult & { status: 'complete' } {
  if (result.status !== 'complete') throw new Error(`expected a complete result, got ${JSON.stringify(result)}`);
  return result;
}

describe('toQuestionnaireResponse: intake', () => {
  const answers = intakeAnswers('within-30-days');
  const result = complete(score(intake, answers));
  const qr = toQuestionnaireResponse(intake, answers, result, { authored: AUTHORED, lang: 'en' });
  const item = (linkId: string) => qr.item.find((i) => i.linkId === linkId);

  it('carries the required header fields', () => {
    expect(qr.resourceType).toBe('QuestionnaireResponse');
    expect(qr.status).toBe('completed');
    expect(qr.questionnaire).toBe('https://stages-quiz.dev/questionnaire/intake|1.0.0');
    expect(qr.authored).toBe(AUTHORED);
    expect(qr.language).toBe('en');
    expect(qr.subject).toBeUndefined();
  });

  it('has one item per answered question in order, then the scores, then the stage', () => {
    expect(qr.item.map((i) => i.linkId)).toEqual([
      'change',
      'stage',
      ...agreementIds,
      'precontemplation',
      'contemplation',
      'action',
      'maintenance',
      'readiness',
      // the questionnaire has a question called "stage", so the computed stage steps aside
      'stage-result',
    ]);
  });

  it('codes an agreement answer with its value and weight', () => {
    expect(item('c-2')).toEqual({
      linkId: 'c-2',
      text: intake.items.find((i) => i.id === 'c-2')!.text.en,
      answer: [
        {
          valueCoding: {
            system: 'https://stages-quiz.dev/questionnaire/intake/c-2',
            code: '4',
            display: 'Agree',
            // R5's itemWeight and R4's ordinalValue, the same score.
            extension: [
              { url: WEIGHT, valueDecimal: 4 },
              { url: ORDINAL, valueDecimal: 4 },
            ],
          },
        },
      ],
    });
  });

  it('codes an unscored choice without a weight', () => {
    expect(item('change')!.answer).toEqual([
      { valueCoding: { system: 'https://stages-quiz.dev/questionnaire/intake/change', code: 'drinking', display: 'Drinking' } },
    ]);
    expect(item('stage')!.answer![0]!.valueCoding!.code).toBe('within-30-days');
  });

  it('reports each scale mean and the readiness composite as valueDecimal', () => {
    // (4 + 4 + 4 + 4 + 2) / 5 = 3.6 per scale; readiness = 3.6 + 3.6 + 3.6 − 3.6 = 7.2
    for (const id of ['precontemplation', 'contemplation', 'action', 'maintenance']) {
      expect(item(id)!.answer![0]!.valueDecimal).toBeCloseTo(3.6, 9);
    }
    expect(item('readiness')!.answer![0]!.valueDecimal).toBeCloseTo(7.2, 9);
    expect(item('readiness')!.text).toBe('Readiness (C + A + M − PC)');
  });

  it('reports the stage in our code system, without SNOMED CT for preparation', () => {
    expect(item('stage-result')!.answer).toEqual([
      { valueCoding: { system: 'urn:stages-quiz:stage-of-change', code: 'preparation', display: 'Preparation' } },
    ]);
    expect(item('stage-snomed')).toBeUndefined();
  });
});

describe('toQuestionnaireResponse: stage codes', () => {
  it.each([
    ['doing-over-6-months', 'maintenance', '134410009'],
    ['doing-under-6-months', 'action', '134411008'],
  ])('%s gives %s with SNOMED CT %s', (answer, stage, snomed) => {
    const answers = intakeAnswers(answer);
    const qr = toQuestionnaireResponse(intake, answers, score(intake, answers), { authored: AUTHORED, lang: 'en' });
    expect(qr.item.find((i) => i.linkId === 'stage-result')!.answer![0]!.valueCoding!.code).toBe(stage);
    expect(qr.item.find((i) => i.linkId === 'stage-snomed')!.answer).toEqual([
      { valueCoding: { system: 'http://snomed.info/sct', code: snomed, display: `${stage[0]!.toUpperCase()}${stage.slice(1)} stage` } },
    ]);
  });

  it.each(['not-in-6-months', 'within-6-months'])('%s has no SNOMED CT item', (answer) => {
    const answers = intakeAnswers(answer);
    const qr = toQuestionnaireResponse(intake, answers, score(intake, answers), { authored: AUTHORED, lang: 'en' });
    expect(qr.item.some((i) => i.linkId === 'stage-snomed')).toBe(false);
  });
});

describe('toQuestionnaireResponse: quick', () => {
  it('writes rulers as valueInteger and leaves out an answer to a hidden question', () => {
    // "lately" is shown only to people already changing; this answer is left over from a back-out
    const answers = { stage: 'within-6-months', lately: 'steady', importance: 7, confidence: 0 };
    const qr = toQuestionnaireResponse(quick, answers, score(quick, answers), { authored: AUTHORED, lang: 'es' });
    expect(qr.questionnaire).toBe('https://stages-quiz.dev/questionnaire/quick|1.0.0');
    expect(qr.item.map((i) => i.linkId)).toEqual(['stage', 'importance', 'confidence', 'stage-result']);
    expect(qr.item[1]).toEqual({ linkId: 'importance', text: quick.items.find((i) => i.id === 'importance')!.text.es, answer: [{ valueInteger: 7 }] });
    expect(qr.item[2]!.answer).toEqual([{ valueInteger: 0 }]);
    expect(qr.item[3]!.answer![0]!.valueCoding!.code).toBe('contemplation');
    expect(qr.language).toBe('es');
  });

  it("nests the client's words for \"Something else\" under its coded answer, and only for that option", () => {
    const answers = { change: 'something-else', stage: 'within-30-days' };
    const typed = { change: '  my drinking   with Tom ' };
    const qr = toQuestionnaireResponse(quick, answers, score(quick, answers), { authored: AUTHORED, lang: 'en', typed });
    expect(qr.item[0]).toEqual({
      linkId: 'change',
      text: 'What change has been on your mind?',
      answer: [
        {
          valueCoding: { system: 'https://stages-quiz.dev/questionnaire/quick/change', code: 'something-else', display: 'Something else' },
          item: [{ linkId: 'change.something-else', text: 'In a few words (optional)', answer: [{ valueString: 'my drinking with Tom' }] }],
        },
      ],
    });
    // Words typed, then another option chosen: the option counts, not the words.
    const drinking = { ...answers, change: 'drinking' };
    expect(toQuestionnaireResponse(quick, drinking, score(quick, drinking), { authored: AUTHORED, lang: 'en', typed }).item[0]!.answer![0]!.item).toBeUndefined();
    // Nothing typed: no nested item.
    expect(toQuestionnaireResponse(quick, answers, score(quick, answers), { authored: AUTHORED, lang: 'en', typed: { change: ' ' } }).item[0]!.answer![0]!.item).toBeUndefined();
  });

  it('writes texts and displays in Spanish', () => {
    const answers = { stage: 'doing-under-6-months', lately: 'recent-slip' };
    const qr = toQuestionnaireResponse(quick, answers, score(quick, answers), { authored: AUTHORED, lang: 'es' });
    expect(qr.item.slice(-2).map((i) => i.text)).toEqual(['Etapa de cambio', 'Etapa de cambio (SNOMED CT)']);
    const lately = quick.items.find((i) => i.id === 'lately')!;
    if (lately.type !== 'choice') throw new Error('lately is a choice');
    expect(qr.item[1]!.text).toBe(lately.text.es);
    expect(qr.item[1]!.answer![0]!.valueCoding!.display).toBe(lately.options.find((o) => o.value === 'recent-slip')!.label.es);
  });

  it('writes the stage items in Spanish without being told, with our codes and SNOMED CT unchanged', () => {
    const answers = intakeAnswers('doing-under-6-months');
    const qr = toQuestionnaireResponse(intake, answers, score(intake, answers), { authored: AUTHORED, lang: 'es' });
    expect(qr.item.slice(-2)).toEqual([
      { linkId: 'stage-result', text: 'Etapa de cambio', answer: [{ valueCoding: { system: 'urn:stages-quiz:stage-of-change', code: 'action', display: 'Acción' } }] },
      { linkId: 'stage-snomed', text: 'Etapa de cambio (SNOMED CT)', answer: [{ valueCoding: { system: 'http://snomed.info/sct', code: '134411008', display: 'Action stage' } }] },
    ]);
    expect(qr.item.find((i) => i.linkId === 'readiness')!.text).toBe('Disposición (C + A + M − PC)');
    expect(qr.item.find((i) => i.linkId === 'c-2')!.answer![0]!.valueCoding!.display).toBe('De acuerdo');
  });

  it('writes the stage items in English for English', () => {
    const answers = intakeAnswers('doing-over-6-months');
    const qr = toQuestionnaireResponse(intake, answers, score(intake, answers), { authored: AUTHORED, lang: 'en' });
    expect(qr.item.slice(-2).map((i) => [i.text, i.answer![0]!.valueCoding!.display])).toEqual([
      ['Stage of change', 'Maintenance'],
      ['Stage of change (SNOMED CT)', 'Maintenance stage'],
    ]);
  });

  it('is in progress, without a stage, for an incomplete result', () => {
    const answers = { importance: 3 };
    const qr = toQuestionnaireResponse(quick, answers, score(quick, answers), { authored: AUTHORED, lang: 'en' });
    expect(qr.status).toBe('in-progress');
    expect(qr.item.map((i) => i.linkId)).toEqual(['importance']);
  });

  it.each([
    ['Patient/123', { reference: 'Patient/123' }],
    ['  JD-0412 ', { identifier: { value: 'JD-0412' } }],
    ['client 7, Tuesday', { identifier: { value: 'client 7, Tuesday' } }],
  ])('puts the client reference %j in subject', (ref, subject) => {
    const answers = { stage: 'within-6-months' };
    const qr = toQuestionnaireResponse(quick, answers, score(quick, answers), { authored: AUTHORED, lang: 'en', subjectReference: ref });
    expect(qr.subject).toEqual(subject);
  });

  it('has no subject for a blank reference', () => {
    const answers = { stage: 'within-6-months' };
    const qr = toQuestionnaireResponse(quick, answers, score(quick, answers), { authored: AUTHORED, lang: 'en', subjectReference: '  ' });
    expect(qr).not.toHaveProperty('subject');
  });
});
