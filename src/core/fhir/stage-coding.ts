import type { Stage } from '../types';
import { SNOMED_CT, STAGE_SNOMED, STAGE_SYSTEM } from './fhir-systems';
import { FHIR_TEXTS, type FhirTexts } from './fhir-texts';
import type { FhirCoding } from './fhir-types';

/**
 * A stage as a Coding in our own code system, its display in the export's language (English
 * unless `texts` says otherwise; the code is what systems compare). SNOMED CT, where a verified
 * concept exists, goes in a separate item (`stage-snomed`): an R4 answer carries one Coding, and
 * the item does not repeat.
 */
export function stageCoding(stage: Stage, texts: FhirTexts = FHIR_TEXTS.en): FhirCoding {
  return { system: STAGE_SYSTEM, code: stage, display: texts.stageNames[stage] };
}

/**
 * The SNOMED CT coding of a stage, or undefined when none is verified. Its display is SNOMED's
 * own English preferred term in every language (no Spanish term is verified here).
 */
export function stageSnomedCoding(stage: Stage): FhirCoding | undefined {
  const concept = STAGE_SNOMED[stage];
  return concept && { system: SNOMED_CT, code: concept.code, display: concept.display };
}
