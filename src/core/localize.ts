import type { Locale, LocalizedText } from './types';

/**
 * Picks the text for a locale, falling back to the first locale the text has. Validated
 * questionnaires carry every declared locale, so the fallback only matters for partial input.
 */
export function localize(text: LocalizedText, locale: Locale): string {
  return text[locale] ?? Object.values(text)[0] ?? '';
}
