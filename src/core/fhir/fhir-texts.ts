import { STAGE_NAMES } from '../stage-names';
import type { Locale, Stage } from '../types';

/**
 * The texts of the items the FHIR exports add to a questionnaire's own (the stage items) and the
 * displays of our stage codes. Questionnaire texts come from the questionnaire; these do not, so
 * core carries them for the two languages the built-ins speak.
 */
export interface FhirTexts {
  /** Text of the read-only stage item. */
  readonly stage: string;
  /** Text of the read-only SNOMED CT stage item. */
  readonly stageSnomed: string;
  /** Displays of the codes in `urn:stages-quiz:stage-of-change`. */
  readonly stageNames: Readonly<Record<Stage, string>>;
  /** Text of the item holding a ruler follow-up's answer, after the ruler's question. */
  readonly rulerAnswer: (question: string) => string;
  /** Texts of an if–then pair's two halves. */
  readonly ifText: string;
  readonly thenText: string;
}

const en: FhirTexts = {
  stage: 'Stage of change',
  stageSnomed: 'Stage of change (SNOMED CT)',
  stageNames: STAGE_NAMES.en,
  rulerAnswer: (question) => `In the client's words: ${question}`,
  ifText: 'If',
  thenText: 'I will',
};

const es: FhirTexts = {
  stage: 'Etapa de cambio',
  stageSnomed: 'Etapa de cambio (SNOMED CT)',
  stageNames: STAGE_NAMES.es,
  rulerAnswer: (question) => `En palabras de la persona: ${question}`,
  ifText: 'Si',
  thenText: 'Voy a',
};

/** The generated items' texts by language. */
export const FHIR_TEXTS: Readonly<Record<'en' | 'es', FhirTexts>> = { en, es };

/**
 * The generated items' texts for a language: its own when core has them (`en`, `es`; a regional
 * tag such as `es-MX` uses `es`), else English. `overrides` replaces any of them, e.g. for a
 * questionnaire in a third language.
 */
export function fhirTextsFor(lang: Locale, overrides?: Partial<FhirTexts>): FhirTexts {
  const base = lang.toLowerCase().split('-')[0] === 'es' ? es : en;
  return overrides ? { ...base, ...overrides } : base;
}
