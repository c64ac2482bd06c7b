// dist/stages-quiz-texts-en.js: `quick`'s result texts in English only (src/core/result-texts.ts), with
// the result's and the next step's words in English (words-en.ts): an on-demand part that the website
// script's result part loads for a person reading English, one file on the way to the result.
import texts from '../../questionnaire/quick.json?checked&part=result&lang=en';

export { texts };
export { words } from './words-en';
