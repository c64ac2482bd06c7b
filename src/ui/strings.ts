import { STAGE_NAMES } from '../core/stage-names';
import type { Stage } from '../core/types';

/**
 * Every string the widget itself shows (questionnaire texts come from the questionnaire).
 * `es` is typed as `UiStrings`, so a key missing in one language fails the type check.
 */
export interface UiStrings {
  readonly languageLabel: string;
  /** Each language's name in that language, shown in the language switch. */
  readonly languageNames: Readonly<Record<UiLanguage, string>>;
  readonly introEyebrow: string;
  readonly minutes: (n: number) => string;
  readonly privacy: string;
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
  readonly resultEyebrow: string;
  readonly stageNames: Readonly<Record<Stage, string>>;
  readonly stagePosition: (position: number, total: number, name: string) => string;
  readonly youAreHere: string;
  readonly helpsHeading: string;
  readonly questionsHeading: string;
  readonly rulerHeading: string;
  readonly slipHeading: string;
  readonly linksHeading: string;
  readonly ctaIntro: string;
  readonly ctaDefault: string;
  readonly crisisHeading: string;
  readonly crisisText: string;
  readonly crisisCall: string;
  readonly crisisTextLink: string;
  readonly crisisLink: (href: string) => string;
  readonly notDiagnosis: string;
  readonly retake: string;
  readonly changeAnswers: string;
  readonly errorTitle: string;
  readonly errorIntro: string;
  readonly errorWhere: string;
  readonly loading: string;
}

/** The languages the widget's own strings come in. */
export type UiLanguage = 'en' | 'es';

const en: UiStrings = {
  languageLabel: 'Language',
  languageNames: { en: 'English', es: 'Español' },
  introEyebrow: 'A quiet moment for yourself',
  minutes: (n) => (n === 1 ? 'About 1 minute' : `About ${n} minutes`),
  privacy: 'Your answers stay on this device. Nothing is sent anywhere.',
  start: 'Start',
  progress: (position, total) => `Question ${position} of ${total}`,
  optional: 'Optional: you can skip this one.',
  back: 'Back',
  next: 'Next',
  seeResult: 'See my result',
  required: 'Please choose an answer to continue.',
  undecidable: 'Sorry, this quiz can’t work out a result from these answers. That’s a problem with the quiz, not with you; please let the site know.',
  rulerEnds: 'means',
  resultEyebrow: 'Where you are right now',
  stageNames: STAGE_NAMES.en,
  stagePosition: (position, total, name) => `You are at stage ${position} of ${total}: ${name.toLowerCase()}`,
  youAreHere: 'You are here',
  helpsHeading: 'What tends to help now',
  questionsHeading: 'Questions to sit with',
  rulerHeading: 'About the numbers you chose',
  slipHeading: 'If you slip',
  linksHeading: 'To read more',
  ctaIntro: 'If you would like to talk it through with someone, we are here.',
  ctaDefault: 'Book a free call',
  crisisHeading: 'If you are in crisis',
  crisisText:
    'If you are thinking about hurting yourself, or you need to talk to someone right now, you can call or text 988, the Suicide & Crisis Lifeline (US). It is free and open day and night.',
  crisisCall: 'Call 988',
  crisisTextLink: 'Text 988',
  crisisLink: (href) => (href.startsWith('tel:') ? `Call ${href.slice(4)}` : href.startsWith('sms:') ? `Text ${href.slice(4)}` : 'Get help now'),
  notDiagnosis:
    'This is a tool for reflection, not a diagnosis, and it does not replace care from a professional.',
  retake: 'Take it again',
  changeAnswers: 'Change my answers',
  errorTitle: 'The quiz cannot be shown',
  errorIntro: 'Something in its set-up needs fixing:',
  errorWhere: 'at',
  loading: 'Loading…',
};

const es: UiStrings = {
  languageLabel: 'Idioma',
  languageNames: { en: 'English', es: 'Español' },
  introEyebrow: 'Un momento tranquilo para ti',
  minutes: (n) => (n === 1 ? 'Más o menos 1 minuto' : `Más o menos ${n} minutos`),
  privacy: 'Tus respuestas se quedan en este dispositivo. No se envían a ningún lado.',
  start: 'Empezar',
  progress: (position, total) => `Pregunta ${position} de ${total}`,
  optional: 'Opcional: te la puedes saltar.',
  back: 'Atrás',
  next: 'Siguiente',
  seeResult: 'Ver mi resultado',
  required: 'Por favor, elige una respuesta para continuar.',
  undecidable: 'Lo sentimos, este cuestionario no puede dar un resultado con estas respuestas. Es un problema del cuestionario, no tuyo; avísale al sitio, por favor.',
  rulerEnds: 'quiere decir',
  resultEyebrow: 'Dónde estás ahora',
  stageNames: STAGE_NAMES.es,
  stagePosition: (position, total, name) => `Estás en la etapa ${position} de ${total}: ${name.toLowerCase()}`,
  youAreHere: 'Estás aquí',
  helpsHeading: 'Lo que suele ayudar ahora',
  questionsHeading: 'Preguntas para pensar con calma',
  rulerHeading: 'Sobre los números que elegiste',
  slipHeading: 'Si tienes un tropiezo',
  linksHeading: 'Para leer más',
  ctaIntro: 'Si te gustaría hablarlo con alguien, aquí estamos.',
  ctaDefault: 'Agenda una llamada gratis',
  crisisHeading: 'Si estás en crisis',
  crisisText:
    'Si estás pensando en hacerte daño o necesitas hablar con alguien ahora mismo, puedes llamar o mandar un mensaje de texto al 988, la Línea de Prevención del Suicidio y Crisis (EE. UU.). Es gratis, atiende de día y de noche y tiene servicio en español.',
  crisisCall: 'Llamar al 988',
  crisisTextLink: 'Mandar un texto al 988',
  crisisLink: (href) =>
    href.startsWith('tel:') ? `Llamar al ${href.slice(4)}` : href.startsWith('sms:') ? `Mandar un texto al ${href.slice(4)}` : 'Buscar ayuda ahora',
  notDiagnosis:
    'Esta es una herramienta para reflexionar, no un diagnóstico, y no sustituye la atención de un profesional.',
  retake: 'Hacerlo otra vez',
  changeAnswers: 'Cambiar mis respuestas',
  errorTitle: 'No se puede mostrar el cuestionario',
  errorIntro: 'Hay que corregir algo en su configuración:',
  errorWhere: 'en',
  loading: 'Cargando…',
};

/** The widget's strings in each language it speaks. */
export const STRINGS: Readonly<Record<UiLanguage, UiStrings>> = { en, es };

/** Strings for a language tag (`es-MX` → Spanish); English for anything else. */
export function stringsFor(lang: string): UiStrings {
  return lang.toLowerCase().split('-')[0] === 'es' ? es : en;
}
