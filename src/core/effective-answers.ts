import { evaluateCondition, type ItemIndex } from './evaluate-condition';
import type { Answers, Item } from './types';

/**
 * Which items are shown, and the answers that count, given raw answers.
 *
 * Items are visited in order; an item is shown when it has no `showIf` or its condition holds on
 * the answers of the shown items before it. An answer to a hidden item does not count: it is left
 * over from a path the person backed out of (e.g. they changed an earlier answer).
 */
export function effectiveAnswers(
  items: readonly Item[],
  answers: Answers,
  index: ItemIndex,
): { shown: readonly Item[]; answers: Answers } {
  const counted: Record<string, Answers[string]> = {};
  const shown: Item[] = [];
  for (const item of items) {
    if (item.showIf && !evaluateCondition(item.showIf, counted, index)) continue;
    shown.push(item);
    if (Object.hasOwn(answers, item.id) && answers[item.id] !== undefined) counted[item.id] = answers[item.id]!;
  }
  return { shown, answers: counted };
}
