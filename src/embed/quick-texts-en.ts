// dist/stages-quiz-texts-en.js: `quick`'s result texts in English only (src/core/result-texts.ts), an
// on-demand part that the website script's result part loads for a person reading English.
import texts from '../../questionnaire/quick.json?checked&part=result&lang=en';

export { texts };
