import { own } from './own';
import { effectiveAnswers } from './effective-answers';
import { evaluateCondition, indexItems } from './evaluate-condition';
import { fillTemplate } from './fill-template';
import { localize } from './localize';
import { placeholderValues } from './placeholder-values';
import type { Answers, Locale, Questionnaire, RulerItem, Stage, TypedTexts } from './types';

/** A ruler follow-up chosen for the answer given, with its numbers filled in. */
export interface RulerPrompt {
  /** The ruler item it follows up. */
  readonly item: string;
  /** The ruler's question, for context ("How important is this change to you?"). */
  readonly question: string;
  readonly value: number;
  readonly text: string;
}

/** A stage's guidance as plain strings in one language, ready to render. */
export interface SelectedGuidance {
  readonly stage: Stage;
  readonly headline: string;
  readonly reflection: string;
  readonly helps: readonly string[];
  readonly questions: readonly string[];
  readonly rulerPrompts: readonly RulerPrompt[];
  /** Absent when the stage has none, or a matching block replaces it. */
  readonly slipNote?: string;
  /** The conditional blocks whose condition the answers match, in order. */
  readonly blocks: readonly { readonly heading: string; readonly text: string }[];
  readonly links: readonly { readonly label: string; readonly href: string }[];
}

/**
 * The number a ruler follow-up asks about below the answer ("why a 6 and not a 3?"). MI asks
 * about a lower number, never a higher one: it draws out the person's own reasons for change.
 * Three below, but never under the ruler's minimum.
 */
export function lowerRulerValue(item: Pick<RulerItem, 'min'>, value: number): number {
  return Math.max(item.min, value - 3);
}

/** The number a "what would move you one point up?" follow-up names: one above, at most the maximum. */
export function higherRulerValue(item: Pick<RulerItem, 'max'>, value: number): number {
  return Math.min(item.max, value + 1);
}

/**
 * Selects the guidance for a stage in one language: the blocks whose condition the counted answers
 * match (one marked `replacesSlipNote` hides the slip note), every text with its `{placeholders}`
 * filled from the answers and typed words, and for every shown, answered ruler the first follow-up
 * whose range contains the answer, with `{value}`, `{lower}` and `{higher}` filled in.
 */
export function selectGuidance(
  questionnaire: Questionnaire,
  stage: Stage,
  answers: Answers,
  lang: Locale,
  texts: TypedTexts = {},
): SelectedGuidance {
  const g = questionnaire.guidance[stage];
  const index = indexItems(questionnaire.items);
  const counted = effectiveAnswers(questionnaire.items, answers, index).answers;
  const values = placeholderValues(questionnaire, counted, texts, lang);
  const fill = (text: Parameters<typeof localize>[0]) => fillTemplate(localize(text, lang), values);
  const blocks = (g.blocks ?? []).filter((b) => evaluateCondition(b.when, counted, index));
  const rulerPrompts: RulerPrompt[] = [];
  for (const item of questionnaire.items) {
    if (item.type !== 'ruler' || !item.followUps) continue;
    const value = own(counted, item.id);
    if (typeof value !== 'number') continue;
    const followUp = item.followUps.find(
      (f) => (f.minValue === undefined || value >= f.minValue) && (f.maxValue === undefined || value <= f.maxValue),
    );
    if (!followUp) continue;
    const text = fillTemplate(localize(followUp.text, lang), {
      value,
      lower: lowerRulerValue(item, value),
      higher: higherRulerValue(item, value),
    });
    rulerPrompts.push({ item: item.id, question: localize(item.text, lang), value, text });
  }
  return {
    stage,
    headline: fill(g.headline),
    reflection: fill(g.reflection),
    helps: g.helps.map(fill),
    questions: g.questions.map(fill),
    rulerPrompts,
    ...(g.slipNote && !blocks.some((b) => b.replacesSlipNote) ? { slipNote: fill(g.slipNote) } : {}),
    blocks: blocks.map((b) => ({ heading: fill(b.heading), text: fill(b.text) })),
    links: (g.links ?? []).map((l) => ({ label: localize(l.label, lang), href: l.href })),
  };
}
