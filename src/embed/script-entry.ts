// dist/stages-quiz.js: the one-file classic script. Defines <stages-quiz> when loaded; never throws
// into the host page (a failure is logged).
import { defineStagesQuiz } from './define-element';

try {
  defineStagesQuiz();
} catch (error) {
  console.error('stages-quiz: could not define <stages-quiz>', error);
}
