import { localize } from './localize';
import type { Answers, ChoiceItem, Locale, Questionnaire, TypedTexts } from './types';

/**
 * What each declared placeholder reads as for these answers: the words the person typed for a
 * chosen free-text option (in quotation marks: they are theirs), else the chosen option's `phrase`
 * (or its label), else the placeholder's fallback. Pass counted answers (hidden items left out).
 */
export function placeholderValues(questionnaire: Questionnaire, answers: Answers, texts: TypedTexts, lang: Locale): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, placeholder] of Object.entries(questionnaire.placeholders ?? {})) {
    const item = questionnaire.items.find((i): i is ChoiceItem => i.id === placeholder.item && i.type === 'choice');
    const option = item?.options.find((o) => o.value === answers[placeholder.item]);
    const typed = option?.freeText ? withoutEndPunctuation(typedText(texts, placeholder.item)) : '';
    values[name] = typed
      ? `“${typed}”`
      : option && !option.freeText
        ? localize(option.phrase ?? option.label, lang)
        : localize(placeholder.fallback, lang);
  }
  return values;
}

/** The person's words for an item, trimmed and with runs of white space made single. */
export function typedText(texts: TypedTexts, item: string): string {
  return Object.hasOwn(texts, item) ? (texts[item] ?? '').replace(/\s+/g, ' ').trim() : '';
}

/**
 * Words without the full stop or comma they end with, for a sentence of ours that goes on after
 * them ("When it comes to “gambling online”, …", "If I'm tired, I will …").
 */
export function withoutEndPunctuation(text: string): string {
  return text.trim().replace(/[\s.,;:…]+$/u, '');
}

/**
 * The words typed for the options chosen, by question id: only where the chosen option has a text
 * box and the words are not blank (words typed, then another option chosen, do not count).
 */
export function chosenTypedTexts(questionnaire: Questionnaire, answers: Answers, texts: TypedTexts): TypedTexts {
  const chosen: Record<string, string> = {};
  for (const item of questionnaire.items) {
    if (item.type !== 'choice' || !item.options.some((o) => o.freeText && o.value === answers[item.id])) continue;
    const words = typedText(texts, item.id);
    if (words) chosen[item.id] = words;
  }
  return chosen;
}
