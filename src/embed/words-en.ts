// dist/stages-quiz-words-en.js: the result's and the next step's words in English (loaded-words.ts), an
// on-demand part that the website script's result part loads for a host's own questionnaire read in
// English. For the built-in `quick`, stages-quiz-texts-en.js brings the same words with its texts.
import { RESULT_STRINGS_EN } from '../ui/result-strings-en';
import { STEP_STRINGS_EN } from '../ui/steps/step-strings-en';
import type { Words } from './loaded-words';

export const words: Words = { result: RESULT_STRINGS_EN, step: STEP_STRINGS_EN };
