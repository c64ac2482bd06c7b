import { toFhirQuestionnaire } from '../../core/fhir/to-fhir-questionnaire';
import { toQuestionnaireResponse } from '../../core/fhir/to-questionnaire-response';
import type { Answers, Locale, Questionnaire, ScoreResult } from '../../core/types';

/** One finished intake: everything the summary and its exports are made from. */
export interface IntakeRecord {
  readonly questionnaire: Questionnaire;
  /** The answers that counted (hidden questions' answers left out). */
  readonly answers: Answers;
  readonly result: ScoreResult;
  readonly lang: Locale;
  readonly completedAt: string;
  readonly clientReference: string;
}

/** A file to offer for download. */
export interface ExportFile {
  readonly name: string;
  readonly type: string;
  readonly text: string;
}

/** `2026-11-23T10:30:00.000Z` → `2026-11-23T10-30`: sortable, and safe in every file system. */
function stamp(iso: string): string {
  return iso.slice(0, 16).replace(/:/g, '-');
}

/** The full result as JSON: questionnaire, language, time, client reference, answers, scores, stage. */
export function resultJsonFile(r: IntakeRecord): ExportFile {
  const data = {
    questionnaire: { id: r.questionnaire.id, version: r.questionnaire.version, url: r.questionnaire.url },
    lang: r.lang,
    completedAt: r.completedAt,
    ...(r.clientReference.trim() ? { clientReference: r.clientReference.trim() } : {}),
    answers: r.answers,
    result: r.result,
  };
  return { name: `${r.questionnaire.id}-${stamp(r.completedAt)}.json`, type: 'application/json', text: JSON.stringify(data, null, 2) };
}

/** The FHIR R4 QuestionnaireResponse, every text in the intake's language. */
export function fhirResponseFile(r: IntakeRecord): ExportFile {
  const qr = toQuestionnaireResponse(r.questionnaire, r.answers, r.result, {
    authored: r.completedAt,
    lang: r.lang,
    subjectReference: r.clientReference,
  });
  return {
    name: `${r.questionnaire.id}-${stamp(r.completedAt)}.questionnaire-response.fhir.json`,
    type: 'application/fhir+json',
    text: JSON.stringify(qr, null, 2),
  };
}

/** The questionnaire itself as a FHIR R4 Questionnaire, in the intake's language. */
export function fhirQuestionnaireFile(questionnaire: Questionnaire, lang: Locale): ExportFile {
  return {
    name: `${questionnaire.id}-${questionnaire.version}.${lang}.questionnaire.fhir.json`,
    type: 'application/fhir+json',
    text: JSON.stringify(toFhirQuestionnaire(questionnaire, lang), null, 2),
  };
}
