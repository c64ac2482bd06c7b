// The website script's `result` part has this module in place of ui/result-strings.ts and
// ui/steps/step-strings.ts (vite.embed.config.ts): there the result's and the next step's words come
// with the person's language's part (stages-quiz-texts-<lang>.js with `quick`'s texts, or
// stages-quiz-words-<lang>.js for a host's own questionnaire), so a visitor loads one language's
// words, not both. result-part-website.ts adds each language's words as its part arrives and
// renders the result only after that.
import type { ResultStrings } from '../ui/result-strings';
import type { StepStrings } from '../ui/steps/step-strings';
import { uiLanguage, type UiLanguage } from '../ui/strings';

/** One language's words for the result and the next step: what a words or texts part exports as `words`. */
export interface Words {
  readonly result: ResultStrings;
  readonly step: StepStrings;
}

const loaded: Partial<Record<UiLanguage, Words>> = {};
let latest: Words | undefined;

/** Called as a language's part arrives. */
export function addWords(lang: UiLanguage, words: Words): void {
  loaded[lang] = latest = words;
}

/**
 * A language's words once its part is here; until then the last language's, so the screen stays as
 * it was while a switch of language loads (result-part-website.ts keeps the last texts the same way).
 */
function wordsFor(lang: string): Words {
  const words = loaded[uiLanguage(lang)] ?? latest;
  // The result part renders nothing that reads words before a part with them has arrived.
  if (!words) throw new Error(`stages-quiz: the words for "${lang}" are not loaded`);
  return words;
}

export const resultStringsFor = (lang: string): ResultStrings => wordsFor(lang).result;
export const stepStringsFor = (lang: string): StepStrings => wordsFor(lang).step;
