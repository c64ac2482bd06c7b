import type { UiStrings } from './strings';

/**
 * What the person sees while the result is on its way (its part or its texts): a polite
 * "Loading…", or, when it could not be loaded (a connection dropped), that nothing is lost, with
 * "Try again" and a way back to their answers. Details go to the console.
 */
export function ResultPending(props: {
  readonly failed: boolean;
  readonly strings: UiStrings;
  readonly onRetry: () => void;
  readonly onBack: () => void;
}) {
  if (!props.failed) return <p class="sq-note" role="status">{props.strings.loading}</p>;
  return (
    <div class="sq-screen" role="alert">
      <p>{props.strings.resultFailed}</p>
      <div class="sq-actions">
        <button type="button" class="sq-button sq-button-primary" part="button" onClick={props.onRetry}>
          {props.strings.tryAgain}
        </button>
        <button type="button" class="sq-button sq-button-quiet" part="button back" onClick={props.onBack}>
          {props.strings.changeAnswers}
        </button>
      </div>
    </div>
  );
}
