import type { Ref } from 'preact';
import { localize } from '../core/localize';
import type { Questionnaire } from '../core/types';
import type { UiStrings } from './strings';

export interface IntroScreenProps {
  readonly questionnaire: Questionnaire;
  readonly lang: string;
  readonly strings: UiStrings;
  readonly headingRef?: Ref<HTMLHeadingElement>;
  readonly onStart: () => void;
  /** The host receives what the person writes in the next step (share-words): the privacy line says so. */
  readonly wordsShared?: boolean;
}

/** What this is, how long it takes, that answers stay on the device, and Start. */
export function IntroScreen({ questionnaire, lang, strings, headingRef, onStart, wordsShared }: IntroScreenProps) {
  const paragraphs = localize(questionnaire.introduction, lang)
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <section class="sq-screen sq-intro" part="intro">
      <p class="sq-eyebrow">{strings.introEyebrow}</p>
      <h2 class="sq-heading sq-title" tabIndex={-1} ref={headingRef}>
        {localize(questionnaire.title, lang)}
      </h2>
      {paragraphs.map((p, i) => (
        <p key={i} class="sq-lead">
          {p}
        </p>
      ))}
      <ul class="sq-facts">
        {questionnaire.estimatedMinutes !== undefined && (
          <li class="sq-fact">
            <svg class="sq-fact-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
              <circle cx="12" cy="12" r="9" />
              <path d="M12 7v5l3 2" />
            </svg>
            {strings.minutes(questionnaire.estimatedMinutes)}
          </li>
        )}
        <li class="sq-fact">
          <svg class="sq-fact-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            <rect x="5" y="10.5" width="14" height="10" rx="2.5" />
            <path d="M8.5 10.5V8a3.5 3.5 0 0 1 7 0v2.5" />
          </svg>
          {wordsShared ? strings.privacyShared : strings.privacy}
        </li>
      </ul>
      <div class="sq-actions sq-actions-start">
        <button type="button" class="sq-button sq-button-primary" part="button start" onClick={onStart}>
          {strings.start}
        </button>
      </div>
    </section>
  );
}
