// dist/stages-quiz-words-es.js: the result's and the next step's words in Spanish (loaded-words.ts), an
// on-demand part that the website script's result part loads for a host's own questionnaire read in
// Spanish. For the built-in `quick`, stages-quiz-texts-es.js brings the same words with its texts.
import { RESULT_STRINGS_ES } from '../ui/result-strings-es';
import { STEP_STRINGS_ES } from '../ui/steps/step-strings-es';
import type { Words } from './loaded-words';

export const words: Words = { result: RESULT_STRINGS_ES, step: STEP_STRINGS_ES };
