import type { IfThenPair } from '../../core/steps/step-responses';
import { ifThenEn, ifThenEs } from '../steps/if-then-words';
import { uiLanguage } from '../strings';

/**
 * The words of the summary's "In the client's words" section and of the start screen's choice to
 * offer the next step. Kept beside them, apart from clinician-strings.ts, so this feature stays
 * in its own files.
 */
export interface ClientWordsStrings {
  readonly heading: string;
  readonly none: string;
  readonly skipped: string;
  readonly offerLabel: string;
  readonly offerHint: string;
  readonly ifThen: (pair: IfThenPair) => string;
  /** Under each part of the client's exercise: optional, and read by the clinician (not "nothing is sent anywhere"). */
  readonly stepPrivacy: string;
}

const en: ClientWordsStrings = {
  heading: "In the client's words",
  none: 'The client did not write anything in the exercise after the questions.',
  skipped: 'Not offered: the exercise after the questions was switched off at the start.',
  offerLabel: 'After the questions, offer the client a short exercise in their own words',
  offerHint: 'Matched to their answers; every part can be skipped. What they write appears in the summary and its exports.',
  ifThen: ifThenEn,
  stepPrivacy: 'Every part is optional. What you write here is for your clinician, who reads it in their summary after you hand the device back.',
};

const es: ClientWordsStrings = {
  heading: 'En palabras de la persona',
  none: 'La persona no escribió nada en el ejercicio después de las preguntas.',
  skipped: 'No se ofreció: el ejercicio después de las preguntas se desactivó al principio.',
  offerLabel: 'Después de las preguntas, ofrecer a la persona un ejercicio breve con sus propias palabras',
  offerHint: 'Va de acuerdo con sus respuestas; cada parte se puede saltar. Lo que escriba aparece en el resumen y sus descargas.',
  ifThen: ifThenEs,
  stepPrivacy: 'Cada parte es opcional. Lo que escribas aquí es para tu terapeuta, que lo va a leer en su resumen cuando le devuelvas el dispositivo.',
};

/** The section's words for a language tag; English for anything but Spanish. */
export function clientWordsStringsFor(lang: string): ClientWordsStrings {
  return uiLanguage(lang) === 'es' ? es : en;
}
