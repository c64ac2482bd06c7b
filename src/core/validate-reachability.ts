import { effectiveAnswers } from './effective-answers';
import { evaluateCondition, indexItems } from './evaluate-condition';
import type { AnswerValue, Condition, Item, Problem, Questionnaire, RulesMethod } from './types';
import { indexPath } from './validate-context';

/** Past this many answer combinations the check is skipped: it must stay quick in a browser. */
export const MAX_COMBINATIONS = 200_000;

/**
 * Checks every rules method by trying every finished set of answers to the items its rules look
 * at (and the items those depend on to be shown): a rule that never gets to decide is reported,
 * and so is, for the last method, a set of answers no rule matches. Runs on a questionnaire that
 * has passed every other check.
 */
export function checkReachability(q: Questionnaire, out: Problem[]): void {
  const index = indexItems(q.items);
  const methods = q.scoring.stage;
  methods.forEach((method, k) => {
    if (method.type === 'rules') checkRules(q, method, indexPath('scoring.stage', k), k === methods.length - 1, index, out);
  });
}

function checkRules(
  q: Questionnaire,
  method: RulesMethod,
  path: string,
  last: boolean,
  index: ReturnType<typeof indexItems>,
  out: Problem[],
): void {
  const items = relevantItems(q.items, method, index);
  const domains = items.map((item) => domain(item, q));
  const total = domains.reduce((n, d) => n * d.length, 1);
  if (total > MAX_COMBINATIONS) return;

  const rules = method.rules;
  const holds = rules.map(() => false);
  const decides = rules.map(() => false);
  const shadowedBy = rules.map(() => new Set<number>());
  let unmatched: string | undefined;
  const position = domains.map(() => 0);

  for (let n = 0; n < total; n++) {
    const raw: Record<string, AnswerValue> = {};
    items.forEach((item, i) => {
      const value = domains[i]![position[i]!];
      if (value !== undefined) raw[item.id] = value;
    });
    advance(position, domains);
    const { shown, answers } = effectiveAnswers(items, raw, index);
    // Only finished answer sets matter: every shown required item answered, hidden ones not.
    if (shown.some((item) => item.required && answers[item.id] === undefined)) continue;
    // An answer to a hidden item does not count: the same case as leaving it unanswered.
    if (items.some((item) => raw[item.id] !== undefined && answers[item.id] === undefined)) continue;
    let first = -1;
    rules.forEach((rule, j) => {
      if (!evaluateCondition(rule.when, answers, index)) return;
      holds[j] = true;
      if (first < 0) first = j;
      else shadowedBy[j]!.add(first);
    });
    if (first >= 0) decides[first] = true;
    else if (last && unmatched === undefined) unmatched = formatAnswers(shown, answers);
  }

  rules.forEach((rule, j) => {
    if (decides[j]) return;
    const at = `${path}.rules[${j}]`;
    if (!holds[j]) {
      out.push({ path: at, message: `rule '${rule.id}' can never decide: its condition holds for no finished set of answers, so it never leads to '${rule.stage}'` });
    } else {
      const names = [...shadowedBy[j]!].sort((a, b) => a - b).map((i) => `'${rules[i]!.id}'`);
      out.push({ path: at, message: `rule '${rule.id}' can never decide: earlier rule${names.length > 1 ? 's' : ''} ${names.join(', ')} take${names.length > 1 ? '' : 's'} every case where its condition holds` });
    }
  });
  if (unmatched !== undefined) {
    out.push({ path: `${path}.rules`, message: `answers ${unmatched} reach no stage: no rule matches them; add a rule for them (this is the last method)` });
  }
}

/** Items the rules name, plus (transitively) the items their visibility depends on, in order. */
function relevantItems(all: readonly Item[], method: RulesMethod, index: ReturnType<typeof indexItems>): Item[] {
  const ids = new Set<string>();
  for (const rule of method.rules) collectItems(rule.when, ids);
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

/** Every answer an item can have, plus "unanswered" when it may be skipped or hidden. */
function domain(item: Item, q: Questionnaire): (AnswerValue | undefined)[] {
  let values: AnswerValue[] = [];
  if (item.type === 'choice') values = item.options.map((o) => o.value);
  else if (item.type === 'ruler') for (let v = item.min; v <= item.max; v++) values.push(v);
  else values = q.responseSets?.[item.responseSet]?.options.map((o) => o.value) ?? [];
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

function formatAnswers(shown: readonly Item[], answers: Readonly<Record<string, AnswerValue>>): string {
  const parts = shown.map((item) => {
    const value = answers[item.id];
    return `${item.id}: ${value === undefined ? 'unanswered' : typeof value === 'string' ? `'${value}'` : value}`;
  });
  return `{${parts.join(', ')}}`;
}
