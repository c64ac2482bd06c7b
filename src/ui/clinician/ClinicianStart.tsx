import type { Ref } from 'preact';
import { localize } from '../../core/localize';
import type { Questionnaire } from '../../core/types';
import type { ComponentChildren } from 'preact';
import type { ClinicianStrings } from './clinician-strings';

export interface ClinicianStartProps {
  readonly questionnaire: Questionnaire;
  readonly lang: string;
  readonly strings: ClinicianStrings;
  readonly idPrefix: string;
  readonly clientReference: string;
  readonly headingRef?: Ref<HTMLHeadingElement>;
  readonly onClientReference: (value: string) => void;
  readonly onContinue: () => void;
  /** Extra choices before Continue (the next step's OfferStepChoice). */
  readonly children?: ComponentChildren;
}

/** The clinician's start screen: what happens next, and an optional client reference. */
export function ClinicianStart(props: ClinicianStartProps) {
  const { strings: s, idPrefix } = props;
  return (
    <section class="sq-screen sq-clin-start" part="clinician-start">
      <p class="sq-eyebrow">{s.eyebrow}</p>
      <h2 class="sq-heading sq-title" tabIndex={-1} ref={props.headingRef}>
        {s.startHeading}
      </h2>
      <p class="sq-lead">{s.startIntro(localize(props.questionnaire.title, props.lang))}</p>
      <ol class="sq-clin-steps">
        {s.startSteps.map((step, i) => (
          <li key={i}>{step}</li>
        ))}
      </ol>
      <form
        class="sq-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          props.onContinue();
        }}
      >
        <div class="sq-clin-field">
          <label class="sq-clin-label" for={`${idPrefix}-ref`}>
            {s.clientRefLabel}
          </label>
          <p class="sq-note sq-clin-hint" id={`${idPrefix}-ref-hint`}>
            {s.clientRefHint}
          </p>
          <input
            class="sq-clin-input"
            id={`${idPrefix}-ref`}
            type="text"
            autoComplete="off"
            spellcheck={false}
            maxLength={64}
            aria-describedby={`${idPrefix}-ref-hint`}
            defaultValue={props.clientReference}
            onInput={(event) => props.onClientReference((event.currentTarget as HTMLInputElement).value)}
          />
        </div>
        {props.children}
        <div class="sq-actions sq-actions-start">
          <button type="submit" class="sq-button sq-button-primary" part="button continue">
            {s.continue}
          </button>
        </div>
      </form>
    </section>
  );
}
