import { useEffect } from 'preact/hooks';
import type { Problem } from '../core/types';
import { stringsFor } from './strings';

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
  const strings = stringsFor(lang);
  useEffect(() => {
    console.error('stages-quiz: the quiz cannot be shown.\n' + problems.map((p) => `  ${p.path}: ${p.message}`).join('\n'), problems);
  }, [problems]);
  return (
    <div class="sq sq-error-notice" lang={lang.startsWith('es') ? 'es' : 'en'} part="root error" role="alert">
      <div class="sq-card">
        <h2 class="sq-heading sq-title">{strings.errorTitle}</h2>
        <p>{strings.errorIntro}</p>
      </div>
    </div>
  );
}
