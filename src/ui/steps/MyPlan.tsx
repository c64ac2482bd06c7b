import type { Ref } from 'preact';
import type { Plan } from '../../core/steps/build-plan';
import { KeepActions } from '../KeepActions';
import { resultStringsFor } from '../result-strings';
import type { StepStrings } from './step-strings';

export interface MyPlanProps {
  readonly plan: Plan;
  /** The plan as plain text, for Copy, Share and email. */
  readonly text: string;
  readonly strings: StepStrings;
  readonly headingRef?: Ref<HTMLHeadingElement>;
  /** The call to action beside the plan, when the host gave one. */
  readonly cta?: { readonly href: string; readonly label: string };
  /** Clinician mode's client has no keep actions (a shared device): only the way on. */
  readonly keep: boolean;
  readonly onChange: () => void;
  readonly onBack: () => void;
  readonly backLabel: string;
  readonly lang: string;
  /** Printed above the plan (the date), as on the printed result. */
  readonly printLine?: string;
}

/**
 * "My plan": the person's own words reflected back under the questions they answered, with the
 * step's short affirmation first; laid out to print on one page (steps.css hides the buttons).
 */
export function MyPlan({ plan, text, strings, headingRef, cta, keep: keepable, onChange, onBack, backLabel, lang, printLine }: MyPlanProps) {
  // Nothing written: no "These are your words", nothing to keep or to bring; only the way back.
  const wrote = plan.sections.length > 0;
  const keep = keepable && wrote;
  return (
    <section class="sq-screen sq-plan" part="plan">
      {printLine && <p class="sq-print-only">{printLine}</p>}
      <p class="sq-eyebrow">{plan.title}</p>
      <h2 class="sq-heading sq-title" tabIndex={-1} ref={headingRef}>
        {strings.planHeading}
      </h2>
      {wrote && <p class="sq-lead sq-plan-affirmation">{plan.affirmation}</p>}
      {!wrote ? (
        <p class="sq-lead sq-plan-empty">{strings.planEmpty}</p>
      ) : (
        <div class="sq-plan-sections">
          {plan.sections.map((section) => (
            <div class="sq-plan-section" key={section.id}>
              <h3 class="sq-block-heading">{section.heading}</h3>
              <ul class="sq-list sq-plan-lines">
                {section.lines.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
      {keep && <p class="sq-note sq-plan-note">{strings.planNote}</p>}
      {keep && <KeepActions title={`${strings.planHeading}: ${plan.title}`} text={text} strings={resultStringsFor(lang)} heading={strings.keepHeading} />}
      {keep && cta && (
        <div class="sq-cta sq-plan-cta" part="cta">
          <p class="sq-cta-text">{strings.ctaBring}</p>
          <a class="sq-button sq-button-primary sq-cta-link" href={cta.href} part="button cta-link">
            {cta.label}
          </a>
        </div>
      )}
      <div class="sq-actions sq-actions-start sq-step-nav">
        <button type="button" class="sq-button sq-button-quiet" part="button" onClick={onChange}>
          {wrote ? strings.changeWords : strings.writeWords}
        </button>
        <button type="button" class="sq-button sq-button-primary" part="button" onClick={onBack}>
          {backLabel}
        </button>
      </div>
    </section>
  );
}
