import type { UiStrings } from './strings';

/**
 * What the person sees when a part of the quiz could not be loaded (a connection dropped):
 * nothing is lost, "Try again", and a way back to their answers. Details go to the console.
 */
export function LoadFailed(props: { readonly strings: UiStrings; readonly onRetry: () => void; readonly onBack: () => void }) {
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
