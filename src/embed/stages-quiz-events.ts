import type { Problem, QuizCompletion, QuizWords } from '../core/types';

/** `detail` of `stages-quiz:start`: the person began answering. */
export interface StagesQuizStartDetail {
  readonly questionnaire: { readonly id: string; readonly version: string };
}

/** `detail` of `stages-quiz:error`: what is wrong (a bad attribute, a broken or unreachable questionnaire). */
export interface StagesQuizErrorDetail {
  /** `path` names the attribute (e.g. `cta-href`) or the place in the questionnaire (e.g. `items[2].text`). */
  readonly problems: readonly Problem[];
}

/**
 * The events a `<stages-quiz>` element fires. All bubble and are composed (they cross shadow
 * roots), so a listener on `document` hears every widget on the page; `event.target` says which.
 *
 * @example
 * document.addEventListener('stages-quiz:complete', (e) => console.log(e.detail.stage));
 */
export interface StagesQuizEventMap {
  'stages-quiz:start': CustomEvent<StagesQuizStartDetail>;
  /** The person reached the result. The iframe host helper re-fires it on the iframe element. */
  'stages-quiz:complete': CustomEvent<QuizCompletion>;
  'stages-quiz:error': CustomEvent<StagesQuizErrorDetail>;
  /**
   * What the person typed, each time they open "My plan". Fired ONLY when the host opted in with
   * the `share-words` attribute: their own words about their life, so handle them with care.
   */
  'stages-quiz:words': CustomEvent<QuizWords>;
}

declare global {
  // Typed `addEventListener('stages-quiz:complete', …)` on any element (the event bubbles).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends StagesQuizEventMap {}
}

/** Fires one of the element's events: bubbling, composed, not cancelable. */
export function fireQuizEvent<K extends keyof StagesQuizEventMap>(
  target: EventTarget,
  type: K,
  detail: StagesQuizEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
