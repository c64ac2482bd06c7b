import type { AnswerValue, Answers, Condition, Item } from './types';

/** Items by id, for conditions that need an item's options (a choice option's score). */
export type ItemIndex = ReadonlyMap<string, Item>;

/** Indexes a questionnaire's items by id. */
export function indexItems(items: readonly Item[]): ItemIndex {
  return new Map(items.map((item) => [item.id, item]));
}

/**
 * The numeric value of an answer, for ranges and scales: agreement and ruler answers are numbers
 * already; a choice answer counts as its option's score (undefined when the option has none).
 */
export function numericValue(item: Item | undefined, value: AnswerValue): number | undefined {
  if (typeof value === 'number') return value;
  if (item?.type !== 'choice') return undefined;
  return item.options.find((option) => option.value === value)?.score;
}

/**
 * Evaluates a condition against answers. A leaf on an unanswered item is false, except
 * `answered: false`; callers pass only the answers of items that are shown (see effectiveAnswers).
 */
export function evaluateCondition(condition: Condition, answers: Answers, items: ItemIndex): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, answers, items));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, answers, items));
  if ('not' in condition) return !evaluateCondition(condition.not, answers, items);
  const answer = Object.hasOwn(answers, condition.item) ? answers[condition.item] : undefined;
  if ('answered' in condition) return (answer !== undefined) === condition.answered;
  if (answer === undefined) return false;
  if ('equals' in condition) return answer === condition.equals;
  if ('oneOf' in condition) return condition.oneOf.includes(answer);
  const value = numericValue(items.get(condition.item), answer);
  if (value === undefined) return false;
  const { min, max } = condition.range;
  return (min === undefined || value >= min) && (max === undefined || value <= max);
}

/** Every item a condition looks at, at any depth, in the order written (an item may repeat). */
export function conditionItems(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(conditionItems);
  if ('any' in condition) return condition.any.flatMap(conditionItems);
  if ('not' in condition) return conditionItems(condition.not);
  return [condition.item];
}
