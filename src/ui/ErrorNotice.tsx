import { useEffect } from 'preact/hooks';
import type { Problem } from '../core/types';
import { uiLanguage } from './strings';

/** The notice's words (the website script's element has its own: src/embed/render-embed-error.ts). */
const WORDS = {
  en: { title: 'This quiz can’t be shown right now', intro: 'Sorry about that. The site’s owner can find the details in the browser console.' },
  es: {
    title: 'Ahora mismo no podemos mostrar este cuestionario',
    intro: 'Lo sentimos. Quien administra el sitio puede ver los detalles en la consola del navegador.',
  },
} as const;

export interface ErrorNoticeProps {
  readonly problems: readonly Problem[];
  /** Language of the notice's own words. */
  readonly lang?: string;
}

/**
 * Shown instead of the quiz when a questionnaire or a setting is broken, so the page is never
 * blank: a short human message for the visitor. What is wrong, and where, goes to the console for
 * the site's owner (visitors never see developer text).
 */
export function ErrorNotice({ problems, lang = 'en' }: ErrorNoticeProps) {
  const own = uiLanguage(lang);
  const words = WORDS[own];
  useEffect(() => {
    console.error('stages-quiz: the quiz cannot be shown.\n' + problems.map((p) => `  ${p.path}: ${p.message}`).join('\n'), problems);
  }, [problems]);
  return (
    <div class="sq sq-error-notice" lang={own} part="root error" role="alert">
      <div class="sq-card">
        <h2 class="sq-heading sq-title">{words.title}</h2>
        <p>{words.intro}</p>
      </div>
    </div>
  );
}
