/**
 * The strings the widget's first screens show (questionnaire texts come from the questionnaire);
 * the result's own are in result-strings.ts, which travels with the result phase.
 * `es` is typed as `UiStrings`, so a key missing in one language fails the type check.
 */
export interface UiStrings {
  readonly languageLabel: string;
  /** Each language's name in that language, shown in the language switch. */
  readonly languageNames: Readonly<Record<UiLanguage, string>>;
  readonly introEyebrow: string;
  readonly minutes: (n: number) => string;
  readonly privacy: string;
  /** In place of `privacy` when the host receives what the person writes in the next step (share-words). */
  readonly privacyShared: string;
  readonly start: string;
  readonly progress: (position: number, total: number) => string;
  readonly optional: string;
  readonly back: string;
  readonly next: string;
  readonly seeResult: string;
  readonly required: string;
  /** Every question answered and still no result: a fault in the questionnaire, said plainly. */
  readonly undecidable: string;
  /** Read out between a ruler's end number and its label ("0 means Not at all"). */
  readonly rulerEnds: string;
  readonly changeAnswers: string;
  readonly loading: string;
  /** The result's own code could not be loaded (a connection dropped): nothing is lost, try again. */
  readonly resultFailed: string;
  readonly tryAgain: string;
}

/** The languages the widget's own strings come in. */
export type UiLanguage = 'en' | 'es';

const en: UiStrings = {
  languageLabel: 'Language',
  languageNames: { en: 'English', es: 'Español' },
  introEyebrow: 'A quiet moment for yourself',
  minutes: (n) => (n === 1 ? 'About 1 minute' : `About ${n} minutes`),
  privacy: 'Your answers stay on this device. Nothing is sent anywhere.',
  privacyShared: 'Your answers stay on this device. What you write later is shared with this website.',
  start: 'Start',
  progress: (position, total) => `Question ${position} of ${total}`,
  optional: 'Optional: you can skip this one.',
  back: 'Back',
  next: 'Next',
  seeResult: 'See my result',
  required: 'Choose whichever answer fits best, then go on.',
  undecidable: 'Sorry, this quiz can’t work out a result from these answers. That’s a problem with the quiz, not with you; please let the site’s owner know.',
  rulerEnds: 'means',
  changeAnswers: 'Change my answers',
  loading: 'Loading…',
  resultFailed: 'Your result could not be shown just now, maybe the connection dropped. Your answers are still here.',
  tryAgain: 'Try again',
};

const es: UiStrings = {
  languageLabel: 'Idioma',
  languageNames: { en: 'English', es: 'Español' },
  introEyebrow: 'Un momento tranquilo para ti',
  minutes: (n) => (n === 1 ? 'Más o menos 1 minuto' : `Más o menos ${n} minutos`),
  privacy: 'Tus respuestas se quedan en este dispositivo. No se envían a ningún lado.',
  privacyShared: 'Tus respuestas se quedan en este dispositivo. Lo que escribas después se comparte con este sitio web.',
  start: 'Empezar',
  progress: (position, total) => `Pregunta ${position} de ${total}`,
  optional: 'Opcional: te la puedes saltar.',
  back: 'Atrás',
  next: 'Siguiente',
  seeResult: 'Ver mi resultado',
  required: 'Elige la respuesta que más se acerque y sigue.',
  undecidable: 'Lo sentimos, este cuestionario no puede dar un resultado con estas respuestas. Es un problema del cuestionario, no tuyo; por favor, avísale a quien administra esta página.',
  rulerEnds: 'quiere decir',
  changeAnswers: 'Cambiar mis respuestas',
  loading: 'Cargando…',
  resultFailed: 'No pudimos mostrar tu resultado en este momento; tal vez se cortó la conexión. Tus respuestas siguen aquí.',
  tryAgain: 'Intentar de nuevo',
};

/** The widget's strings in each language it speaks. */
export const STRINGS: Readonly<Record<UiLanguage, UiStrings>> = { en, es };

/** The language the widget speaks for a language tag: `es-MX` → Spanish; English for anything else. */
export function uiLanguage(lang: string): UiLanguage {
  return lang.toLowerCase().split('-')[0] === 'es' ? 'es' : 'en';
}

/** Strings for a language tag (`es-MX` → Spanish); English for anything else. */
export function stringsFor(lang: string): UiStrings {
  return STRINGS[uiLanguage(lang)];
}
