// dist/stages-quiz-texts-es.js: `quick`'s result texts in Spanish only (src/core/result-texts.ts), with
// the result's and the next step's words in Spanish (words-es.ts): an on-demand part that the website
// script's result part loads for a person reading Spanish, one file on the way to the result.
import texts from '../../questionnaire/quick.json?checked&part=result&lang=es';

export { texts };
export { words } from './words-es';
