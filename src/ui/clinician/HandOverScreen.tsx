import type { Ref } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ClinicianStrings } from './clinician-strings';
import { PinEntry } from './PinEntry';

/** A tablet, drawn beside both hand-over messages (decorative). */
function DeviceIcon() {
  return (
    <svg class="sq-clin-handover-icon" viewBox="0 0 48 48" width="48" height="48" aria-hidden="true" focusable="false">
      <rect x="12" y="6" width="24" height="36" rx="4" />
      <path d="M20 36h8" />
    </svg>
  );
}

export interface HandToClientProps {
  readonly strings: ClinicianStrings;
  readonly headingRef?: Ref<HTMLHeadingElement>;
  readonly onBegin: () => void;
}

/** "Please hand the device to your client", then the client begins. */
export function HandToClient({ strings: s, headingRef, onBegin }: HandToClientProps) {
  return (
    <section class="sq-screen sq-clin-handover" part="clinician-handoff">
      <DeviceIcon />
      <h2 class="sq-heading sq-title" tabIndex={-1} ref={headingRef}>
        {s.handoffHeading}
      </h2>
      <p class="sq-lead">{s.handoffText}</p>
      <div class="sq-actions sq-actions-start">
        <button type="button" class="sq-button sq-button-primary" part="button begin" onClick={onBegin}>
          {s.handoffStart}
        </button>
      </div>
    </section>
  );
}

export interface HandBackProps {
  readonly strings: ClinicianStrings;
  readonly headingRef?: Ref<HTMLHeadingElement>;
  readonly onShowSummary: () => void;
  /** With a clinician PIN: the summary opens only with it (no two-step reveal). */
  readonly pin?: { readonly idPrefix: string; readonly wrongPins: number; readonly onPin: (pin: string) => void };
}

/**
 * "Please hand the device back". The summary opens only on a deliberate, two-step action by the
 * clinician, so a client tapping around cannot open it by accident.
 */
export function HandBack({ strings: s, headingRef, onShowSummary, pin }: HandBackProps) {
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const showRef = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (moved.current) showRef.current?.focus();
    moved.current = true;
  }, [confirming]);
  return (
    <section class="sq-screen sq-clin-handover" part="clinician-handback">
      <DeviceIcon />
      <h2 class="sq-heading sq-title" tabIndex={-1} ref={headingRef}>
        {s.handbackHeading}
      </h2>
      <p class="sq-lead">{pin ? s.handbackPinText : s.handbackText}</p>
      {pin ? (
        <PinEntry strings={s} idPrefix={pin.idPrefix} wrongPins={pin.wrongPins} onSubmit={pin.onPin} />
      ) : confirming ? (
        <div class="sq-clin-confirm">
          <p class="sq-clin-confirm-text" tabIndex={-1} ref={confirmRef}>
            {s.confirmText}
          </p>
          <div class="sq-actions">
            <button type="button" class="sq-button sq-button-quiet" onClick={() => setConfirming(false)}>
              {s.cancel}
            </button>
            <button type="button" class="sq-button sq-button-primary" part="button confirm-summary" onClick={onShowSummary}>
              {s.confirmShow}
            </button>
          </div>
        </div>
      ) : (
        <div class="sq-actions sq-actions-start">
          <button type="button" class="sq-button sq-button-quiet sq-clin-reveal" ref={showRef} onClick={() => setConfirming(true)}>
            {s.showSummary}
          </button>
        </div>
      )}
    </section>
  );
}
