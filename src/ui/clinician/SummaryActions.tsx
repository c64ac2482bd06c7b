import { useState } from 'preact/hooks';
import type { ClinicianStrings } from './clinician-strings';

export interface SummaryActionsProps {
  readonly strings: ClinicianStrings;
  readonly onPrint: () => void;
  readonly onDownloadJson: () => void;
  readonly onDownloadFhir: () => void;
  readonly onDownloadQuestionnaire: () => void;
  /** Resolves true when the text reached the clipboard. */
  readonly onCopy: () => Promise<boolean>;
  readonly onNextClient: () => void;
}

/** The summary's actions; hidden when printing. The copy result shows as visible, announced text. */
export function SummaryActions(props: SummaryActionsProps) {
  const { strings: s } = props;
  const [copyStatus, setCopyStatus] = useState<'copied' | 'failed' | null>(null);
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
        <button type="button" class="sq-button sq-button-primary" part="button next-client" onClick={props.onNextClient}>
          {s.nextClient}
        </button>
      </div>
      <p class="sq-clin-status" role="status">
        {copyStatus === 'copied' ? s.copied : copyStatus === 'failed' ? s.copyFailed : ''}
      </p>
    </div>
  );
}
