import { ClinicianIntake } from '../ui/clinician/ClinicianIntake';
// After the view: bundle order follows import order, and this puts the clinician CSS nearer the
// widget's, so gzip shares more of their repeats.
import clinicianCss from '../ui/clinician/clinician.css?inline';
import type { ClinicianFeature } from './stages-quiz-element';

/**
 * Clinician mode for the element: the intake view and its styles, handed to
 * `defineStagesQuiz({ clinician: clinicianFeature })`. Only the builds that import this module carry
 * clinician mode (dist/stages-quiz-clinician.js, the ES module element); the website script,
 * dist/stages-quiz.js, leaves it out.
 */
export const clinicianFeature: ClinicianFeature = { view: ClinicianIntake, css: clinicianCss };
