import type { Stage } from '../core/types';
import { RESULT_STRINGS_EN } from './result-strings-en';
import { RESULT_STRINGS_ES } from './result-strings-es';
import { uiLanguage } from './strings';

/**
 * The strings of the result and what follows it (the call to action, keeping the result, the
 * crisis notice, the next step's offer), apart from strings.ts so that they travel with the result
 * phase, which the website script loads on demand. `es` is typed as `ResultStrings`, so a key
 * missing in one language fails the type check.
 */
export interface ResultStrings {
  readonly resultEyebrow: string;
  readonly stageNames: Readonly<Record<Stage, string>>;
  /** The drawing's text alternative: the path, and where the person is on it. */
  readonly stagePosition: (stages: string, here: string) => string;
  readonly youAreHere: string;
  /** Around the stage's name, given as context after the reflection: [before, after]. */
  readonly stageContext: readonly [string, string];
  readonly resultDate: (date: string) => string;
  readonly helpsHeading: string;
  readonly questionsHeading: string;
  readonly rulerHeading: string;
  readonly slipHeading: string;
  readonly linksHeading: string;
  /** Before the call to action; names the practice when it has a name, never an unnamed "we". */
  readonly ctaIntro: (practice?: string) => string;
  readonly ctaDefault: string;
  readonly keepHeading: string;
  readonly keepPrint: string;
  readonly keepShare: string;
  readonly keepCopy: string;
  readonly copied: string;
  readonly copyFailed: string;
  /** The share sheet refused (not the person cancelling it): in a frame the page did not allow it, say. */
  readonly shareFailed: string;
  readonly retakeAsk: string;
  /** The same, once the person has written something in the next step (it goes too). */
  readonly retakeAskWords: string;
  readonly retakeYes: string;
  readonly retakeNo: string;
  readonly crisisHeading: string;
  readonly crisisText: string;
  readonly crisisCall: string;
  readonly crisisTextLink: string;
  readonly crisisLink: (href: string) => string;
  readonly notDiagnosis: string;
  readonly retake: string;
  /** The next step's button on the result, and its label once the person wrote something. */
  readonly nextStepOpen: string;
  readonly nextStepResume: string;
  /** The next step's code could not be loaded (clinician mode loads it on demand, for the client). */
  readonly nextStepFailed: string;
}

/**
 * Result strings for a language tag (`es-MX` → Spanish); English for anything else. The website
 * script's result part has src/embed/loaded-words.ts in place of this module: there each
 * language's strings come with that language's texts part.
 */
export function resultStringsFor(lang: string): ResultStrings {
  return uiLanguage(lang) === 'es' ? RESULT_STRINGS_ES : RESULT_STRINGS_EN;
}
