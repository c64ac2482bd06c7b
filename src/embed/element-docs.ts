// What custom-elements.json and VS Code's HTML custom data say about <stages-quiz>: the one place
// for the element's public descriptions. scripts/custom-elements.mjs (run by `npm run build`)
// takes the NAMES from the sources (attributes: SETTING_NAMES in parse-settings.ts; parts: the
// part="…" in the components; custom properties: var(--sq-…) in the element's CSS) and the words
// from here. A new setting fails the typecheck until it has an entry in ATTRIBUTE_DOCS; a new part
// or custom property fails tests/ui/custom-elements-manifest.test.ts until it has one below.
// Data only: nothing here reaches the widget's bundles.
import type { SettingName } from './parse-settings';
import type { StagesQuizEventMap } from './stages-quiz-events';

export interface AttributeDoc {
  readonly description: string;
  /** The value's type as TypeScript would write it. */
  readonly type: string;
  /** The closed set of values, for editors' completion. */
  readonly values?: readonly string[];
  readonly default?: string;
}

/** The element itself. */
export const ELEMENT_DOC =
  'A private, accessible stages-of-change self-assessment quiz. Configure it with attributes, or give it a questionnaire object through the `questionnaire` property. Nothing is sent anywhere and nothing stored unless `persist` is set.';

/** Every attribute the element reads (SETTING_NAMES less the iframe page's `origin`). */
export const ATTRIBUTE_DOCS: Readonly<Record<Exclude<SettingName, 'origin'>, AttributeDoc>> = {
  questionnaire: {
    description: "A built-in questionnaire id (`quick`, `intake`) or a URL on the page's own origin (fetched without cookies or referrer; other origins are refused).",
    type: 'string',
    default: '"quick"',
  },
  lang: { description: "The quiz's language: en or es, or a tag that starts with one (es-MX).", type: "'en' | 'es'", values: ['en', 'es'], default: "the browser's language, else English" },
  'cta-href': { description: 'The "book a call" link shown with the result: an https:, mailto: or tel: link.', type: 'string', default: 'no call to action' },
  'cta-label': { description: 'The call-to-action text (up to 80 characters).', type: 'string', default: '"Book a free call"' },
  'cta-label-en': { description: 'The call-to-action text for a person reading English (up to 80 characters), in place of `cta-label`.', type: 'string', default: '`cta-label`' },
  'cta-label-es': { description: 'The call-to-action text for a person reading Spanish (up to 80 characters), in place of `cta-label`.', type: 'string', default: '`cta-label`' },
  crisis: {
    description: '`none` hides the crisis notice; any other text replaces it with your own (up to 300 characters).',
    type: 'string',
    default: 'the US 988 Suicide & Crisis Lifeline',
  },
  'crisis-en': { description: 'Your own crisis notice for a person reading English (up to 300 characters); a person reading Spanish gets `crisis`, or the default notice.', type: 'string', default: '`crisis`' },
  'crisis-es': { description: 'Your own crisis notice for a person reading Spanish (up to 300 characters); a person reading English gets `crisis`, or the default notice.', type: 'string', default: '`crisis`' },
  'practice-name': {
    description: 'Your practice\'s name (up to 80 characters): the call to action says who is there ("… is here to listen") and a kept result carries it.',
    type: 'string',
    default: 'none: the result names no "we"',
  },
  'share-words': {
    description:
      'Present: the stages-quiz:words event (and the iframe\'s message) hands your page what the person typed. Sensitive: their own words about their life; ask for it only if you must.',
    type: 'boolean',
    default: 'no event or message ever carries typed words',
  },
  'clear-minutes': { description: 'Clinician mode with a PIN: minutes without input before it warns, then clears the session.', type: 'number', default: '30' },
  'crisis-href': { description: 'A tel:, sms: or https: link for your own crisis notice (needs `crisis`, `crisis-en` or `crisis-es`).', type: 'string' },
  mode: {
    description: '`clinician` for clinician mode (needs stages-quiz-clinician.js or stages-quiz/element-clinician).',
    type: "'self' | 'clinician'",
    values: ['self', 'clinician'],
    default: '"self"',
  },
  persist: {
    description: 'Present: an unfinished quiz survives a reload (sessionStorage, this tab only), cleared on completion.',
    type: 'boolean',
    default: 'nothing stored',
  },
  'idle-minutes': { description: 'Clinician mode: minutes without input before it warns, then clears.', type: 'number', default: '10' },
};

/** The element's public properties. */
export const PROPERTY_DOCS = {
  questionnaire: {
    description:
      'Set: a questionnaire object (checked by the same validator as the JSON files; starts a fresh quiz), a string (the same as the attribute) or null (back to the attribute). Get: the questionnaire on screen, or null while loading or after an error (for a built-in in the website script, without the texts only the result reads, which load on demand; the whole file is questionnaire/<id>.json).',
    type: 'Questionnaire | null',
    attribute: 'questionnaire',
  },
} as const;

/** The element's events: all bubble and are composed. */
export const EVENT_DOCS: Readonly<Record<keyof StagesQuizEventMap, { readonly description: string; readonly type: string }>> = {
  'stages-quiz:start': { description: 'The person pressed Start (or Take it again). detail: { questionnaire: { id, version } }.', type: 'CustomEvent<StagesQuizStartDetail>' },
  'stages-quiz:complete': {
    description: 'The person reached the result. detail: { stage, decidedBy, scores, answers, questionnaire: { id, version }, lang, completedAt }; nothing is sent anywhere unless the host sends it.',
    type: 'CustomEvent<QuizCompletion>',
  },
  'stages-quiz:words': {
    description: 'Only with share-words: what the person typed, each time they open "In my own words" (the page that ends the next step). detail: { questionnaire, stage, lang, texts, nextStep: { parts, rulers } }.',
    type: 'CustomEvent<QuizWords>',
  },
  'stages-quiz:error': { description: 'A bad attribute or questionnaire. detail: { problems: { path, message }[] }.', type: 'CustomEvent<StagesQuizErrorDetail>' },
};

/** Every ::part() name. */
export const PART_DOCS: Readonly<Record<string, string>> = {
  root: "The widget's outer box (also the error message's).",
  error: 'The friendly message shown instead of the quiz when something is wrong.',
  loading: "The quiet \"Loading the questions…\" line shown while a host's own questionnaire is fetched and checked.",
  intro: 'The introduction screen.',
  question: 'A question screen.',
  result: 'The result screen.',
  option: 'One answer option (a choice or a point on a ruler).',
  progress: 'The progress bar.',
  'stage-diagram': 'The drawing of the five stages on the result screen.',
  guidance: 'The guidance for the stage on the result screen.',
  crisis: 'The crisis notice.',
  cta: 'The call-to-action box on the result screen.',
  'cta-link': 'The call-to-action link (also has part `button`).',
  language: 'The language switch.',
  button: 'Every button (each also has its own part name: start, next, back, retake, cta-link, ...).',
  start: 'The Start button.',
  next: 'The Next / See my result button.',
  back: 'The Back buttons.',
  retake: 'The Take it again button.',
  'retake-confirm': 'The button that confirms taking the quiz again (the answers are cleared).',
  'retake-cancel': 'The button that keeps the result instead of taking the quiz again.',
  keep: 'The result screen\'s ways to keep it (print, copy, share).',
  'keep-print': 'The Print button for keeping the result.',
  'keep-copy': 'The Copy button for keeping the result.',
  'keep-share': 'The Share button for keeping the result (where the browser can share).',
  'next-step-offer': 'The result screen\'s offer of a next step to plan.',
  'next-step': 'The button that opens the next-step planning.',
  plan: 'The "In my own words" screen that ends the next step: what the person wrote.',
  'clinician-start': 'Clinician mode: the screen where the clinician sets up the intake.',
  'clinician-notice': 'Clinician mode: on the start screen, why the last session was cleared when the clinician did not choose it (five wrong PINs).',
  history: 'Clinician mode: the start screen\'s button for earlier visits.',
  'clinician-history': 'Clinician mode: the earlier visits screen.',
  'client-words': "Clinician mode: the summary's section with the client's own words.",
  lock: 'Clinician mode: the button that locks the summary behind the PIN.',
  'clinician-locked': 'Clinician mode: the screen shown while the summary is locked.',
  unlock: "Clinician mode: the PIN entry's Unlock button.",
  'next-client-confirm': 'Clinician mode: the button that confirms Next client (the session is thrown away).',
  continue: "Clinician mode: the set-up screen's Continue button.",
  'clinician-handoff': 'Clinician mode: the screen that hands the device to the client.',
  begin: "Clinician mode: the hand-over screen's Begin button.",
  'clinician-handback': 'Clinician mode: the screen that hands the device back to the clinician.',
  'confirm-summary': "Clinician mode: the hand-back screen's Show the summary button.",
  'clinician-summary': "Clinician mode: the clinician's summary.",
  'clinician-actions': "Clinician mode: the summary's actions (print, copy, downloads).",
  'next-client': 'Clinician mode: the Next client button.',
  'idle-warning': 'Clinician mode: the warning before an idle intake is cleared.',
};

/** Every CSS custom property the element reads (they pass into the shadow root). */
export const CSS_PROPERTY_DOCS: Readonly<Record<string, { readonly description: string; readonly default: string; readonly syntax?: string }>> = {
  '--sq-accent': { description: 'Accent colour (buttons, selection, focus).', default: '#2f6f6a', syntax: '<color>' },
  '--sq-accent-contrast': { description: 'Text on the accent colour.', default: '#ffffff', syntax: '<color>' },
  '--sq-font': { description: 'Body font.', default: 'a system UI font stack' },
  '--sq-heading-font': { description: 'Heading font.', default: 'a book serif stack' },
  '--sq-radius': { description: 'Corner radius of the card, options and panels.', default: '20px', syntax: '<length>' },
  '--sq-button-radius': { description: 'Corner radius of buttons and the language switch.', default: '999px (pills)', syntax: '<length>' },
  '--sq-bg': { description: 'Background around the card.', default: '#f7f3ee', syntax: '<color>' },
  '--sq-surface': { description: "The card's background.", default: '#ffffff', syntax: '<color>' },
  '--sq-text': { description: 'Text colour.', default: '#1f2d2b', syntax: '<color>' },
  '--sq-muted': { description: 'Secondary text colour.', default: '#4d5b58', syntax: '<color>' },
  '--sq-max-width': { description: 'Widest the card grows.', default: '40em', syntax: '<length>' },
  '--sq-clin-max-width': { description: "Clinician mode: widest the clinician's summary grows.", default: '60rem', syntax: '<length>' },
};
