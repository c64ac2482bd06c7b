import { STAGE_NAMES } from '../core/stage-names';
import type { Stage } from '../core/types';
import type { UiLanguage } from './strings';

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

const en: ResultStrings = {
  resultEyebrow: 'Where you are right now',
  stageNames: STAGE_NAMES.en,
  stagePosition: (stages, here) => `A path that people move along, and often come back along: ${stages}. You are at ${here}.`,
  youAreHere: 'You are here',
  stageContext: ['This is what people who study change call ', '.'],
  resultDate: (date) => `Your result, ${date}`,
  helpsHeading: 'What tends to help now',
  questionsHeading: 'Questions to sit with',
  rulerHeading: 'About the numbers you chose',
  slipHeading: 'If you slip',
  linksHeading: 'To read more',
  ctaIntro: (practice) =>
    practice ? `If you'd like to talk it through with someone, ${practice} is here to listen.` : "If you'd like to talk it through with someone:",
  ctaDefault: 'Book a free call',
  keepHeading: 'Keep this for yourself',
  keepPrint: 'Save or print',
  keepShare: 'Share or email',
  keepCopy: 'Copy',
  copied: 'Copied. You can paste it wherever you like.',
  copyFailed: 'Copying did not work here. Save or print works too.',
  retakeAsk: 'Start over? Your answers and this result will be cleared from the screen.',
  retakeAskWords: 'Start over? Your answers, this result and what you wrote will be cleared from the screen.',
  retakeYes: 'Yes, start over',
  retakeNo: 'Keep my result',
  crisisHeading: 'If you are in crisis',
  crisisText:
    'If you are thinking about hurting yourself, or you need to talk to someone right now, you can call or text 988, the Suicide & Crisis Lifeline (US). It is free and open day and night.',
  crisisCall: 'Call 988',
  crisisTextLink: 'Text 988',
  crisisLink: (href) => (href.startsWith('tel:') ? `Call ${href.slice(4)}` : href.startsWith('sms:') ? `Text ${href.slice(4)}` : 'Get help now'),
  notDiagnosis:
    'This is a tool for reflection, not a diagnosis, and it does not replace care from a professional.',
  retake: 'Take it again',
  nextStepOpen: 'Put it in my own words',
  nextStepResume: 'Back to what I wrote',
  nextStepFailed: 'This part could not be opened just now. Nothing you answered is lost.',
};

const es: ResultStrings = {
  resultEyebrow: 'Dónde estás ahora',
  stageNames: STAGE_NAMES.es,
  stagePosition: (stages, here) => `Un camino por el que las personas avanzan, y por el que muchas veces regresan: ${stages}. Estás en ${here}.`,
  youAreHere: 'Estás aquí',
  stageContext: ['Quienes estudian el cambio le llaman a este momento ', '.'],
  resultDate: (date) => `Tu resultado, ${date}`,
  helpsHeading: 'Lo que suele ayudar ahora',
  questionsHeading: 'Preguntas para pensar con calma',
  rulerHeading: 'Sobre los números que elegiste',
  slipHeading: 'Si tienes un tropiezo',
  linksHeading: 'Para leer más',
  ctaIntro: (practice) =>
    practice ? `Si quieres hablarlo con alguien, ${practice} está aquí para escucharte.` : 'Si quieres hablarlo con alguien:',
  ctaDefault: 'Agenda una llamada gratis',
  keepHeading: 'Guárdalo para ti',
  keepPrint: 'Guardar o imprimir',
  keepShare: 'Compartir o enviar',
  keepCopy: 'Copiar',
  copied: 'Copiado. Puedes pegarlo donde quieras.',
  copyFailed: 'Aquí no se pudo copiar. También puedes guardarlo o imprimirlo.',
  retakeAsk: '¿Empezar de nuevo? Se borrarán de la pantalla tus respuestas y este resultado.',
  retakeAskWords: '¿Empezar de nuevo? Se borrarán de la pantalla tus respuestas, este resultado y lo que escribiste.',
  retakeYes: 'Sí, empezar de nuevo',
  retakeNo: 'Quedarme con mi resultado',
  crisisHeading: 'Si estás en crisis',
  crisisText:
    'Si estás pensando en hacerte daño o necesitas hablar con alguien ahora mismo, puedes llamar o mandar un mensaje de texto al 988, la Línea de Prevención del Suicidio y Crisis (EE. UU.). Es gratis, atiende de día y de noche y tiene servicio en español.',
  crisisCall: 'Llamar al 988',
  crisisTextLink: 'Mandar un texto al 988',
  crisisLink: (href) =>
    href.startsWith('tel:') ? `Llamar al ${href.slice(4)}` : href.startsWith('sms:') ? `Mandar un texto al ${href.slice(4)}` : 'Buscar ayuda ahora',
  notDiagnosis:
    'Esta es una herramienta para reflexionar, no un diagnóstico, y no sustituye la atención de un profesional.',
  retake: 'Responder de nuevo',
  nextStepOpen: 'Ponerlo en mis propias palabras',
  nextStepResume: 'Volver a lo que escribí',
  nextStepFailed: 'Esta parte no se pudo abrir en este momento. Lo que respondiste no se pierde.',
};

/** The result's strings in each language the widget speaks. */
export const RESULT_STRINGS: Readonly<Record<UiLanguage, ResultStrings>> = { en, es };

/** Result strings for a language tag (`es-MX` → Spanish); English for anything else. */
export function resultStringsFor(lang: string): ResultStrings {
  return lang.toLowerCase().split('-')[0] === 'es' ? es : en;
}
