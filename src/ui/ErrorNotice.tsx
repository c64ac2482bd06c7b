import type { Problem } from '../core/types';
import { stringsFor } from './strings';

export interface ErrorNoticeProps {
  readonly problems: readonly Problem[];
  /** Language of the notice's own words (the problems' messages are in English). */
  readonly lang?: string;
}

/**
 * What went wrong, where: shown instead of the quiz when a questionnaire or a setting is broken,
 * so the page is never blank. Messages are rendered as text.
 */
export function ErrorNotice({ problems, lang = 'en' }: ErrorNoticeProps) {
  const strings = stringsFor(lang);
  return (
    <div class="sq sq-error-notice" lang={lang.startsWith('es') ? 'es' : 'en'} part="root error" role="alert">
      <div class="sq-card">
        <h2 class="sq-heading sq-title">{strings.errorTitle}</h2>
        <p>{strings.errorIntro}</p>
        <ul class="sq-list sq-problems">
          {problems.map((problem, i) => (
            <li key={i}>
              {problem.message}
              {problem.path && (
                <>
                  {' '}
                  <span class="sq-problem-where">
                    ({strings.errorWhere} <code>{problem.path}</code>)
                  </span>
                </>
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
