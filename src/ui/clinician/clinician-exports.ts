import { toFhirQuestionnaire } from '../../core/fhir/to-fhir-questionnaire';
import { toQuestionnaireResponse } from '../../core/fhir/to-questionnaire-response';
import { compactResponses, type StepResponses } from '../../core/steps/step-responses';
import type { Plan } from '../../core/steps/build-plan';
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
  /** What the client wrote after the questions; absent when the exercise was not offered. */
  readonly nextStep?: StepResponses;
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
export function resultJsonFile(r: IntakeRecord & { readonly plan?: Plan | null }): ExportFile {
  const data = {
    questionnaire: { id: r.questionnaire.id, version: r.questionnaire.version, url: r.questionnaire.url },
    lang: r.lang,
    completedAt: r.completedAt,
    ...(r.clientReference.trim() ? { clientReference: r.clientReference.trim() } : {}),
    answers: r.answers,
    result: r.result,
    ...clientWordsJson(r),
  };
  return { name: `${r.questionnaire.id}-${stamp(r.completedAt)}.json`, type: 'application/json', text: JSON.stringify(data, null, 2) };
}

/** The FHIR R4 QuestionnaireResponse, every text in the intake's language. */
export function fhirResponseFile(r: IntakeRecord): ExportFile {
  const qr = toQuestionnaireResponse(r.questionnaire, r.answers, r.result, {
    authored: r.completedAt,
    lang: r.lang,
    subjectReference: r.clientReference,
    nextStep: r.nextStep,
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

/**
 * "In the client's words" for the JSON download: what was written (blanks left out, ids as in
 * the questionnaire) and, when a plan was built, the same words under the questions as shown.
 */
function clientWordsJson(r: IntakeRecord & { readonly plan?: Plan | null }): { clientWords?: unknown } {
  if (!r.nextStep || r.result.status !== 'complete') return {};
  const kept = compactResponses(r.questionnaire, r.result.stage, r.answers, r.nextStep);
  return { clientWords: { stage: r.result.stage, ...kept, ...(r.plan ? { plan: r.plan.sections } : {}) } };
}
