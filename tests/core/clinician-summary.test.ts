import { describe, expect, it } from 'vitest';
import { clinicianSummary, scoreRange } from '../../src/core/clinician-summary';
import { summaryText, type SummaryStrings } from '../../src/core/clinician-summary-text';
import { score } from '../../src/core/score';
import type { Answers, Questionnaire, ScoreResult } from '../../src/core/types';
import { loadBuiltin } from './fhir-helpers';

const intake = loadBuiltin('intake');
const quick = loadBuiltin('quick');
const agreementIds = intake.items.filter((i) => i.type === 'agreement').map((i) => i.id);
const AT = '2026-11-23T10:30:00Z';

const STRINGS: SummaryStrings = {
  heading: 'SUMMARY',
  client: 'Client',
  completed: 'Completed',
  questionnaire: 'Questionnaire',
  idVersion: '{id} v{version}',
  validated: 'validated',
  notValidated: 'not validated',
  stage: 'Stage',
  noStage: 'none',
  stageNames: { precontemplation: 'PC', contemplation: 'C', preparation: 'P', action: 'A', maintenance: 'M' },
  decidedByAnswer: 'answer {answers}',
  decidedByAnswers: 'answers {answers}',
  ruleAnswerLabel: '{question} = "{answer}"',
  ruleAnswerNumber: '{question} = {answer}',
  ruleNotAnswered: '{question} = none',
  decidedByRule: 'default rule',
  ruleId: 'rule {rule}',
  decidedByBand: '{source} = {value} in {range}',
  bandRange: {
    atLeast: '>= {min}',
    above: '> {min}',
    atMost: '<= {max}',
    below: '< {max}',
    fromTo: '[{min}, {max}]',
    fromToBelow: '[{min}, {max})',
    aboveTo: '({min}, {max}]',
    aboveToBelow: '({min}, {max})',
  },
  decidedByHighest: 'highest {scale}',
  tiedWith: 'tied with {scales}, chose {scale}',
  scores: 'Scores',
  notScored: 'n/a',
  scoreOutOf: '{value} ({min}–{max})',
  answers: 'Answers',
  notAnswered: '(none)',
  reverseTag: 'R',
  flags: 'Flags',
  flagSeverity: { warning: 'W', info: 'I' },
  scoringNotes: 'Scoring',
  answeredIn: 'in {language}',
  languageNames: { es: 'ES' },
  flagIncomplete: '{score} incomplete: {items}',
  flagProrated: '{score} prorated: {items}',
  flagReverse: '{score} reverse: {items}',
  questionRef: 'Q{number} {question}',
  questionNotShown: '{question} (hidden)',
  guidance: 'Guidance',
  helps: 'Helps',
  prompts: 'Prompts',
};

/** Every agreement 4, except overrides. */
function intakeAnswers(overrides: Record<string, number | undefined> = {}): Answers {
  const answers: Record<string, string | number> = { change: 'eating', stage: 'doing-under-6-months' };
  for (const id of agreementIds) answers[id] = 4;
  for (const [id, v] of Object.entries(overrides)) {
    if (v === undefined) delete answers[id];
    else answers[id] = v;
  }
  return answers;
}

describe('clinicianSummary: intake', () => {
  const answers = intakeAnswers({ 'pc-1': 1, 'pc-2': 2 });
  const model = clinicianSummary({ questionnaire: intake, answers, result: score(intake, answers), lang: 'en', completedAt: AT, clientReference: ' A-17 ' });

  it('names the questionnaire, its provenance and the client', () => {
    expect(model.questionnaire).toMatchObject({ id: 'intake', version: '1.0.0', title: intake.title.en, validated: false, licence: intake.provenance.licence });
    expect(model.clientReference).toBe('A-17');
    expect(model.completedAt).toBe(AT);
  });

  it('gives the stage and the rule that decided it', () => {
    expect(model.stage).toBe('action');
    expect(model.decision).toEqual({
      method: 'rules',
      rule: 'doing-less-than-6-months',
      answers: [{ item: 'stage', question: 'Where are you with this change right now?', answer: "I've already started — less than 6 months ago", kind: 'label' }],
    });
  });

  it('gives every scale and readiness with its value and range', () => {
    // PC: pc-1 1, pc-2 2, pc-3 reversed 6 − 4 = 2, pc-4 4, pc-5 4 → 13 / 5 = 2.6; others 3.6
    // readiness = 3.6 × 3 − 2.6 = 8.2; range 3 × 1 − 5 = −2 to 3 × 5 − 1 = 14
    expect(model.scores.map((s) => [s.id, s.kind, s.min, s.max])).toEqual([
      ['precontemplation', 'scale', 1, 5],
      ['contemplation', 'scale', 1, 5],
      ['action', 'scale', 1, 5],
      ['maintenance', 'scale', 1, 5],
      ['readiness', 'composite', -2, 14],
    ]);
    expect(model.scores[0]!.value).toBeCloseTo(2.6, 9);
    expect(model.scores[4]!.value).toBeCloseTo(8.2, 9);
  });

  it('lists each question with the answer chosen and marks reverse-keyed items', () => {
    expect(model.answers).toHaveLength(intake.items.length);
    expect(model.answers[0]).toEqual({ item: 'change', number: 1, question: intake.items[0]!.text.en, answer: 'Eating', reversedIn: [] });
    expect(model.answers.map((a) => a.number)).toEqual(intake.items.map((_, i) => i + 1));
    const pc1 = model.answers.find((a) => a.item === 'pc-1')!;
    expect(pc1.answer).toBe('Strongly disagree');
    expect(model.answers.find((a) => a.item === 'pc-3')!.reversedIn).toEqual(['precontemplation']);
  });

  it('flags the reverse-keyed items of each scale, by id and by their number and text in the Answers list', () => {
    // intake.json's order: pc-3 is the 7th question, c-3 the 16th, a-3 the 9th, m-3 the 14th.
    const ref = (item: string, number: number) => ({ item, number, question: intake.items[number - 1]!.text.en });
    expect(model.scoringNotes).toEqual([
      { kind: 'reverse-keyed', score: 'precontemplation', label: 'Precontemplation', items: ['pc-3'], questions: [ref('pc-3', 7)] },
      { kind: 'reverse-keyed', score: 'contemplation', label: 'Contemplation', items: ['c-3'], questions: [ref('c-3', 16)] },
      { kind: 'reverse-keyed', score: 'action', label: 'Action', items: ['a-3'], questions: [ref('a-3', 9)] },
      { kind: 'reverse-keyed', score: 'maintenance', label: 'Maintenance', items: ['m-3'], questions: [ref('m-3', 14)] },
    ]);
    expect(model.scoringNotes[0]!.questions[0]!.question).toBe('I can see ways my life would be better with this change.');
  });

  it('raises none of the intake\'s flags: Action (4 + 4 + (6 − 4) + 4 + 4) / 5 = 3.6 is not low, pc-2 is 2, answers vary', () => {
    expect(model.flags).toEqual([]);
  });

  it('records the language the client answered in, apart from the summary\'s language', () => {
    expect(model.answeredIn).toBe('en');
    const es = clinicianSummary({ questionnaire: intake, answers, result: score(intake, answers), lang: 'en', answeredIn: 'es', completedAt: AT });
    expect([es.lang, es.answeredIn]).toEqual(['en', 'es']);
  });

  it('carries the action guidance', () => {
    expect(model.guidance!.headline).toBe(intake.guidance.action.headline.en);
    expect(model.guidance!.questions).toEqual(intake.guidance.action.questions.map((t) => t.en));
  });
});

describe('clinicianSummary: flags on an unfinished intake', () => {
  it('flags a prorated scale and an incomplete one', () => {
    const answers = intakeAnswers({ 'c-1': undefined, 'pc-1': undefined, 'pc-2': undefined });
    const result = score(intake, answers);
    const model = clinicianSummary({ questionnaire: intake, answers, result, lang: 'es', completedAt: AT });
    expect(model.status).toBe('incomplete');
    expect(model.stage).toBeNull();
    expect(model.guidance).toBeNull();
    // pc-1 is the 4th question, pc-2 the 15th, c-1 the 8th.
    const ref = (item: string, number: number) => ({ item, number, question: intake.items[number - 1]!.text.es });
    // Precontemplation is left blank: the intake's note-level flag is raised, in Spanish.
    expect(model.flags).toEqual([{ id: 'subscale-unscored', severity: 'info', message: intake.flags![4]!.message.es }]);
    expect(model.scoringNotes.filter((f) => f.kind !== 'reverse-keyed')).toEqual([
      { kind: 'incomplete', score: 'precontemplation', label: 'Precontemplación', missing: ['pc-1', 'pc-2'], questions: [ref('pc-1', 4), ref('pc-2', 15)] },
      { kind: 'prorated', score: 'contemplation', label: 'Contemplación', missing: ['c-1'], questions: [ref('c-1', 8)] },
    ]);
    expect(model.answers.find((a) => a.item === 'c-1')!.answer).toBeNull();
    expect(model.scores[0]!.value).toBeNull();
  });
});

function stageLabel(value: string): string {
  const item = quick.items.find((i) => i.id === 'stage')!;
  if (item.type !== 'choice') throw new Error('stage is a choice');
  return item.options.find((o) => o.value === value)!.label.en!;
}

describe('clinicianSummary: quick', () => {
  it('shows the rulers as scores and fills their follow-up prompts', () => {
    const answers = { stage: 'within-6-months', importance: 6, confidence: 2 };
    const model = clinicianSummary({ questionnaire: quick, answers, result: score(quick, answers), lang: 'en', completedAt: AT });
    expect(model.scores.map((s) => [s.id, s.kind, s.value, s.min, s.max])).toEqual([
      ['importance', 'ruler', 6, 0, 10],
      ['confidence', 'ruler', 2, 0, 10],
    ]);
    expect(model.answers.map((a) => [a.item, a.answer])).toEqual([
      ['change', null],
      ['stage', stageLabel('within-6-months')],
      ['importance', '6'],
      ['confidence', '2'],
    ]);
    expect(model.guidance!.rulerPrompts.map((p) => p.item)).toEqual(['importance', 'confidence']);
  });

  it("carries the client's own words for \"Something else\": on the answer, in the guidance and in the text", () => {
    const answers = { change: 'something-else', stage: 'within-6-months' };
    const texts = { change: ' my drinking with Tom. ' };
    const model = clinicianSummary({ questionnaire: quick, answers, result: score(quick, answers), lang: 'en', completedAt: AT, texts });
    expect(model.answers[0]).toMatchObject({ item: 'change', answer: 'Something else', typed: 'my drinking with Tom.' });
    expect(model.guidance!.reflection).toMatch(/^When it comes to “my drinking with Tom”,/);
    expect(summaryText(model, STRINGS, (iso) => iso).split('\n')).toContain('1. What change has been on your mind? — Something else: “my drinking with Tom.”');
    // Another option chosen after typing: the words do not count.
    const other = { ...answers, change: 'drinking' };
    expect(clinicianSummary({ questionnaire: quick, answers: other, result: score(quick, other), lang: 'en', completedAt: AT, texts }).answers[0]!.typed).toBeUndefined();
  });
});

describe('clinicianSummary: decisions by bands and by highest scale', () => {
  const q = {
    ...intake,
    scoring: {
      ...intake.scoring,
      stage: [
        { type: 'bands', source: 'readiness', bands: [{ stage: 'precontemplation', max: { value: 8, inclusive: false } }, { stage: 'contemplation', min: { value: 8, inclusive: true }, max: { value: 11, inclusive: false } }, { stage: 'preparation', min: { value: 11, inclusive: true } }] },
      ],
    },
  } as unknown as Questionnaire;
  const base = score(intake, intakeAnswers());

  it('names the band’s source, value and range', () => {
    const result = { ...base, status: 'complete', stage: 'contemplation', decidedBy: { method: 'bands', methodIndex: 0, source: 'readiness', value: 8.2, band: 1 } } as ScoreResult;
    const model = clinicianSummary({ questionnaire: q, answers: intakeAnswers(), result, lang: 'en', completedAt: AT });
    expect(model.decision).toEqual({
      method: 'bands',
      source: 'readiness',
      sourceLabel: 'Readiness (C + A + M − PC)',
      value: 8.2,
      min: { value: 8, inclusive: true },
      max: { value: 11, inclusive: false },
    });
    expect(summaryText(model, STRINGS)).toContain('Readiness (C + A + M − PC) = 8.2 in [8, 11)');
  });

  it('names the highest scale and the ties', () => {
    const result = { ...base, status: 'complete', stage: 'action', decidedBy: { method: 'highest', methodIndex: 0, scale: 'action', tiedWith: ['maintenance'] } } as ScoreResult;
    const model = clinicianSummary({ questionnaire: intake, answers: intakeAnswers(), result, lang: 'en', completedAt: AT });
    expect(model.decision).toEqual({ method: 'highest', scale: 'action', scaleLabel: 'Action', tiedWith: ['Maintenance'] });
    expect(summaryText(model, STRINGS)).toContain('highest Action tied with Maintenance, chose Action');
  });
});

describe('scoreRange', () => {
  it('adds item ranges for a sum scale', () => {
    const q = { ...intake, scoring: { ...intake.scoring, scales: [{ ...intake.scoring.scales![0]!, aggregate: 'sum' }] } } as Questionnaire;
    expect(scoreRange(q, 'precontemplation')).toEqual({ min: 5, max: 25 });
  });
});

describe('summaryText', () => {
  it('writes the summary as plain text, one fact a line', () => {
    const answers = intakeAnswers({ 'pc-1': 1, 'pc-2': 2 });
    const model = clinicianSummary({ questionnaire: intake, answers, result: score(intake, answers), lang: 'en', completedAt: AT, clientReference: 'A-17' });
    const text = summaryText(model, STRINGS, (iso) => `on ${iso}`);
    const lines = text.split('\n');
    expect(lines.slice(0, 4)).toEqual(['SUMMARY', 'Client: A-17', `Completed: on ${AT} (in en)`, `Questionnaire: ${intake.title.en} (intake v1.0.0; not validated)`]);
    expect(lines).toContain('Stage: A');
    const decisionAt = lines.indexOf('Stage: A') + 1;
    expect(lines.slice(decisionAt, decisionAt + 2)).toEqual([
      `answer ${intake.items[1]!.text.en} = "I've already started — less than 6 months ago"`,
      'rule doing-less-than-6-months',
    ]);
    expect(lines).toContain('- Precontemplation: 2.6 (1–5)');
    expect(lines).toContain('- Readiness (C + A + M − PC): 8.2 (-2–14)');
    expect(lines).toContain('- Precontemplation reverse: Q7 I can see ways my life would be better with this change');
    // Scoring notes follow the scores, under their own heading; no flag was raised, so no Flags section.
    expect(lines.indexOf('Scoring:')).toBeGreaterThan(lines.indexOf('Scores:'));
    expect(lines).not.toContain('Flags:');
    expect(lines).toContain('7. I can see ways my life would be better with this change. — Agree (R)');
    expect(lines).toContain('4. Honestly, this change isn\'t something I need to think about. — Strongly disagree');
    expect(lines).toContain(`Guidance: ${intake.guidance.action.headline.en}`);
    expect(lines).toContain(`- ${intake.guidance.action.questions[0]!.en}`);
  });

  it('puts raised flags first, before the stage, with their severity', () => {
    // pc-2 = 5: "here because someone else wanted me to come", agreed; answered in Spanish
    const answers = intakeAnswers({ 'pc-2': 5 });
    const model = clinicianSummary({ questionnaire: intake, answers, result: score(intake, answers), lang: 'en', answeredIn: 'es', completedAt: AT });
    const lines = summaryText(model, STRINGS, (iso) => iso).split('\n');
    expect(lines.slice(1, 7)).toEqual([
      `Completed: ${AT} (in ES)`,
      `Questionnaire: ${intake.title.en} (intake v1.0.0; not validated)`,
      '',
      'Flags:',
      `- W: ${intake.flags!.find((f) => f.id === 'someone-else-wanted')!.message.en}`,
      '',
    ]);
    expect(lines[7]).toBe('Stage: A');
  });

  it('leaves the client out when none was given', () => {
    const answers = intakeAnswers();
    const model = clinicianSummary({ questionnaire: intake, answers, result: score(intake, answers), lang: 'en', completedAt: AT });
    expect(summaryText(model, STRINGS)).not.toContain('Client');
  });
});
