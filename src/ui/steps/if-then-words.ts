import { ifThenLine, type IfThenWords } from '../../core/steps/if-then-line';
import type { IfThenPair } from '../../core/steps/step-responses';

// The boxes say "If…" / "I will…" (step-strings.ts); these are the openings people type again.
const en: IfThenWords = {
  if: 'If',
  both: (cond, b) => `${cond}, I will ${b}.`,
  thenOnly: (b) => `I will ${b}.`,
  ifOpener: /^if\b[\s,.…]*/iu,
  ifCloser: /[\s,]+then$/iu,
  thenOpener: /^(?:then\b[\s,.…]*)?(?:i(?: will|['’]ll)\b[\s,.…]*)?/iu,
  ownOpener: /^when(?:ever)?\b/iu,
};

const es: IfThenWords = {
  if: 'Si',
  both: (cond, b) => `${cond}, voy a ${b}.`,
  thenOnly: (b) => `Voy a ${b}.`,
  ifOpener: /^si(?!\p{L})[\s,.…]*/iu,
  ifCloser: /[\s,]+entonces$/iu,
  thenOpener: /^(?:entonces(?!\p{L})[\s,.…]*)?(?:voy a(?!\p{L})[\s,.…]*)?/iu,
  // "Cuando salga tarde…" needs its own word: "Si salga tarde" would not be Spanish.
  ownOpener: /^cuando(?!\p{L})/iu,
};

/** An if–then pair as a line of the plan, in English and in Spanish (the step's and the clinician's summary). */
export const ifThenEn = (pair: IfThenPair): string => ifThenLine(pair, en);
export const ifThenEs = (pair: IfThenPair): string => ifThenLine(pair, es);
