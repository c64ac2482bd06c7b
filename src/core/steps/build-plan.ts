import { localize } from '../localize';
import { selectGuidance } from '../select-guidance';
import type { Answers, Locale, Questionnaire, Stage } from '../types';
import { compactResponses, stageStep, shownParts, type IfThenPair, type StepResponses } from './step-responses';

/** One section of "My plan": the question asked, and the person's own words (or choices) under it. */
export interface PlanSection {
  /** The part id, or `ruler:<item id>` for a ruler follow-up's answer. */
  readonly id: string;
  readonly heading: string;
  readonly lines: readonly string[];
}

/** "My plan" as plain data in one language: what the person wrote, in their words, nothing else. */
export interface Plan {
  readonly stage: Stage;
  readonly title: string;
  readonly affirmation: string;
  /** Only parts with something in them, in the order asked (ruler answers first, as asked). */
  readonly sections: readonly PlanSection[];
}

/** Words core cannot know (core has no i18n): how an if–then pair reads in the plan's language. */
export interface PlanWords {
  /** e.g. (a, b) => `If ${a}, I will ${b}.`; one half may be empty. */
  readonly ifThen: (pair: IfThenPair) => string;
}

/**
 * Builds "My plan" from the responses: the step's title and affirmation, then one section per
 * ruler follow-up answered (headed by the ruler's question and the prompt as it was asked) and per part with anything in
 * it (headed by its prompt; a pick lists the chosen labels). Null when the stage has no step.
 */
export function buildPlan(
  questionnaire: Questionnaire,
  stage: Stage,
  answers: Answers,
  responses: StepResponses,
  lang: Locale,
  words: PlanWords,
): Plan | null {
  const step = stageStep(questionnaire, stage);
  if (!step) return null;
  const kept = compactResponses(questionnaire, stage, answers, responses);
  const sections: PlanSection[] = [];
  for (const prompt of selectGuidance(questionnaire, stage, answers, lang).rulerPrompts) {
    const text = kept.rulers[prompt.item];
    // Headed by the ruler's question as well: "Why 8 and not 5?" alone does not say what the 8 was.
    if (text) sections.push({ id: `ruler:${prompt.item}`, heading: `${prompt.question} ${prompt.text}`, lines: [text] });
  }
  for (const part of shownParts(questionnaire, stage, answers)) {
    const value = kept.parts[part.id];
    if (value === undefined) continue;
    let lines: string[];
    if (part.type === 'pick') {
      lines = (value as readonly string[]).map((v) => localize(part.options.find((o) => o.value === v)!.label, lang));
    } else if (part.type === 'ifThen') {
      lines = (value as readonly IfThenPair[]).map(words.ifThen);
    } else {
      lines = typeof value === 'string' ? [value] : [...(value as readonly string[])];
    }
    sections.push({ id: part.id, heading: localize(part.prompt, lang), lines });
  }
  return { stage, title: localize(step.title, lang), affirmation: localize(step.affirmation, lang), sections };
}
