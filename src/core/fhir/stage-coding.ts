import type { Stage } from '../types';
import { SNOMED_CT, STAGE_SNOMED, STAGE_SYSTEM } from './fhir-systems';
import type { FhirCoding } from './fhir-types';

/** Language-neutral display names of our stage codes (the code system's own displays). */
const STAGE_DISPLAY: Readonly<Record<Stage, string>> = {
  precontemplation: 'Precontemplation',
  contemplation: 'Contemplation',
  preparation: 'Preparation',
  action: 'Action',
  maintenance: 'Maintenance',
};

/**
 * A stage as a Coding in our own code system. SNOMED CT, where a verified concept exists, goes in
 * a separate item (`stage-snomed`): an R4 answer carries one Coding, and the item does not repeat.
 */
export function stageCoding(stage: Stage): FhirCoding {
  return { system: STAGE_SYSTEM, code: stage, display: STAGE_DISPLAY[stage] };
}

/** The SNOMED CT coding of a stage, or undefined when none is verified. */
export function stageSnomedCoding(stage: Stage): FhirCoding | undefined {
  const concept = STAGE_SNOMED[stage];
  return concept && { system: SNOMED_CT, code: concept.code, display: concept.display };
}
