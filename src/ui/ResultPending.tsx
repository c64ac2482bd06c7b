import { useEffect, useRef } from 'preact/hooks';
import type { UiStrings } from './strings';

/**
 * Focuses `el` when focus was lost with the screen it was on (on the page's body, or on the
 * widget's host with nothing inside focused), never taking it from where the person put it.
 */
export function focusIfLost(el: HTMLElement | null | undefined): void {
  const root = el?.getRootNode();
  const active = document.activeElement;
  if (!active || active === document.body || (root instanceof ShadowRoot && active === root.host && !root.activeElement)) el?.focus();
}

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
  // The button that asked for the result is gone: a keyboard user goes on from "Try again".
  const retry = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (props.failed) focusIfLost(retry.current);
  }, [props.failed]);
  if (!props.failed) return <p class="sq-note" role="status">{props.strings.loading}</p>;
  return (
    <div class="sq-screen" role="alert">
      <p>{props.strings.resultFailed}</p>
      <div class="sq-actions">
        <button type="button" class="sq-button sq-button-primary" part="button" onClick={props.onRetry} ref={retry}>
          {props.strings.tryAgain}
        </button>
        <button type="button" class="sq-button sq-button-quiet" part="button back" onClick={props.onBack}>
          {props.strings.changeAnswers}
        </button>
      </div>
    </div>
  );
}
