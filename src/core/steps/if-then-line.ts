import { withoutEndPunctuation } from '../placeholder-values';
import type { IfThenPair } from './step-responses';

/** How an if–then pair reads in one language. */
export interface IfThenWords {
  /** The word that opens the line: "If". */
  readonly if: string;
  /** Both halves, the first with its opening word: e.g. (cond, b) => `${cond}, I will ${b}.` */
  readonly both: (cond: string, b: string) => string;
  readonly thenOnly: (b: string) => string;
  /**
   * The boxes are labelled "If…" and "I will…", so many people type those words again: matched at
   * the start of a half in any case, they are dropped ("If", "I'll").
   */
  readonly ifOpener: RegExp;
  /** A "then" some people end the first half with ("If I'm stressed, then"): the line puts its own. */
  readonly ifCloser: RegExp;
  /** May open with "then" as well ("then I will …"). */
  readonly thenOpener: RegExp;
  /** An opening of the person's own ("When …"): kept, in place of the line's "If". */
  readonly ownOpener: RegExp;
  /**
   * A second half that already says who acts ("I'm going to…", "Me voy a…", "pediré…"): kept as
   * the person wrote it, with no "I will" put before it.
   */
  readonly ownClause: RegExp;
  /**
   * Opening words that are never a name ("we", "my", "me"): lowered after "If" or the comma, where a
   * capital the person (or their phone) typed would land mid-sentence. Any other capital stays: it
   * may be a name.
   */
  readonly lowerable: RegExp;
}

/**
 * One if–then pair as a line in the person's own words ("If I'm offered a drink, I will ask for a
 * soda."), never "If If …, I will I will …..": the opening words a person typed again, and the
 * punctuation at the end of each half, give way to the line's own.
 */
export function ifThenLine(pair: IfThenPair, words: IfThenWords): string {
  const a = ending(ending(pair.if).replace(words.ifCloser, ''));
  const b = dropOpener(ending(pair.then), words.thenOpener);
  const own = words.ownClause.test(b);
  const lower = (text: string) => (words.lowerable.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);
  // Where the line puts its own "I will" before their words, those start with a verb, never a name:
  // a capital goes ("I will Go for a walk"), an acronym stays ("AA").
  const verb = (text: string) => text.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
  if (!a) return !b ? '' : own ? `${capital(b)}.` : words.thenOnly(verb(b));
  const cond = words.ownOpener.test(a) ? capital(a) : `${words.if} ${lower(dropOpener(a, words.ifOpener))}`;
  if (!b) return `${cond}…`;
  return own ? `${cond}, ${lower(b)}.` : words.both(cond, verb(b));
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Without the punctuation at the end, "!" and "?" too: the line puts its own. */
const ending = (text: string) => withoutEndPunctuation(text.trim().replace(/[!?¡¿]+$/u, ''));

/** Without the opening words; kept whole when they are all there is. */
function dropOpener(text: string, opener: RegExp): string {
  return text.replace(opener, '').trim() || text;
}
