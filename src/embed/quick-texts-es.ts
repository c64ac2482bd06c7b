// dist/stages-quiz-texts-es.js: `quick`'s result texts in Spanish only (src/core/result-texts.ts), an
// on-demand part that the website script's result part loads for a person reading Spanish.
import texts from '../../questionnaire/quick.json?checked&part=result&lang=es';

export { texts };
