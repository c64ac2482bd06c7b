import { useEffect, useRef } from 'preact/hooks';
import type { ClinicianStrings } from './clinician-strings';

export interface PinEntryProps {
  readonly strings: ClinicianStrings;
  readonly idPrefix: string;
  /** Wrong PINs so far in this session (the session clears at `MAX_WRONG_PINS`). */
  readonly wrongPins: number;
  /** Focus the field when shown (the locked screen); the hand-back keeps focus on its heading. */
  readonly autoFocus?: boolean;
  /** Called with what was typed; the caller checks it and counts a wrong one. */
  readonly onSubmit: (pin: string) => void;
}

/** How many wrong PINs clear the session. */
export const MAX_WRONG_PINS = 5;

/** The clinician's PIN: a numeric password field and a button; a wrong PIN says how many tries are left. */
export function PinEntry({ strings: s, idPrefix, wrongPins, autoFocus, onSubmit }: PinEntryProps) {
  // Uncontrolled: the field is read on submit, so nothing re-renders the PIN while it is typed.
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, []);
  // After a wrong PIN the field empties and keeps focus, ready for another try.
  useEffect(() => {
    if (wrongPins === 0 || !input.current) return;
    input.current.value = '';
    input.current.focus();
  }, [wrongPins]);
  const errorId = `${idPrefix}-pin-error`;
  return (
    <form
      class="sq-form sq-clin-pin"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(input.current?.value ?? '');
      }}
    >
      <label class="sq-clin-label" for={`${idPrefix}-pin-entry`}>
        {s.pinEntryLabel}
      </label>
      <div class="sq-clin-pin-row">
        <input
          ref={input}
          class="sq-clin-input sq-clin-pin-input"
          id={`${idPrefix}-pin-entry`}
          type="password"
          inputMode="numeric"
          autoComplete="off"
          maxLength={8}
          aria-invalid={wrongPins > 0 ? 'true' : undefined}
          aria-describedby={wrongPins > 0 ? errorId : undefined}
        />
        <button type="submit" class="sq-button sq-button-primary" part="button unlock">
          {s.unlock}
        </button>
      </div>
      <p class="sq-clin-error" id={errorId} role="alert">
        {wrongPins > 0 ? s.wrongPin(MAX_WRONG_PINS - wrongPins) : ''}
      </p>
    </form>
  );
}
