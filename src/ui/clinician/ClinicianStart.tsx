import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
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
  /** The clinician's PIN as typed (digits; empty for none), kept in memory only. */
  readonly pin: string;
  readonly onPin: (value: string) => void;
  readonly idleMinutes: number;
  readonly clearMinutes: number;
  readonly onContinue: () => void;
  /** Extra choices before Continue (the next step's OfferStepChoice). */
  readonly children?: ComponentChildren;
  /** Opens "Change across visits" with files only, without a new intake. */
  readonly onHistory: () => void;
  /** Why the last session is gone, when the clinician did not choose it (five wrong PINs): shown, not only announced. */
  readonly notice?: string;
}

/** A PIN is 4 to 8 digits, or none. */
export function isValidPin(pin: string): boolean {
  return pin === '' || /^\d{4,8}$/.test(pin);
}

/** The clinician's start screen: what happens next, and an optional client reference. */
export function ClinicianStart(props: ClinicianStartProps) {
  const { strings: s, idPrefix } = props;
  const [pinError, setPinError] = useState(false);
  return (
    <section class="sq-screen sq-clin-start" part="clinician-start">
      {props.notice && (
        <p class="sq-clin-idle" part="clinician-notice">
          {props.notice}
        </p>
      )}
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
          if (!isValidPin(props.pin)) {
            setPinError(true);
            (event.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>(`#${CSS.escape(`${idPrefix}-pin`)}`)?.focus();
            return;
          }
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
        <div class="sq-clin-field">
          <label class="sq-clin-label" for={`${idPrefix}-pin`}>
            {s.pinLabel}
          </label>
          <p class="sq-note sq-clin-hint" id={`${idPrefix}-pin-hint`}>
            {s.pinHint(props.idleMinutes, props.clearMinutes)}
          </p>
          <input
            class="sq-clin-input sq-clin-pin-input"
            id={`${idPrefix}-pin`}
            type="password"
            inputMode="numeric"
            autoComplete="new-password"
            maxLength={8}
            aria-describedby={pinError ? `${idPrefix}-pin-hint ${idPrefix}-pin-error` : `${idPrefix}-pin-hint`}
            aria-invalid={pinError ? 'true' : undefined}
            defaultValue={props.pin}
            onInput={(event) => {
              setPinError(false);
              props.onPin((event.currentTarget as HTMLInputElement).value);
            }}
          />
          <p class="sq-clin-error" id={`${idPrefix}-pin-error`} role="alert">
            {pinError ? s.pinInvalid : ''}
          </p>
        </div>
        {props.children}
        <div class="sq-actions sq-actions-start sq-clin-start-actions">
          <button type="submit" class="sq-button sq-button-primary" part="button continue">
            {s.continue}
          </button>
          <button type="button" class="sq-button sq-button-quiet" part="button history"
            onClick={() => {
              if (isValidPin(props.pin)) props.onHistory();
              else setPinError(true);
            }}
          >
            {s.historyOpen}
          </button>
        </div>
      </form>
    </section>
  );
}
