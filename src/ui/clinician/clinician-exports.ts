import { toFhirQuestionnaire } from '../../core/fhir/to-fhir-questionnaire';
import { toQuestionnaireResponse } from '../../core/fhir/to-questionnaire-response';
import { compactResponses, type StepResponses } from '../../core/steps/step-responses';
import type { Plan } from '../../core/steps/build-plan';
import { evaluateFlags } from '../../core/flags/evaluate-flags';
import type { Answers, Locale, Questionnaire, ScoreResult, TypedTexts } from '../../core/types';

/** One finished intake: everything the summary and its exports are made from. */
export interface IntakeRecord {
  readonly questionnaire: Questionnaire;
  /** The answers that counted (hidden questions' answers left out). */
  readonly answers: Answers;
  readonly result: ScoreResult;
  /** The language the client answered in (never the summary's language). */
  readonly lang: Locale;
  readonly completedAt: string;
  readonly clientReference: string;
  /** What the client wrote after the questions; absent when the exercise was not offered. */
  readonly nextStep?: StepResponses;
  /** The client's words for a chosen option with a text box ("Something else"), by question id. */
  readonly texts: TypedTexts;
}

/** A file to offer for download. */
export interface ExportFile {
  readonly name: string;
  readonly type: string;
  readonly text: string;
}

/**
 * The time on the clinic's clock, to the second, sortable and safe in every file system:
 * `2026-11-24T04:30:05.000Z` in Los Angeles → `2026-11-23T20-30-05`. (The time in UTC would name an
 * evening intake in the Americas with the next day's date.)
 */
function stamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso.slice(0, 19).replace(/:/g, '-');
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}-${two(d.getMinutes())}-${two(d.getSeconds())}`;
}

/**
 * The start of every download's name: the questionnaire, the client reference when given (letters,
 * digits, `-` and `_` kept, anything else a dash, at most 40), and the time to the second, so two
 * intakes never share a name: `intake-A-17-2026-11-23T10-30-05`.
 */
export function exportBaseName(r: IntakeRecord): string {
  const ref = r.clientReference
    .trim()
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return [r.questionnaire.id, ref, stamp(r.completedAt)].filter(Boolean).join('-');
}

/** The full result as JSON: questionnaire, language, time, client reference, answers, scores, stage. */
export function resultJsonFile(r: IntakeRecord & { readonly plan?: Plan | null }): ExportFile {
  const data = {
    questionnaire: { id: r.questionnaire.id, version: r.questionnaire.version, url: r.questionnaire.url },
    lang: r.lang,
    completedAt: r.completedAt,
    ...(r.clientReference.trim() ? { clientReference: r.clientReference.trim() } : {}),
    answers: r.answers,
    ...(Object.keys(r.texts).length > 0 ? { texts: r.texts } : {}),
    result: r.result,
    ...clientWordsJson(r),
    // Which declared flags were raised, for audit and for comparing visits (messages are in the questionnaire).
    flags: r.result.status === 'invalid' ? [] : evaluateFlags(r.questionnaire, r.answers, r.result.scores).map((f) => ({ id: f.id, severity: f.severity })),
  };
  return { name: `${exportBaseName(r)}.json`, type: 'application/json', text: JSON.stringify(data, null, 2) };
}

/** The FHIR R4 QuestionnaireResponse, every text in the intake's language. */
export function fhirResponseFile(r: IntakeRecord): ExportFile {
  const qr = toQuestionnaireResponse(r.questionnaire, r.answers, r.result, {
    authored: r.completedAt,
    lang: r.lang,
    subjectReference: r.clientReference,
    nextStep: r.nextStep,
    typed: r.texts,
  });
  return {
    name: `${exportBaseName(r)}.questionnaire-response.fhir.json`,
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
