import type { Ref } from 'preact';
import type { ClinicianStrings } from './clinician-strings';
import { PinEntry } from './PinEntry';

export interface LockedScreenProps {
  readonly strings: ClinicianStrings;
  readonly idPrefix: string;
  readonly wrongPins: number;
  readonly headingRef?: Ref<HTMLHeadingElement>;
  readonly onPin: (pin: string) => void;
}

/** The summary locked after a pause: nothing of it is in the DOM; the PIN brings it back. */
export function LockedScreen({ strings: s, idPrefix, wrongPins, headingRef, onPin }: LockedScreenProps) {
  return (
    <section class="sq-screen sq-clin-locked" part="clinician-locked">
      <svg class="sq-clin-handover-icon" viewBox="0 0 48 48" width="48" height="48" aria-hidden="true" focusable="false">
        <rect x="12" y="22" width="24" height="18" rx="3" />
        <path d="M17 22v-6a7 7 0 0 1 14 0v6" />
      </svg>
      <h2 class="sq-heading sq-title" tabIndex={-1} ref={headingRef}>
        {s.lockedHeading}
      </h2>
      <p class="sq-lead">{s.lockedText}</p>
      <PinEntry strings={s} idPrefix={idPrefix} wrongPins={wrongPins} onSubmit={onPin} />
    </section>
  );
}
