import type { AnswerValue, Answers, FlagCondition, Item, ScoreTest } from './types';

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

/** Scale and composite values by id (null: left unscored), for a flag's score tests. */
export type ScoreLookup = ReadonlyMap<string, number | null>;

/**
 * Evaluates a condition against answers. A leaf on an unanswered item is false, except
 * `answered: false`; callers pass only the answers of items that are shown (see effectiveAnswers).
 * A score test (flags only) reads `scores`: a score that is unknown or unscored is in no range.
 */
export function evaluateCondition(condition: FlagCondition, answers: Answers, items: ItemIndex, scores?: ScoreLookup): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, answers, items, scores));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, answers, items, scores));
  if ('not' in condition) return !evaluateCondition(condition.not, answers, items, scores);
  if ('score' in condition) return scoreTest(condition, scores);
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

function scoreTest(test: ScoreTest, scores: ScoreLookup | undefined): boolean {
  const value = scores?.get(test.score) ?? null;
  if ('scored' in test) return (value !== null) === test.scored;
  if (value === null) return false;
  const { min, max } = test.range;
  return (min === undefined || value >= min) && (max === undefined || value <= max);
}

/** Every item a condition looks at, at any depth, in the order written (an item may repeat; score tests name none). */
export function conditionItems(condition: FlagCondition): string[] {
  if ('all' in condition) return condition.all.flatMap(conditionItems);
  if ('any' in condition) return condition.any.flatMap(conditionItems);
  if ('not' in condition) return conditionItems(condition.not);
  if ('score' in condition) return [];
  return [condition.item];
}
