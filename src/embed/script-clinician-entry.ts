// dist/stages-quiz-clinician.js: the one-file classic script with clinician mode, for clinics.
// Defines <stages-quiz> when loaded; never throws into the host page (a failure is logged).
import { defineClinicianStagesQuiz } from './clinician-feature';

try {
  defineClinicianStagesQuiz();
} catch (error) {
  console.error('stages-quiz: could not define <stages-quiz>', error);
}
