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
  // "I'm going to…", "I'd…", "we'll…", "my partner…": a clause of their own.
  ownClause: /^(?:i|we|my|our)(?:['’]\p{L}+)?(?!\p{L})/iu,
  lowerable: /^(?:we|my|our)(?!\p{L})/iu,
};

// "no tomar" reads "no voy a tomar", not "voy a no tomar".
const voyA = (b: string) => (/^no\s/iu.test(b) ? `no voy a ${b.slice(3).trim()}` : `voy a ${b}`);

const es: IfThenWords = {
  if: 'Si',
  both: (cond, b) => `${cond}, ${voyA(b)}.`,
  thenOnly: (b) => `${voyA(b).replace(/^./u, (c) => c.toUpperCase())}.`,
  ifOpener: /^si(?!\p{L})[\s,.…]*/iu,
  ifCloser: /[\s,]+entonces$/iu,
  thenOpener: /^(?:entonces(?!\p{L})[\s,.…]*)?(?:voy a(?!\p{L})[\s,.…]*)?/iu,
  // "Cuando salga tarde…" needs its own word: "Si salga tarde" would not be Spanish.
  ownOpener: /^cuando(?!\p{L})/iu,
  // The box says "Voy a…", so what follows is an infinitive (caminar, pedirle); any other first word
  // ("Me voy a…", "pediré", "yo…") makes a clause of their own.
  ownClause: /^(?!(?:no\s+)?\p{L}*(?:ar|er|ir|ír)(?:me|te|se|le|les|lo|la|los|las|nos)?(?!\p{L}))/iu,
  lowerable: /^(?:me|te|se|le|les|lo|la|los|las|nos|yo|mejor|primero)(?!\p{L})/iu,
};

/** An if–then pair as a line of the plan, in English and in Spanish (the step's and the clinician's summary). */
export const ifThenEn = (pair: IfThenPair): string => ifThenLine(pair, en);
export const ifThenEs = (pair: IfThenPair): string => ifThenLine(pair, es);
