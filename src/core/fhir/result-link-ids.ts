import type { Questionnaire } from '../types';
import { STAGE_LINK_ID, STAGE_SNOMED_LINK_ID } from './fhir-systems';

/** The linkIds of the computed items in responses and questionnaires. */
export interface ResultLinkIds {
  /** Score (scale or composite) id → linkId. */
  readonly scores: ReadonlyMap<string, string>;
  readonly stage: string;
  readonly stageSnomed: string;
}

/**
 * linkIds for the scores and the stage that never collide with a question's id: normally the
 * score's id and `stage` / `stage-snomed`, else with `-result` appended (the quick questionnaire
 * has a question called `stage`).
 */
export function resultLinkIds(questionnaire: Questionnaire): ResultLinkIds {
  const taken = new Set(questionnaire.items.map((item) => item.id));
  const claim = (wanted: string): string => {
    let id = wanted;
    while (taken.has(id)) id = `${id}-result`;
    taken.add(id);
    return id;
  };
  const scores = new Map<string, string>();
  for (const s of [...(questionnaire.scoring.scales ?? []), ...(questionnaire.scoring.composites ?? [])]) {
    scores.set(s.id, claim(s.id));
  }
  return { scores, stage: claim(STAGE_LINK_ID), stageSnomed: claim(STAGE_SNOMED_LINK_ID) };
}

/**
 * The linkId of the words typed for a choice's option with a text box ("Something else"): ids
 * have no dots (validate-context.ts ID_PATTERN), so it never collides with a question's.
 */
export const freeTextLinkId = (item: string, option: string): string => `${item}.${option}`;
