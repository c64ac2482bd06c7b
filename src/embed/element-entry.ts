/**
 * `stages-quiz/element`: the custom element for bundlers. Importing it defines `<stages-quiz>`
 * (once, however often it is imported).
 * @packageDocumentation
 */
import { defineStagesQuiz } from './define-element';

export { defineStagesQuiz } from './define-element';
export { StagesQuizElement } from './stages-quiz-element';
export type { StagesQuizEventMap, StagesQuizStartDetail, StagesQuizErrorDetail } from './stages-quiz-events';
export type { QuizCompletion, Problem } from '../core/types';

defineStagesQuiz();
