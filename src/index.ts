/**
 * stages-quiz library entry: the pure core, free of Preact and the DOM, and free of side effects.
 * @packageDocumentation
 */
export * from './core/types';
export { localize } from './core/localize';
export { evaluateCondition, indexItems, numericValue } from './core/evaluate-condition';
export { effectiveAnswers } from './core/effective-answers';
export { score } from './core/score';
export { checkAnswers, type CheckedAnswers } from './core/check-answers';
export { parseQuestionnaire } from './core/parse-questionnaire';
export { toQuestionnaireResponse, type QuestionnaireResponseOptions } from './core/fhir/to-questionnaire-response';
export { toFhirQuestionnaire } from './core/fhir/to-fhir-questionnaire';
export { answersFromQuestionnaireResponse } from './core/fhir/answers-from-questionnaire-response';
export type {
  FhirAnswer,
  FhirAnswerOption,
  FhirCoding,
  FhirEnableWhen,
  FhirExtension,
  FhirQuestionnaire,
  FhirQuestionnaireItem,
  FhirQuestionnaireResponse,
  FhirResponseItem,
} from './core/fhir/fhir-types';
export { clinicianSummary, type ClinicianSummary, type ClinicianSummaryInput } from './core/clinician-summary';
export { summaryText, type SummaryStrings } from './core/clinician-summary-text';
export {
  initialQuizState,
  quizReducer,
  quizProgress,
  shownItems,
  countedAnswers,
  currentItem,
  toSnapshot,
  restoreSnapshot,
  type QuizState,
  type QuizEvent,
  type QuizPhase,
  type QuizSnapshot,
} from './core/quiz-flow';
export { selectGuidance, type SelectedGuidance, type RulerPrompt } from './core/select-guidance';
export { placeholderValues } from './core/placeholder-values';
export { resultText, mailtoHref, type ResultTextInput, type ResultTextLabels } from './core/share/result-text';
