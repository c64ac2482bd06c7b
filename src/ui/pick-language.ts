import { matchLocale } from '../core/quiz-flow';
import type { Locale, Questionnaire } from '../core/types';

/**
 * The language to start in: the configured one, else the browser's preferences in order, else
 * English, each only when the questionnaire has it; failing all, the questionnaire's first locale.
 */
export function pickLanguage(
  questionnaire: Questionnaire,
  requested: string | undefined,
  browserLanguages: readonly string[] = browserPreferences(),
): Locale {
  for (const candidate of [requested, ...browserLanguages, 'en']) {
    const found = matchLocale(questionnaire, candidate);
    if (found) return found;
  }
  return questionnaire.locales[0] ?? 'en';
}

function browserPreferences(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : [];
}
