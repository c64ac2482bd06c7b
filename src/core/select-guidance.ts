import { own } from './own';
import { effectiveAnswers } from './effective-answers';
import { indexItems } from './evaluate-condition';
import { localize } from './localize';
import type { Answers, Locale, Questionnaire, RulerItem, Stage } from './types';

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
  readonly slipNote?: string;
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

/**
 * Selects the guidance for a stage in one language, and for every shown, answered ruler the first
 * follow-up whose range contains the answer, with `{value}` and `{lower}` filled in.
 */
export function selectGuidance(
  questionnaire: Questionnaire,
  stage: Stage,
  answers: Answers,
  lang: Locale,
): SelectedGuidance {
  const g = questionnaire.guidance[stage];
  const counted = effectiveAnswers(questionnaire.items, answers, indexItems(questionnaire.items)).answers;
  const rulerPrompts: RulerPrompt[] = [];
  for (const item of questionnaire.items) {
    if (item.type !== 'ruler' || !item.followUps) continue;
    const value = own(counted, item.id);
    if (typeof value !== 'number') continue;
    const followUp = item.followUps.find(
      (f) => (f.minValue === undefined || value >= f.minValue) && (f.maxValue === undefined || value <= f.maxValue),
    );
    if (!followUp) continue;
    const text = localize(followUp.text, lang)
      .replaceAll('{value}', String(value))
      .replaceAll('{lower}', String(lowerRulerValue(item, value)));
    rulerPrompts.push({ item: item.id, question: localize(item.text, lang), value, text });
  }
  return {
    stage,
    headline: localize(g.headline, lang),
    reflection: localize(g.reflection, lang),
    helps: g.helps.map((t) => localize(t, lang)),
    questions: g.questions.map((t) => localize(t, lang)),
    rulerPrompts,
    ...(g.slipNote ? { slipNote: localize(g.slipNote, lang) } : {}),
    links: (g.links ?? []).map((l) => ({ label: localize(l.label, lang), href: l.href })),
  };
}
