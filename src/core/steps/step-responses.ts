import { effectiveAnswers } from '../effective-answers';
import { evaluateCondition, indexItems } from '../evaluate-condition';
import type { Answers, Questionnaire, Stage, StageStep, StepPart } from '../types';
import { STEP_LIMITS } from './step-limits';

/** One "If ___, I will ___" pair as typed. */
export interface IfThenPair {
  readonly if: string;
  readonly then: string;
}

/**
 * A part's answer: the chosen option values (`pick`), one string per box (`texts`, blanks kept
 * in place while typing), the pairs (`ifThen`) or the text (`text`).
 */
export type StepValue = readonly string[] | string | readonly IfThenPair[];

/**
 * Everything a person wrote in the next step. Plain data held in memory by the widget; it leaves
 * only by the person's own action (or, at intake, on the clinician's summary and exports).
 */
export interface StepResponses {
  /** Part id → answer, for the parts of the stage's step. */
  readonly parts: Readonly<Record<string, StepValue>>;
  /** Ruler item id → the answer to its follow-up ("why 6 and not 3?"). */
  readonly rulers: Readonly<Record<string, string>>;
}

/** Nothing written yet. */
export const NO_RESPONSES: StepResponses = { parts: {}, rulers: {} };

/** The stage's step, if the questionnaire offers one. */
export function stageStep(questionnaire: Questionnaire, stage: Stage): StageStep | undefined {
  const steps = questionnaire.nextSteps;
  return steps && Object.hasOwn(steps, stage) ? steps[stage] : undefined;
}

/** The parts offered for these answers, in order: those without `showIf`, or whose condition holds. */
export function shownParts(questionnaire: Questionnaire, stage: Stage, answers: Answers): readonly StepPart[] {
  const step = stageStep(questionnaire, stage);
  if (!step) return [];
  const index = indexItems(questionnaire.items);
  const counted = effectiveAnswers(questionnaire.items, answers, index).answers;
  return step.parts.filter((part) => !part.showIf || evaluateCondition(part.showIf, counted, index));
}

/** The most characters one box of this part takes. */
export function maxLengthOf(part: StepPart): number {
  if (part.type === 'pick') return 0;
  return part.maxLength ?? (part.type === 'text' ? STEP_LIMITS.longDefault : STEP_LIMITS.shortDefault);
}

const clip = (text: unknown, max: number): string => (typeof text === 'string' ? [...text].slice(0, max).join('') : '');

/**
 * Brings a value within the part's bounds, trusting nothing: a pick keeps distinct offered
 * values up to `max`; boxes and pairs are cut to the part's count and each text to its length
 * (counted in characters, not UTF-16 units). Anything of the wrong shape becomes empty.
 */
export function boundValue(part: StepPart, value: unknown): StepValue {
  const max = maxLengthOf(part);
  switch (part.type) {
    case 'pick': {
      if (!Array.isArray(value)) return [];
      const offered = new Set(part.options.map((o) => o.value));
      return [...new Set(value.filter((v): v is string => typeof v === 'string' && offered.has(v)))].slice(0, part.max);
    }
    case 'texts':
      return Array.isArray(value) ? value.slice(0, part.count).map((t) => clip(t, max)) : [];
    case 'ifThen':
      return Array.isArray(value)
        ? value.slice(0, part.count).map((p) => {
            const pair = typeof p === 'object' && p !== null ? (p as Record<string, unknown>) : {};
            return { if: clip(pair.if, max), then: clip(pair.then, max) };
          })
        : [];
    case 'text':
      return clip(value, max);
  }
}

/** A copy of the responses with one part's answer set (bounded by the part). */
export function withPartValue(responses: StepResponses, part: StepPart, value: unknown): StepResponses {
  return { ...responses, parts: { ...responses.parts, [part.id]: boundValue(part, value) } };
}

/** A copy of the responses with one ruler follow-up's answer set (bounded). */
export function withRulerAnswer(responses: StepResponses, item: string, text: string): StepResponses {
  return { ...responses, rulers: { ...responses.rulers, [item]: clip(text, STEP_LIMITS.rulerAnswer) } };
}

/**
 * The responses as kept in exports: blanks dropped, texts trimmed, only parts of the stage's step
 * that are shown for these answers, within bounds. Two responses that read the same compact alike.
 */
export function compactResponses(questionnaire: Questionnaire, stage: Stage, answers: Answers, responses: StepResponses): StepResponses {
  const parts: Record<string, StepValue> = {};
  for (const part of shownParts(questionnaire, stage, answers)) {
    if (!Object.hasOwn(responses.parts, part.id)) continue;
    const v = compactValue(part, boundValue(part, responses.parts[part.id]));
    if (v !== undefined) parts[part.id] = v;
  }
  const rulers: Record<string, string> = {};
  for (const item of questionnaire.items) {
    if (item.type !== 'ruler' || !Object.hasOwn(responses.rulers, item.id)) continue;
    const text = clip(responses.rulers[item.id], STEP_LIMITS.rulerAnswer).trim();
    if (text) rulers[item.id] = text;
  }
  return { parts, rulers };
}

/** A bounded value without its blanks; undefined when nothing is left. */
export function compactValue(part: StepPart, value: StepValue): StepValue | undefined {
  if (part.type === 'text') {
    const t = (value as string).trim();
    return t ? t : undefined;
  }
  if (part.type === 'ifThen') {
    const pairs = (value as readonly IfThenPair[])
      .map((p) => ({ if: p.if.trim(), then: p.then.trim() }))
      .filter((p) => p.if || p.then);
    return pairs.length ? pairs : undefined;
  }
  const list = (value as readonly string[]).map((t) => t.trim()).filter(Boolean);
  return list.length ? list : undefined;
}

/** Whether the person wrote or chose anything at all. */
export function hasResponses(responses: StepResponses): boolean {
  const filled = (v: StepValue): boolean =>
    typeof v === 'string' ? v.trim() !== '' : v.some((x) => (typeof x === 'string' ? x.trim() !== '' : x.if.trim() !== '' || x.then.trim() !== ''));
  return Object.values(responses.parts).some(filled) || Object.values(responses.rulers).some((t) => t.trim() !== '');
}
