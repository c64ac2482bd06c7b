import type { Questionnaire, Stage } from '../types';

/** The FHIR extension that carries an answer's score (formerly `ordinalValue`). */
export const ITEM_WEIGHT_URL = 'http://hl7.org/fhir/StructureDefinition/itemWeight';
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
