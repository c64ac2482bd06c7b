/**
 * `stages-quiz/element`: the custom element for bundlers, as the website script has it (no
 * clinician mode: clinics import `stages-quiz/element-clinician` instead). Importing it defines
 * `<stages-quiz>` (once, however often it is imported).
 * @packageDocumentation
 */
import { defineStagesQuiz } from './define-element';

export { defineStagesQuiz, type DefineStagesQuizOptions } from './define-element';
export { StagesQuizElement, type ClinicianFeature } from './stages-quiz-element';
export type { StagesQuizEventMap, StagesQuizStartDetail, StagesQuizErrorDetail } from './stages-quiz-events';
export type { StagesQuizProps, StagesQuizAttributeStrings, StagesQuizQuestionnaireValue } from './stages-quiz-props';
export type { QuizCompletion, Problem, Questionnaire } from '../core/types';

defineStagesQuiz();
