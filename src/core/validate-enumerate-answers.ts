import { own } from './own';
import { effectiveAnswers } from './effective-answers';
import { evaluateCondition, type ItemIndex } from './evaluate-condition';
import type { AnswerValue, Answers, Condition, Item, Questionnaire } from './types';

/** Past this many answer combinations nothing is enumerated: parsing must stay quick in a browser. */
export const MAX_COMBINATIONS = 200_000;

/**
 * What one parse may spend on enumeration in all (combinations × the size of the conditions
 * tried, in parts), however many rules methods, rules and showIfs it has: well under a second at
 * worst, milliseconds for real ones.
 */
export interface EnumerationBudget {
  left: number;
}

export function enumerationBudget(): EnumerationBudget {
  return { left: 3_000_000 };
}

/** Parts of a condition (groups and tests): what evaluating it costs. */
export function conditionSize(condition: Condition): number {
  if ('all' in condition) return condition.all.reduce((n, c) => n + conditionSize(c), 1);
  if ('any' in condition) return condition.any.reduce((n, c) => n + conditionSize(c), 1);
  if ('not' in condition) return 1 + conditionSize(condition.not);
  return 1;
}

/**
 * Calls `visit` with every finished set of answers to the items the conditions name (and,
 * transitively, the items those depend on to be shown): each option, response-set value or ruler
 * number, plus "unanswered" for optional or conditional items; hidden items carry no answer and
 * every shown required item has one. Returns true when done; returns the number of
 * combinations, visiting nothing, when there are more than MAX_COMBINATIONS or the work is more
 * than the budget has left (the caller says so; it never passes silently).
 */
export function forEachFinishedAnswerSet(
  q: Questionnaire,
  conditions: readonly Condition[],
  index: ItemIndex,
  budget: EnumerationBudget,
  visit: (answers: Answers, shown: readonly Item[]) => void,
): true | number {
  const items = relevantItems(q.items, conditions, index);
  const domains = items.map((item) => domain(item, q));
  const total = domains.reduce((n, d) => n * d.length, 1);
  const work = total * Math.max(1, conditions.reduce((n, c) => n + conditionSize(c), 0));
  if (total > MAX_COMBINATIONS || work > budget.left) return total;
  budget.left -= work;
  const position = domains.map(() => 0);
  for (let n = 0; n < total; n++) {
    const raw: Record<string, AnswerValue> = Object.create(null);
    items.forEach((item, i) => {
      const value = domains[i]![position[i]!];
      if (value !== undefined) raw[item.id] = value;
    });
    advance(position, domains);
    const { shown, answers } = effectiveAnswers(items, raw, index);
    // An answer to a hidden item does not count: the same case as leaving it unanswered.
    if (items.some((item) => own(raw, item.id) !== undefined && own(answers, item.id) === undefined)) continue;
    if (shown.some((item) => item.required && own(answers, item.id) === undefined)) continue;
    visit(answers, shown);
  }
  return true;
}

/** Items the conditions name, plus (transitively) the items their visibility depends on, in order. */
function relevantItems(all: readonly Item[], conditions: readonly Condition[], index: ItemIndex): Item[] {
  const ids = new Set<string>();
  for (const condition of conditions) collectItems(condition, ids);
  const queue = [...ids];
  while (queue.length > 0) {
    const showIf = index.get(queue.pop()!)?.showIf;
    if (!showIf) continue;
    const deps = new Set<string>();
    collectItems(showIf, deps);
    for (const dep of deps) {
      if (ids.has(dep)) continue;
      ids.add(dep);
      queue.push(dep);
    }
  }
  return all.filter((item) => ids.has(item.id));
}

function collectItems(condition: Condition, ids: Set<string>): void {
  if ('all' in condition) condition.all.forEach((c) => collectItems(c, ids));
  else if ('any' in condition) condition.any.forEach((c) => collectItems(c, ids));
  else if ('not' in condition) collectItems(condition.not, ids);
  else ids.add(condition.item);
}

/**
 * True when `condition` holds whatever the answers: tried over every value of the items it names,
 * each also unanswered (more cases than a person can reach, so "always" here is sound). Small by
 * construction (a condition names few items); undefined when even that is more than the budget.
 */
export function alwaysHolds(condition: Condition, q: Questionnaire, index: ItemIndex, budget: EnumerationBudget): boolean | undefined {
  const ids = new Set<string>();
  collectItems(condition, ids);
  const items = q.items.filter((item) => ids.has(item.id));
  const domains = items.map((item) => [...domain(item, q).filter((v) => v !== undefined), undefined]);
  const total = domains.reduce((n, d) => n * d.length, 1);
  const work = total * conditionSize(condition);
  if (total > MAX_COMBINATIONS || work > budget.left) return undefined;
  budget.left -= work;
  const position = domains.map(() => 0);
  for (let n = 0; n < total; n++) {
    const answers: Record<string, AnswerValue> = Object.create(null);
    items.forEach((item, i) => {
      const value = domains[i]![position[i]!];
      if (value !== undefined) answers[item.id] = value;
    });
    advance(position, domains);
    if (!evaluateCondition(condition, answers, index)) return false;
  }
  return true;
}

/** Every answer an item can have, plus "unanswered" when it may be skipped or hidden. */
function domain(item: Item, q: Questionnaire): (AnswerValue | undefined)[] {
  let values: AnswerValue[] = [];
  if (item.type === 'choice') values = item.options.map((o) => o.value);
  else if (item.type === 'ruler') for (let v = item.min; v <= item.max; v++) values.push(v);
  else values = own(q.responseSets, item.responseSet)?.options.map((o) => o.value) ?? [];
  return !item.required || item.showIf ? [...values, undefined] : values;
}

/** Odometer step over the domains. */
function advance(position: number[], domains: readonly unknown[][]): void {
  for (let i = position.length - 1; i >= 0; i--) {
    position[i]!++;
    if (position[i]! < domains[i]!.length) return;
    position[i] = 0;
  }
}
