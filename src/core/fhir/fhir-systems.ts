import type { Questionnaire, Stage } from '../types';

/** R5's extension for an answer's score (R4 readers know `ordinalValue`; LHC-Forms reads both). */
export const ITEM_WEIGHT_URL = 'http://hl7.org/fhir/StructureDefinition/itemWeight';
/** R4's extension for an answer's score, on a Coding or an answerOption. */
export const ORDINAL_VALUE_URL = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';

/** An answer's score for every reader: R5's itemWeight and R4's ordinalValue, the same number. */
export function scoreExtensions(weight: number): [{ url: string; valueDecimal: number }, { url: string; valueDecimal: number }] {
  return [
    { url: ITEM_WEIGHT_URL, valueDecimal: weight },
    { url: ORDINAL_VALUE_URL, valueDecimal: weight },
  ];
}
export const MIN_VALUE_URL = 'http://hl7.org/fhir/StructureDefinition/minValue';
export const MAX_VALUE_URL = 'http://hl7.org/fhir/StructureDefinition/maxValue';
export const SNOMED_CT = 'http://snomed.info/sct';

/** Our own code system for the five stages; codes are the stage names. */
export const STAGE_SYSTEM = 'urn:stages-quiz:stage-of-change';
/** Extension on a Questionnaire item whose `showIf` has no enableWhen equivalent: the condition as JSON. */
export const SHOW_IF_URL = 'urn:stages-quiz:show-if';
/** The linkId of the stage item in responses (and the read-only stage item in questionnaires). */
export const STAGE_LINK_ID = 'stage';
/** The linkId of the stage as SNOMED CT, present only for stages with a verified concept. */
export const STAGE_SNOMED_LINK_ID = 'stage-snomed';

/**
 * SNOMED CT concepts for stages, only those verified (134410009 Maintenance stage, 134411008
 * Action stage). The other three are left out rather than guessed.
 */
export const STAGE_SNOMED: Readonly<Partial<Record<Stage, { code: string; display: string }>>> = {
  action: { code: '134411008', display: 'Action stage' },
  maintenance: { code: '134410009', display: 'Maintenance stage' },
};

/** The questionnaire's canonical URL: its `url`, else a URN made from its id. */
export function canonicalUrl(questionnaire: Questionnaire): string {
  return questionnaire.url ?? `urn:stages-quiz:questionnaire:${questionnaire.id}`;
}

/** The code system of one item's answers: the canonical URL, a slash, and the item id. */
export function answerSystem(questionnaire: Questionnaire, itemId: string): string {
  return `${canonicalUrl(questionnaire)}/${itemId}`;
}
