// dist/stages-quiz.js: the one-file classic script for websites. Defines <stages-quiz> when loaded;
// never throws into the host page (a failure is logged). Clinician mode is left out (a visitor
// never needs it): clinics load dist/stages-quiz-clinician.js instead (script-clinician-entry.ts).
// The stylesheet module first: bundle order follows import order, and the CSS together at the top
// compresses a little better (about 50 bytes of gzip).
import './embed-style-sheets';
import { defineStagesQuiz } from './define-element';

try {
  defineStagesQuiz();
} catch (error) {
  console.error('stages-quiz: could not define <stages-quiz>', error);
}
