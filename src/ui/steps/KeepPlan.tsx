import { useState } from 'preact/hooks';
import { mailtoHref } from '../../core/share/result-text';

export interface KeepPlanProps {
  /** The plan as plain text (planText). */
  readonly text: string;
  /** The email's subject and the share sheet's title. */
  readonly subject: string;
  readonly labels: { readonly print: string; readonly share: string; readonly copy: string; readonly copied: string; readonly copyFailed: string; readonly group: string };
}

/**
 * Keeping "My plan": print (or save as PDF from the print dialog), share through the device's
 * own share sheet or else an email the person addresses themselves, and copy. The widget sends
 * nothing: each is the person's own action.
 */
export function KeepPlan({ text, subject, labels }: KeepPlanProps) {
  const [status, setStatus] = useState('');
  const share = async () => {
    const nav = navigator as Navigator & { share?: (data: ShareData) => Promise<void> };
    if (typeof nav.share === 'function') {
      try {
        await nav.share({ title: subject, text });
      } catch {
        // Cancelled by the person: nothing to do.
      }
      return;
    }
    window.location.href = mailtoHref(subject, text);
  };
  return (
    <div class="sq-keep" role="group" aria-label={labels.group}>
      <div class="sq-actions sq-actions-start">
        <button type="button" class="sq-button sq-button-quiet" part="button" onClick={() => window.print()}>
          {labels.print}
        </button>
        <button type="button" class="sq-button sq-button-quiet" part="button" onClick={share}>
          {labels.share}
        </button>
        <button
          type="button"
          class="sq-button sq-button-quiet"
          part="button"
          onClick={async () => {
            setStatus('');
            try {
              await navigator.clipboard.writeText(text);
              setStatus(labels.copied);
            } catch {
              setStatus(labels.copyFailed);
            }
          }}
        >
          {labels.copy}
        </button>
      </div>
      <p class="sq-note" role="status">
        {status}
      </p>
    </div>
  );
}
