import { useEffect, useRef } from 'preact/hooks';
import type { ClinicianStrings } from './clinician-strings';

export interface IdleWarningProps {
  readonly secondsLeft: number;
  readonly strings: ClinicianStrings;
  readonly idPrefix: string;
  readonly onStay: () => void;
  /** The client has finished: the summary would be lost too, and the warning says so. */
  readonly withSummary: boolean;
}

/**
 * The inactivity warning with its countdown; takes focus so a keyboard user can keep the session,
 * and on "Keep this session" gives it back where it was (else it would fall to the page's body).
 */
export function IdleWarning({ secondsLeft, strings: s, idPrefix, onStay, withSummary }: IdleWarningProps) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const before = (button.current?.getRootNode() as Document | ShadowRoot | undefined)?.activeElement;
    button.current?.focus();
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);
  return (
    <div class="sq-clin-idle" role="alertdialog" aria-labelledby={`${idPrefix}-idle-h`} aria-describedby={`${idPrefix}-idle-t`} part="idle-warning">
      <h2 class="sq-block-heading" id={`${idPrefix}-idle-h`}>
        {s.idleHeading}
      </h2>
      <p id={`${idPrefix}-idle-t`}>{s.idleText(secondsLeft, withSummary)}</p>
      <button type="button" class="sq-button sq-button-primary" ref={button} onClick={onStay}>
        {s.idleStay}
      </button>
    </div>
  );
}
