import type { Questionnaire } from '../core/types';
import { pickLanguage } from '../ui/pick-language';

/**
 * For a page that is the quiz's own (the standalone page, the frame): sets its `<html lang>` and
 * its tab's title to the language the widget starts in, and returns the function that keeps them
 * following the person's switch of language. A screen reader reads the page's title and any text
 * outside the widget in the page's language, so it must not stay English under a Spanish quiz.
 */
export function followPageLanguage(questionnaire: Questionnaire, requested: string | undefined): (lang: string) => void {
  const follow = (lang: string) => {
    document.documentElement.lang = lang;
    document.title = questionnaire.title[lang] ?? document.title;
  };
  follow(pickLanguage(questionnaire, requested));
  return follow;
}
