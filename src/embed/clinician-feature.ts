// Bundle order follows import order: the widget's stylesheet module first, then clinician.css right
// after it, so that gzip can share their repeated selectors and values (0.5 kB less gzip).
import './embed-style-sheets';
import clinicianCss from '../ui/clinician/clinician.css?inline';
import { ClinicianIntake } from '../ui/clinician/ClinicianIntake';
import { ALL_BUILTINS } from './builtins-all';
import { defineStagesQuiz } from './define-element';
import { printAloneWhen } from '../ui/print-alone';
import type { ClinicianFeature, StagesQuizElement } from './stages-quiz-element';

/**
 * Clinician mode for the element: the intake view, its styles and printing the widget alone,
 * handed to `defineStagesQuiz({ clinician: clinicianFeature })`. Only the builds that import this module carry
 * clinician mode (dist/stages-quiz-clinician.js, the ES module element); the website script,
 * dist/stages-quiz.js, leaves it out.
 */
export const clinicianFeature: ClinicianFeature = {
  view: ClinicianIntake,
  css: clinicianCss,
  // Only while clinician mode is on screen, not when the element shows an error message instead.
  onConnect: (element) =>
    printAloneWhen(element, () => element.getAttribute('mode') === 'clinician' && !!element.shadowRoot?.querySelector('.sq-clin')),
};

/**
 * Defines `<stages-quiz>` with clinician mode (the clinician script and module entries). When the
 * website build defined it first, this page cannot have clinician mode: says so, with the fix.
 */
export function defineClinicianStagesQuiz(): void {
  // A server rendering the page has no registry: nothing to define there.
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get('stages-quiz') as Partial<typeof StagesQuizElement> | undefined;
  // The usual cause: the website script loaded site-wide (say, in the header) and the clinic's
  // page adding the clinician script after it.
  if (existing && !existing.clinician) {
    console.error(
      'stages-quiz: <stages-quiz> was already defined without clinician mode (stages-quiz.js or stages-quiz/element ran first), ' +
        'so clinician mode is not available on this page: load stages-quiz-clinician.js before the website script, or instead of it',
    );
  }
  defineStagesQuiz({ clinician: clinicianFeature, builtins: ALL_BUILTINS });
}
