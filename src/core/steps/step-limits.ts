/**
 * Bounds on the next step's parts and on what a person can type: enough for a few honest
 * sentences, small enough to print on one page and to fit a `mailto:` link.
 */
export const STEP_LIMITS = {
  /** Parts in one stage's step. */
  parts: 8,
  /** Options in a pick list. */
  options: 24,
  /** Boxes in a `texts` part. */
  texts: 5,
  /** Pairs in an `ifThen` part. */
  pairs: 4,
  /** The shortest `maxLength` an author may set. */
  shortMin: 10,
  /** The longest `maxLength` of a short box (a `texts` box, an if or a then). */
  shortMax: 300,
  /** The longest `maxLength` of a free text. */
  longMax: 1000,
  /** Defaults when the author sets none. */
  shortDefault: 120,
  longDefault: 500,
  /** An answer to a ruler follow-up ("why 6 and not 3?"). */
  rulerAnswer: 300,
} as const;
