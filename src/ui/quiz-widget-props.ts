import type { ComponentType } from 'preact';
import type { Questionnaire, QuizCompletion, QuizWords } from '../core/types';

/** How the crisis notice on the result screen is shown. */
export type CrisisSetting =
  /** The 988 Lifeline; `texts`: the practice's own notice for a person reading that language (with `href`). */
  | { readonly kind: 'default'; readonly texts?: CrisisTexts; readonly href?: string }
  | { readonly kind: 'hidden' }
  /**
   * A practice's own notice: plain text, and an optional tel:, sms: or https: link; `texts` gives
   * the text for a person reading that language, in place of `text`.
   */
  | { readonly kind: 'custom'; readonly text: string; readonly href?: string; readonly texts?: CrisisTexts };

/** A practice's own crisis notice per language the widget speaks. */
export type CrisisTexts = Readonly<Partial<Record<'en' | 'es', string>>>;

/**
 * Props of the top-level widget component (`QuizWidget`), the one contract between the ui layer
 * and the embed layer (custom element, standalone page, iframe page).
 */
export interface QuizWidgetProps {
  /** An already validated questionnaire (parseQuestionnaire ran at the boundary). */
  readonly questionnaire: Questionnaire;
  /** Requested language; when the questionnaire lacks it, the widget falls back (browser, then English). */
  readonly lang?: string;
  /** "Book a free call" link and label; no call to action without an href. */
  readonly ctaHref?: string;
  readonly ctaLabel?: string;
  /** The label for a person reading that language, in place of `ctaLabel` (a bilingual practice's own words). */
  readonly ctaLabels?: Readonly<Partial<Record<'en' | 'es', string>>>;
  /** The practice's name: on the call to action ("… is here to listen") and the kept result. */
  readonly practiceName?: string;
  readonly crisis?: CrisisSetting;
  /** `clinician` runs the intake flow (hand-over, summary, exports). Default `self`. */
  readonly mode?: 'self' | 'clinician';
  /**
   * The clinician intake view (src/ui/clinician/ClinicianIntake), injected by the entry that wants
   * clinician mode, so builds without it (the website script) carry none of its code. Without it,
   * `mode: 'clinician'` is a render error (for the embedding's error boundary), never self mode.
   */
  readonly clinicianView?: ComponentType<QuizWidgetProps>;
  /** Minutes without input before clinician mode warns, then clears. Default 10. */
  readonly idleMinutes?: number;
  /** Clinician mode with a PIN: minutes without input before a finished intake is cleared (it locks after idleMinutes). Default 30. */
  readonly clearMinutes?: number;
  /** Opt-in persistence: a snapshot to resume from, and a callback on every change (null when finished). */
  readonly initialSnapshot?: unknown;
  readonly onSnapshot?: (snapshot: unknown | null) => void;
  readonly onStart?: () => void;
  readonly onComplete?: (completion: QuizCompletion) => void;
  /**
   * The host's opt-in (`share-words`) to receive what the person typed. Without it `onWords`
   * is never called and no callback carries typed words.
   */
  readonly shareWords?: boolean;
  /** With `shareWords`: the person's typed words, each time they open "My plan". */
  readonly onWords?: (words: QuizWords) => void;
  /** The person picked another language inside the widget. */
  readonly onLanguageChange?: (lang: string) => void;
}
