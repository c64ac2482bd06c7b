import type { IfThenPair } from '../../core/steps/step-responses';
import { ifThenEn, ifThenEs } from '../steps/if-then-words';

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
}

const en: ClientWordsStrings = {
  heading: "In the client's words",
  none: 'The client did not write anything in the exercise after the questions.',
  skipped: 'Not offered: the exercise after the questions was switched off at the start.',
  offerLabel: 'After the questions, offer the client a short exercise in their own words',
  offerHint: 'Matched to their answers; every part can be skipped. What they write appears in the summary and its exports.',
  ifThen: ifThenEn,
};

const es: ClientWordsStrings = {
  heading: 'En palabras de la persona',
  none: 'La persona no escribió nada en el ejercicio después de las preguntas.',
  skipped: 'No se ofreció: el ejercicio después de las preguntas se desactivó al principio.',
  offerLabel: 'Después de las preguntas, ofrecer a la persona un ejercicio breve con sus propias palabras',
  offerHint: 'Va de acuerdo con sus respuestas; cada parte se puede saltar. Lo que escriba aparece en el resumen y sus descargas.',
  ifThen: ifThenEs,
};

/** The section's words for a language tag; English for anything but Spanish. */
export function clientWordsStringsFor(lang: string): ClientWordsStrings {
  return lang.toLowerCase().split('-')[0] === 'es' ? es : en;
}
