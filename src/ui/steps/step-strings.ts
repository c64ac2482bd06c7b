import type { IfThenPair } from '../../core/steps/step-responses';
import { uiLanguage } from '../strings';
import { STEP_STRINGS_EN } from './step-strings-en';
import { STEP_STRINGS_ES } from './step-strings-es';

/**
 * The next step's own words (the questionnaire supplies the prompts). They live with the steps,
 * not in ui/strings.ts, so a page that never opens a step never loads them.
 */
export interface StepStrings {
  readonly partOf: (position: number, total: number) => string;
  readonly rulerHeading: string;
  readonly rulerHelp: string;
  readonly yourAnswer: string;
  readonly back: string;
  readonly next: string;
  readonly skip: string;
  readonly seePlan: string;
  readonly stopHere: string;
  readonly stopNote: string;
  readonly privacy: string;
  /** In place of `privacy` when the host receives what the person writes (share-words): they are told before they write. */
  readonly privacyShared: string;
  readonly charsLeft: (left: number, max: number) => string;
  readonly chooseUpTo: (max: number) => string;
  readonly chosen: (n: number, max: number) => string;
  readonly box: (n: number) => string;
  readonly pair: (n: number) => string;
  readonly ifLabel: string;
  readonly thenLabel: string;
  readonly ifThen: (pair: IfThenPair) => string;
  readonly planHeading: string;
  readonly planEmpty: string;
  readonly planNote: string;
  /** In place of `planNote` under share-words. */
  readonly planNoteShared: string;
  readonly changeWords: string;
  /** The same button when nothing was written: back to the questions. */
  readonly writeWords: string;
  readonly backToResult: string;
  readonly ctaBring: string;
  /** The heading over the keep actions (their labels are the result's: ui/strings.ts). */
  readonly keepHeading: string;
  /** Clinician mode: the client ends the step (then hands the device back). */
  readonly done: string;
  readonly stopClient: string;
}

/**
 * The step's words for a language tag (`es-MX` → Spanish); English for anything else. The website
 * script's result part has src/embed/loaded-words.ts in place of this module (see result-strings.ts).
 */
export function stepStringsFor(lang: string): StepStrings {
  return uiLanguage(lang) === 'es' ? STEP_STRINGS_ES : STEP_STRINGS_EN;
}
