import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { ClinicianStrings } from './clinician-strings';

/** Whether this intake is kept somewhere: copied (sure), printed or downloaded (maybe cancelled), or not. */
export type Saved = 'no' | 'maybe' | 'yes';

export interface SummaryActionsProps {
  readonly strings: ClinicianStrings;
  readonly onPrint: () => void;
  readonly onDownloadJson: () => void;
  readonly onDownloadFhir: () => void;
  readonly onDownloadQuestionnaire: () => void;
  /** Resolves true when the text reached the clipboard. */
  readonly onCopy: () => Promise<boolean>;
  /** Copied: "Next client" then clears without asking; printed or downloaded: it asks whether that went through. */
  readonly saved: Saved;
  readonly onNextClient: () => void;
  /** With a clinician PIN: lock the summary now. */
  readonly onLock?: () => void;
}

/**
 * The summary's actions; hidden when printing. The copy result shows as visible, announced text.
 * "Next client" stands apart from the rest and, unless the summary was copied, asks first, saying
 * what will be lost (after a print or a download, whether it went through).
 */
export function SummaryActions(props: SummaryActionsProps) {
  const { strings: s } = props;
  const [copyStatus, setCopyStatus] = useState<'copied' | 'failed' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);
  const uid = useId();
  useEffect(() => {
    if (confirming) keepRef.current?.focus();
    else if (moved.current) nextRef.current?.focus();
    moved.current = true;
  }, [confirming]);
  return (
    <div class="sq-clin-actions" role="group" aria-label={s.actionsLabel} part="clinician-actions">
      <div class="sq-clin-action-row">
        <button type="button" class="sq-button sq-button-quiet" onClick={props.onPrint}>
          {s.print}
        </button>
        <button
          type="button"
          class="sq-button sq-button-quiet"
          onClick={async () => {
            setCopyStatus(null);
            setCopyStatus((await props.onCopy()) ? 'copied' : 'failed');
          }}
        >
          {s.copy}
        </button>
        <button type="button" class="sq-button sq-button-quiet" onClick={props.onDownloadJson}>
          {s.downloadJson}
        </button>
        <button type="button" class="sq-button sq-button-quiet" onClick={props.onDownloadFhir}>
          {s.downloadFhir}
        </button>
        <button type="button" class="sq-button sq-button-quiet" onClick={props.onDownloadQuestionnaire}>
          {s.downloadQuestionnaire}
        </button>
      </div>
      <p class="sq-clin-status" role="status">
        {copyStatus === 'copied' ? s.copied : copyStatus === 'failed' ? s.copyFailed : ''}
      </p>
      <div class="sq-clin-session-row">
        {props.onLock && (
          <button type="button" class="sq-button sq-button-quiet" part="button lock" onClick={props.onLock}>
            {s.lockNow}
          </button>
        )}
        {!confirming && (
          <button
            type="button"
            class="sq-button sq-button-quiet sq-clin-next"
            part="button next-client"
            ref={nextRef}
            onClick={() => (props.saved === 'yes' ? props.onNextClient() : setConfirming(true))}
          >
            {s.nextClient}
          </button>
        )}
      </div>
      {confirming && (
        <div class="sq-clin-confirm sq-clin-next-confirm" role="alertdialog" aria-labelledby={`${uid}-next-h`} aria-describedby={`${uid}-next-t`}>
          <h3 class="sq-block-heading" id={`${uid}-next-h`}>
            {s.nextClientHeading}
          </h3>
          <p id={`${uid}-next-t`}>{props.saved === 'maybe' ? s.nextClientMaybeSaved : s.nextClientUnsaved}</p>
          <div class="sq-actions">
            <button type="button" class="sq-button sq-button-primary" ref={keepRef} onClick={() => setConfirming(false)}>
              {s.nextClientKeep}
            </button>
            <button type="button" class="sq-button sq-button-quiet" part="button next-client-confirm" onClick={props.onNextClient}>
              {s.nextClientClear}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
