import type { Questionnaire } from '../core/types';
import type { SettingName } from './parse-settings';

/**
 * Every attribute of `<stages-quiz>` as a string: one per setting the element reads
 * (`SETTING_NAMES` in parse-settings.ts, less the iframe-only `origin`), so a new setting is an
 * attribute here too.
 */
export type StagesQuizAttributeStrings = { readonly [K in Exclude<SettingName, 'origin'>]?: string };

/** What `questionnaire` takes as a property: a questionnaire object (checked by parseQuestionnaire), a built-in id or URL, or null. */
export type StagesQuizQuestionnaireValue = Questionnaire | Readonly<Record<string, unknown>> | string | null;

/**
 * The attributes and the `questionnaire` property of `<stages-quiz>` as a framework's JSX or
 * template sees them (see stages-quiz/react, stages-quiz/preact, stages-quiz/vue): strings, with
 * the closed choices narrowed.
 */
export type StagesQuizProps = Omit<
  StagesQuizAttributeStrings,
  'lang' | 'mode' | 'persist' | 'share-words' | 'idle-minutes' | 'clear-minutes' | 'questionnaire'
> & {
  readonly lang?: 'en' | 'es';
  readonly mode?: 'self' | 'clinician';
  /** Present (or true, "session"): an unfinished quiz survives a reload in this tab. */
  readonly persist?: boolean | '' | 'session' | 'true' | 'false';
  /** Present (or true): the stages-quiz:words event carries what the person typed. */
  readonly 'share-words'?: boolean | '' | 'true' | 'false';
  readonly 'idle-minutes'?: number | `${number}`;
  readonly 'clear-minutes'?: number | `${number}`;
  readonly questionnaire?: StagesQuizQuestionnaireValue;
};
