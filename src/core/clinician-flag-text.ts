import type { SummaryFlag, SummaryQuestionRef } from './clinician-summary';
import { fillTemplate } from './fill-template';

/** The words of the flag sentences (part of `SummaryStrings`), one language. */
export interface FlagStrings {
  /** A scale left without a score: `{score}` (its label), `{items}` (question references). */
  readonly flagIncomplete: string;
  /** A scale scored from fewer answers than it has: `{score}`, `{items}`. */
  readonly flagProrated: string;
  /** A scale's reverse-scored questions: `{score}`, `{items}`. */
  readonly flagReverse: string;
  /** A question in the Answers list: `{number}`, `{question}` (shortened text). */
  readonly questionRef: string;
  /** A question the client was not shown, so it has no number: `{question}`. */
  readonly questionNotShown: string;
}

/** How long a shortened question's text may be, before its ellipsis. */
export const SHORT_QUESTION_LENGTH = 48;

/**
 * How much longer than that a text may be and still be kept whole: cutting a few words saves
 * little room and can drop the one that matters ("… this change or not").
 */
export const SHORT_QUESTION_SLACK = 12;

/**
 * A question's text short enough to list several in one sentence: whole (less a closing full
 * stop) when it fits in
 * `max + slack` characters, otherwise cut at the last word boundary within `max`, trailing
 * punctuation dropped, and an ellipsis added (a single over-long word is cut where it must be).
 */
export function shortQuestion(text: string, max: number = SHORT_QUESTION_LENGTH, slack: number = SHORT_QUESTION_SLACK): string {
  // A closing full stop is dropped: the text sits in quotes inside a longer sentence.
  const whole = text.trim().replace(/\s+/g, ' ').replace(/(?<!\.)\.$/, '');
  if (whole.length <= max + slack) return whole;
  const room = whole.slice(0, max + 1);
  const space = room.lastIndexOf(' ');
  const cut = space > 0 ? room.slice(0, space) : whole.slice(0, max);
  return `${cut.replace(/[\s,;:.!?¡¿—–-]+$/u, '')}…`;
}

/** One question as a flag names it, e.g. `question 7, “I can see ways my life would be better with…”`. */
export function questionRefText(ref: SummaryQuestionRef, s: FlagStrings): string {
  const question = shortQuestion(ref.question);
  return ref.number === null ? fillTemplate(s.questionNotShown, { question }) : fillTemplate(s.questionRef, { number: ref.number, question });
}

/**
 * One flag as a sentence, naming its questions by number and short text. The references are
 * joined by semicolons, because each one already holds a comma and often one inside its quote.
 */
export function flagText(flag: SummaryFlag, s: FlagStrings): string {
  const items = flag.questions.map((ref) => questionRefText(ref, s)).join('; ');
  const template = flag.kind === 'reverse-keyed' ? s.flagReverse : flag.kind === 'incomplete' ? s.flagIncomplete : s.flagProrated;
  return fillTemplate(template, { score: flag.label, items });
}
