import type { IfThenPair } from '../../core/steps/step-responses';
import { ifThenEn, ifThenEs } from './if-then-words';

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

const en: StepStrings = {
  partOf: (p, t) => `Part ${p} of ${t}`,
  rulerHeading: 'About the numbers you chose',
  rulerHelp: 'If you like, answer in a few words. Leave a box empty to skip it.',
  yourAnswer: 'Your answer',
  back: 'Back',
  next: 'Next',
  skip: 'Skip this one',
  seePlan: 'See what I wrote',
  stopHere: 'Stop here and see what I wrote',
  stopNote: 'You can stop here whenever you like. Whatever you wrote so far is kept.',
  privacy: 'What you write stays on this device. Nothing is sent anywhere.',
  charsLeft: (left, max) => `${left} of ${max} characters left`,
  chooseUpTo: (max) => (max === 1 ? 'Choose one, or none.' : `Choose up to ${max}, or none.`),
  chosen: (n, max) => `${n} of ${max} chosen`,
  box: (n) => `Answer ${n}`,
  pair: (n) => `Plan ${n}`,
  ifLabel: 'If…',
  thenLabel: 'I will…',
  ifThen: ifThenEn,
  planHeading: 'In my own words',
  planEmpty: "You didn't write anything this time, and that's fine. The questions are here whenever you want them.",
  planNote: 'Only you have this. Keep it, change it, or bring it to a conversation.',
  changeWords: 'Change what I wrote',
  writeWords: 'Back to the questions',
  backToResult: 'Back to my result',
  ctaBring: 'If you decide to reach out, you can bring this with you.',
  keepHeading: 'Keep what you wrote',
  done: "I'm done",
  stopClient: 'Stop here',
};

const es: StepStrings = {
  partOf: (p, t) => `Parte ${p} de ${t}`,
  rulerHeading: 'Sobre los números que elegiste',
  rulerHelp: 'Si quieres, contesta con unas cuantas palabras. Si no quieres contestar alguna, déjala en blanco.',
  yourAnswer: 'Tu respuesta',
  back: 'Atrás',
  next: 'Siguiente',
  skip: 'Saltar esta parte',
  seePlan: 'Ver lo que escribí',
  stopHere: 'Parar aquí y ver lo que escribí',
  stopNote: 'Puedes parar aquí cuando quieras. Lo que hayas escrito hasta ahora no se pierde.',
  privacy: 'Lo que escribes se queda en este dispositivo. No se envía a ningún lado.',
  charsLeft: (left, max) => `Te quedan ${left} de ${max} caracteres`,
  chooseUpTo: (max) => (max === 1 ? 'Elige una, o ninguna.' : `Elige hasta ${max}, o ninguna.`),
  chosen: (n, max) => `${n} de ${max} elegidas`,
  box: (n) => `Respuesta ${n}`,
  pair: (n) => `Plan ${n}`,
  ifLabel: 'Si…',
  thenLabel: 'Voy a…',
  ifThen: ifThenEs,
  planHeading: 'En mis propias palabras',
  planEmpty: 'Esta vez no escribiste nada, y está bien. Las preguntas van a estar aquí cuando las quieras.',
  planNote: 'Solo tú tienes esto. Guárdalo, cámbialo o platícalo con alguien de confianza.',
  changeWords: 'Cambiar lo que escribí',
  writeWords: 'Volver a las preguntas',
  backToResult: 'Volver a mi resultado',
  ctaBring: 'Si decides buscar apoyo, puedes llevar esto contigo.',
  keepHeading: 'Guarda lo que escribiste',
  done: 'Ya terminé',
  stopClient: 'Parar aquí',
};

/** The step's words for a language tag (`es-MX` → Spanish); English for anything else. */
export function stepStringsFor(lang: string): StepStrings {
  return lang.toLowerCase().split('-')[0] === 'es' ? es : en;
}
