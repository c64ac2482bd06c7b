// dist/stages-quiz-clinician.js: the one-file classic script with clinician mode, for clinics.
// Defines <stages-quiz> when loaded; never throws into the host page (a failure is logged).
import { clinicianFeature } from './clinician-feature';
import { defineStagesQuiz } from './define-element';

try {
  defineStagesQuiz({ clinician: clinicianFeature });
} catch (error) {
  console.error('stages-quiz: could not define <stages-quiz>', error);
}
