import { localize } from '../localize';
import type { AnswerValue, Item, Locale, Questionnaire } from '../types';

/** An answer as a code, its text in one language, and its score when it has one. */
export interface AnswerCode {
  readonly code: string;
  readonly display: string;
  /** The option's score (choice) or value (agreement); undefined when unscored. */
  readonly weight?: number;
}

/**
 * The options of a coded item (choice or agreement) as codes, in display order; [] for rulers.
 * Agreement codes are the option values as strings.
 */
export function answerCodes(questionnaire: Questionnaire, item: Item, lang: Locale): readonly AnswerCode[] {
  if (item.type === 'choice') {
    return item.options.map((o) => ({
      code: o.value,
      display: localize(o.label, lang),
      ...(o.score === undefined ? {} : { weight: o.score }),
    }));
  }
  if (item.type === 'agreement') {
    const set = questionnaire.responseSets?.[item.responseSet];
    return (set?.options ?? []).map((o) => ({ code: String(o.value), display: localize(o.label, lang), weight: o.value }));
  }
  return [];
}

/** The code of one answer to a coded item, or undefined when the answer is not one of its options. */
export function answerCode(
  questionnaire: Questionnaire,
  item: Item,
  value: AnswerValue,
  lang: Locale,
): AnswerCode | undefined {
  return answerCodes(questionnaire, item, lang).find((c) => c.code === String(value));
}

/** An answer as text a person reads: the option's label, or the ruler's number. */
export function answerDisplay(questionnaire: Questionnaire, item: Item, value: AnswerValue, lang: Locale): string {
  if (item.type === 'ruler') return String(value);
  return answerCode(questionnaire, item, value, lang)?.display ?? String(value);
}
