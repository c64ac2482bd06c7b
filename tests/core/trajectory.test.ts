// Change across visits: earlier visits read from our JSON downloads and our FHIR
// QuestionnaireResponses, wrong files, other questionnaires and versions, and the trajectory
// (order, notes, "since the last visit") with values computed by hand.
import { describe, expect, test } from 'vitest';
import { buildTrajectory, currentVisit } from '../../src/core/clinician/build-trajectory';
import { parseVisitFile, type Visit } from '../../src/core/clinician/parse-visit-file';
import { toQuestionnaireResponse } from '../../src/core/fhir/to-questionnaire-response';
import { score } from '../../src/core/score';
import type { Answers } from '../../src/core/types';
import { loadBuiltin } from './fhir-helpers';

const intake = loadBuiltin('intake');
const quick = loadBuiltin('quick');
const AGREE = intake.items.filter((i) => i.type === 'agreement').map((i) => i.id);

/**
 * Visit A: staging "within 6 months", statements 3 except pc-1 = 2, c-1 = 4.
 * PC = (2 + 3 + (6 − 3) + 3 + 3) / 5 = 2.8; C = (4 + 3 + 3 + 3 + 3) / 5 = 3.2; A = M = 3;
 * readiness = 3.2 + 3 + 3 − 2.8 = 6.4.
 */
const answersA: Answers = { stage: 'within-6-months', ...Object.fromEntries(AGREE.map((id) => [id, 3])), 'pc-1': 2, 'c-1': 4 };
/**
 * Visit B: staging "within 30 days", statements 4 except pc-1 = 1, pc-2 = 2.
 * PC = (1 + 2 + (6 − 4) + 4 + 4) / 5 = 2.6; C = A = M = (4 + 4 + 2 + 4 + 4) / 5 = 3.6;
 * readiness = 3.6 × 3 − 2.6 = 8.2.
 */
const answersB: Answers = { stage: 'within-30-days', ...Object.fromEntries(AGREE.map((id) => [id, 4])), 'pc-1': 1, 'pc-2': 2 };

/** A JSON download as the summary writes it (src/ui/clinician/clinician-exports.ts). */
function jsonFile(answers: Answers, completedAt: string, extra: Record<string, unknown> = {}, q = intake): string {
  return JSON.stringify({ questionnaire: { id: q.id, version: q.version, url: q.url }, lang: 'en', completedAt, answers, result: score(q, answers), ...extra });
}

function fhirFile(answers: Answers, authored: string, subjectReference?: string, q = intake, lang = 'es'): string {
  return JSON.stringify(toQuestionnaireResponse(q, answers, score(q, answers), { authored, lang, subjectReference }));
}

function visit(name: string, text: string): Visit {
  const r = parseVisitFile(name, text, intake);
  if (!r.ok) throw new Error(JSON.stringify(r.problem));
  return r.visit;
}

const close = (values: Readonly<Record<string, number>>) => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Math.round(v * 1e6) / 1e6]));

describe('reading a visit file', () => {
  test('our JSON download: stage, every score, reference and language', () => {
    const v = visit('a.json', jsonFile(answersA, '2026-03-03T16:00:00.000Z', { clientReference: 'A-17' }));
    expect(v).toMatchObject({ file: 'a.json', format: 'json', questionnaire: { id: 'intake', version: '1.0.0' }, completedAt: '2026-03-03T16:00:00.000Z', clientReference: 'A-17', lang: 'en', stage: 'contemplation' });
    expect(close(v.values)).toEqual({ precontemplation: 2.8, contemplation: 3.2, action: 3, maintenance: 3, readiness: 6.4 });
  });

  test('our FHIR QuestionnaireResponse: the same values, the subject as reference, the language', () => {
    const v = visit('b.fhir.json', fhirFile(answersB, '2026-04-07T16:00:00.000Z', 'A-17'));
    expect(v).toMatchObject({ format: 'fhir', questionnaire: { id: 'intake', version: '1.0.0' }, completedAt: '2026-04-07T16:00:00.000Z', clientReference: 'A-17', lang: 'es', stage: 'preparation' });
    expect(close(v.values)).toEqual({ precontemplation: 2.6, contemplation: 3.6, action: 3.6, maintenance: 3.6, readiness: 8.2 });
  });

  test('rulers come along (quick, from JSON and from FHIR)', () => {
    const answers = { stage: 'within-6-months', importance: 7, confidence: 4 };
    for (const text of [jsonFile(answers, '2026-01-01T00:00:00Z', {}, quick), fhirFile(answers, '2026-01-01T00:00:00Z', undefined, quick)]) {
      const r = parseVisitFile('q.json', text, quick);
      expect(r.ok && r.visit.values).toEqual({ importance: 7, confidence: 4 });
      expect(r.ok && r.visit.stage).toBe('contemplation');
    }
  });

  test.each([
    ['not JSON at all', 'notes.txt', 'Dear diary', { kind: 'not-json', file: 'notes.txt' }],
    ['JSON of something else', 'package.json', '{"name":"x","version":"1"}', { kind: 'not-ours', file: 'package.json', detail: 'neither a summary JSON download nor a FHIR QuestionnaireResponse' }],
    ['a JSON array', 'list.json', '[1,2]', { kind: 'not-ours', file: 'list.json', detail: 'neither a summary JSON download nor a FHIR QuestionnaireResponse' }],
    ['a JSON download without a time', 'x.json', JSON.stringify({ questionnaire: { id: 'intake', version: '1' }, result: { scores: [] } }), { kind: 'not-ours', file: 'x.json', detail: 'no completion time' }],
    ['someone else\'s QuestionnaireResponse', 'phq.json', JSON.stringify({ resourceType: 'QuestionnaireResponse', questionnaire: 'https://stages-quiz.dev/questionnaire/intake|1.0.0', authored: '2026-01-01', item: [{ linkId: 'x', answer: [{ valueString: 'hi' }] }] }), { kind: 'not-ours', file: 'phq.json', detail: 'a QuestionnaireResponse with none of our results' }],
    ['a JSON download whose time is not a date', 'one.json', jsonFile(answersA, '1'), { kind: 'not-ours', file: 'one.json', detail: 'no completion time' }],
    ['a JSON download whose time has no zone', 'local.json', jsonFile(answersA, '2026-03-03T16:00'), { kind: 'not-ours', file: 'local.json', detail: 'no completion time' }],
    ['a JSON download of another questionnaire', 'quick.json', jsonFile({ stage: 'within-6-months' }, '2026-01-01T00:00:00Z', {}, quick), { kind: 'other-questionnaire', file: 'quick.json', id: 'quick' }],
    ['a FHIR response to another questionnaire', 'quick.fhir.json', fhirFile({ stage: 'within-6-months' }, '2026-01-01T00:00:00Z', undefined, quick), { kind: 'other-questionnaire', file: 'quick.fhir.json', id: 'quick' }],
  ])('%s is left out, naming the file', (_name, file, text, problem) => {
    expect(parseVisitFile(file, text, intake)).toEqual({ ok: false, problem });
  });

  test('another version of the same questionnaire is read (the trajectory notes it)', () => {
    const text = jsonFile(answersA, '2026-03-03T16:00:00Z', { questionnaire: { id: 'intake', version: '0.9.0' } });
    const v = visit('old.json', text);
    expect(v.questionnaire.version).toBe('0.9.0');
    expect(buildTrajectory(intake, [v]).notes).toEqual([{ kind: 'other-version', file: 'old.json', version: '0.9.0' }]);
    const fhir = JSON.parse(fhirFile(answersA, '2026-03-03T16:00:00Z'));
    fhir.questionnaire = 'https://stages-quiz.dev/questionnaire/intake|0.8.0';
    expect(visit('old.fhir.json', JSON.stringify(fhir)).questionnaire).toEqual({ id: 'intake', version: '0.8.0' });
  });
});

describe('building the trajectory', () => {
  const a = visit('a.json', jsonFile(answersA, '2026-03-03T16:00:00.000Z', { clientReference: 'A-17' }));
  const b = visit('b.fhir.json', fhirFile(answersB, '2026-04-07T16:00:00.000Z', 'A-17'));

  test('oldest first whatever the order picked, with the stage and each series per visit', () => {
    const t = buildTrajectory(intake, [b, a]);
    expect(t.visits.map((v) => v.file)).toEqual(['a.json', 'b.fhir.json']);
    expect(t.stages).toEqual(['contemplation', 'preparation']);
    expect(t.series.map((s) => [s.id, s.kind, s.min, s.max])).toEqual([
      ['precontemplation', 'scale', 1, 5],
      ['contemplation', 'scale', 1, 5],
      ['action', 'scale', 1, 5],
      ['maintenance', 'scale', 1, 5],
      ['readiness', 'composite', -2, 14],
    ]);
    expect(t.series[4]!.values.map((v) => Math.round(v! * 10) / 10)).toEqual([6.4, 8.2]);
    expect(t.notes).toEqual([]);
  });

  test('since the last visit: readiness 6.4 → 8.2, stage contemplation → preparation (not a step back)', () => {
    const s = buildTrajectory(intake, [a, b]).sinceLast!;
    expect(s.previousAt).toBe('2026-03-03T16:00:00.000Z');
    expect(s.stage).toEqual({ from: 'contemplation', to: 'preparation', stepBack: false });
    expect(s.changes.map((c) => [c.id, Math.round(c.from * 10) / 10, Math.round(c.to * 10) / 10])).toEqual([['readiness', 6.4, 8.2]]);
  });

  test('the current intake is the last visit; a step back is marked as such', () => {
    const now = currentVisit(intake, { completedAt: '2026-05-05T16:00:00.000Z', clientReference: 'A-17', stage: 'contemplation', scores: score(intake, answersA).scores, answers: answersA });
    const t = buildTrajectory(intake, [a, b], now);
    expect(t.visits.map((v) => v.current)).toEqual([false, false, true]);
    expect(t.sinceLast!.stage).toEqual({ from: 'preparation', to: 'contemplation', stepBack: true });
    expect(t.sinceLast!.changes.map((c) => [Math.round(c.from * 10) / 10, Math.round(c.to * 10) / 10])).toEqual([[8.2, 6.4]]);
  });

  test('one visit: no "since the last visit"', () => {
    expect(buildTrajectory(intake, [a]).sinceLast).toBeNull();
  });

  test('a file for another client is noted against the current reference', () => {
    const other = visit('c.json', jsonFile(answersB, '2026-04-08T16:00:00.000Z', { clientReference: 'B-2' }));
    const now = currentVisit(intake, { completedAt: '2026-05-05T16:00:00.000Z', clientReference: 'A-17', stage: null, scores: [], answers: {} });
    expect(buildTrajectory(intake, [a, other], now).notes).toEqual([{ kind: 'other-client', file: 'c.json', reference: 'B-2' }]);
  });

  test('with only files, files naming different clients are noted once', () => {
    const other = visit('c.json', jsonFile(answersB, '2026-04-08T16:00:00.000Z', { clientReference: 'B-2' }));
    expect(buildTrajectory(intake, [a, other, b]).notes).toEqual([{ kind: 'mixed-clients', references: ['A-17', 'B-2'] }]);
  });

  test('the same visit loaded twice (JSON and FHIR of one intake) is kept once', () => {
    const twin = visit('a.fhir.json', fhirFile(answersA, '2026-03-03T16:00:00.000Z', 'A-17'));
    const t = buildTrajectory(intake, [a, twin]);
    expect(t.visits).toHaveLength(1);
    expect(t.notes).toEqual([{ kind: 'duplicate', file: 'a.fhir.json' }]);
  });

  test('the same instant written in another zone is the same visit', () => {
    // 16:00 UTC is 08:00 at −08:00 and 17:00 at +01:00.
    const pacific = visit('a-pacific.fhir.json', fhirFile(answersA, '2026-03-03T08:00:00.000-08:00', 'A-17'));
    const paris = visit('a-paris.json', jsonFile(answersA, '2026-03-03T17:00:00+01:00', { clientReference: 'A-17' }));
    const t = buildTrajectory(intake, [a, pacific, paris]);
    expect(t.visits.map((v) => v.file)).toEqual(['a.json']);
    expect(t.notes).toEqual([
      { kind: 'duplicate', file: 'a-pacific.fhir.json' },
      { kind: 'duplicate', file: 'a-paris.json' },
    ]);
  });

  test('a file dated after this intake is left out with a note, so "since the last visit" stays the right way round', () => {
    const later = visit('later.json', jsonFile(answersB, '2027-06-01T16:00:00.000Z', { clientReference: 'A-17' }));
    const now = currentVisit(intake, { completedAt: '2026-11-30T01:00:00.000Z', clientReference: 'A-17', stage: 'contemplation', scores: [{ id: 'readiness', value: 6.4 }], answers: {} });
    const t = buildTrajectory(intake, [a, later], now);
    expect(t.visits.map((v) => [v.file, v.current])).toEqual([['a.json', false], ['', true]]);
    expect(t.notes).toEqual([{ kind: 'dated-later', file: 'later.json', completedAt: '2027-06-01T16:00:00.000Z', afterCurrent: true }]);
    expect(t.sinceLast?.previousAt).toBe('2026-03-03T16:00:00.000Z');
  });

  test('with files alone, a file dated after the end of today is left out; one from today is kept', () => {
    const endOfToday = Date.parse('2026-11-30T12:00:00.000Z');
    const future = visit('future.json', jsonFile(answersB, '2026-12-01T09:00:00.000Z'));
    const thisMorning = visit('morning.json', jsonFile(answersB, '2026-11-30T09:00:00.000Z'));
    const t = buildTrajectory(intake, [a, future, thisMorning], undefined, endOfToday);
    expect(t.visits.map((v) => v.file)).toEqual(['a.json', 'morning.json']);
    expect(t.notes).toEqual([{ kind: 'dated-later', file: 'future.json', completedAt: '2026-12-01T09:00:00.000Z', afterCurrent: false }]);
  });
});
