import { ifThenLine, type IfThenWords } from '../../core/steps/if-then-line';
import type { IfThenPair } from '../../core/steps/step-responses';

// The boxes say "If…" / "I will…" (step-strings.ts); these are the openings people type again.
const en: IfThenWords = {
  if: 'If',
  both: (cond, b) => `${cond}, I will ${b}.`,
  thenOnly: (b) => `I will ${b}.`,
  ifOpener: /^if\b[\s,.…]*/iu,
  ifCloser: /[\s,]+then$/iu,
  thenOpener: /^(?:then\b[\s,.…]*)?(?:(?:i\s+)?will\b[\s,.…]*|i['’]?ll\b[\s,.…]*)?/iu,
  // "When…", and a time or a place that opens the line as well as "If" would: "After dinner", "At parties".
  ownOpener: /^(?:when(?:ever)?|after|before|once|as soon as|every|each|next time|in|at|on|during)\b/iu,
  // "I'm going to…", "I'd…", "we'll…", "my partner…", "don't…", "instead…": a clause of their own.
  ownClause: /^(?:i|im|ive|id|we|my|our|won['’]?t|don['’]?t|instead)(?:['’]\p{L}+)?(?!\p{L})/iu,
  lowerable: /^(?:we|my|our|your|his|her|their|it|it['’]s|its|the|a|an|they|he|she|you|someone|somebody|people|there|this|that|work|won['’]?t|don['’]?t|instead)(?!\p{L})/iu,
};

// "no tomar" reads "no voy a tomar", not "voy a no tomar" (and "nunca", "ya no", "jamás" the same).
const voyA = (b: string) => b.replace(/^(?:((?:no|nunca|ya no|jamás)(?!\p{L}))\s*)?/iu, (_, neg: string | undefined) => (neg ? `${neg.toLowerCase()} voy a ` : 'voy a '));

const es: IfThenWords = {
  if: 'Si',
  both: (cond, b) => `${cond}, ${voyA(b)}.`,
  thenOnly: (b) => `${voyA(b).replace(/^./u, (c) => c.toUpperCase())}.`,
  ifOpener: /^si(?!\p{L})[\s,.…]*/iu,
  ifCloser: /[\s,]+entonces$/iu,
  thenOpener: /^(?:entonces(?!\p{L})[\s,.…]*)?(?:voy a(?!\p{L})[\s,.…]*)?/iu,
  // "Cuando salga tarde…" needs its own word: "Si salga tarde" would not be Spanish.
  ownOpener: /^(?:cuando|después|antes|en cuanto|cada|al|durante)(?!\p{L})/iu,
  // The box says "Voy a…", so what follows is an infinitive (caminar, pedirle, dárselo), maybe after
  // "no"; any other first word ("Me voy a…", "pediré", "yo…") makes a clause of their own.
  ownClause: /^(?!(?:(?:no|nunca|ya no|jamás)\s+)?\p{L}*(?:ar|er|ir|ár|ér|ír)(?:me|te|se|le|les|lo|la|los|las|nos){0,2}(?!\p{L}))/iu,
  // Pronouns and articles, common first verbs of a moment ("estoy", "llego"), and a verb in the future
  // ("intentaré", "saldré"): never a name.
  lowerable: /^(?:me|te|se|le|les|lo|la|los|las|nos|yo|mi|mis|tu|tus|su|sus|el|un|una|alguien|estoy|tengo|llego|siento|salgo|veo|hay|ando|mejor|primero|\p{L}+r(?:é|á|ás|emos|án))(?!\p{L})/iu,
};

/** An if–then pair as a line of the plan, in English and in Spanish (the step's and the clinician's summary). */
export const ifThenEn = (pair: IfThenPair): string => ifThenLine(pair, en);
export const ifThenEs = (pair: IfThenPair): string => ifThenLine(pair, es);
