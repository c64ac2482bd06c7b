/**
 * `stages-quiz/element-clinician`: the custom element for bundlers with clinician mode, as
 * dist/stages-quiz-clinician.js has it. Importing it defines `<stages-quiz>` (once, however often
 * it is imported; import this entry or `stages-quiz/element`, not both: the first defines it).
 * @packageDocumentation
 */
import { defineClinicianStagesQuiz } from './clinician-feature';

export { defineStagesQuiz, type DefineStagesQuizOptions } from './define-element';
export { StagesQuizElement, type ClinicianFeature } from './stages-quiz-element';
export { clinicianFeature } from './clinician-feature';
export type { StagesQuizEventMap, StagesQuizStartDetail, StagesQuizErrorDetail } from './stages-quiz-events';
export type { StagesQuizProps, StagesQuizAttributeStrings, StagesQuizQuestionnaireValue } from './stages-quiz-props';
export type { QuizCompletion, Problem, Questionnaire } from '../core/types';

defineClinicianStagesQuiz();
