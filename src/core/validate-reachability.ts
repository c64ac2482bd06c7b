import { own } from './own';
import { evaluateCondition, indexItems, type ItemIndex } from './evaluate-condition';
import type { AnswerValue, Condition, Item, Problem, Questionnaire, RulesMethod } from './types';
import { indexPath } from './validate-context';
import { alwaysHolds, enumerationBudget, forEachFinishedAnswerSet, MAX_COMBINATIONS, type EnumerationBudget } from './validate-enumerate-answers';

/**
 * Checks, by trying every finished set of answers that matters: that every conditional item can
 * be shown; that every rule gets to decide for some answers; and that the last method, when it is
 * a rules method, reaches a stage for all of them. Runs on a questionnaire that has passed every
 * other check.
 *
 * Where the answers are too many to try, the last rules method must still be shown to reach a
 * stage: by a rule that always holds (checked over its own items alone, see alwaysHolds); without
 * one the questionnaire is refused, saying what to add. The other two checks only find rules and
 * items that are never used (they cannot stop a person from reaching a result), so they are
 * left out for such questionnaires.
 */
export function checkReachability(q: Questionnaire, out: Problem[]): void {
  const index = indexItems(q.items);
  const budget = enumerationBudget();
  const methods = q.scoring.stage;
  // Rules of earlier rules methods: answers they decide never reach the last method.
  const earlier: Condition[] = [];
  methods.forEach((method, k) => {
    if (method.type !== 'rules') return;
    checkRules(q, method, indexPath('scoring.stage', k), k === methods.length - 1 ? earlier : undefined, index, budget, out);
    earlier.push(...method.rules.map((rule) => rule.when));
  });
  q.items.forEach((item, i) => {
    if (item.showIf) checkShown(q, item, `items[${i}].showIf`, index, budget, out);
  });
}

function checkShown(q: Questionnaire, item: Item, path: string, index: ItemIndex, budget: EnumerationBudget, out: Problem[]): void {
  let shown = false;
  const tried = forEachFinishedAnswerSet(q, [item.showIf!], index, budget, (answers) => {
    shown ||= evaluateCondition(item.showIf!, answers, index);
  });
  if (tried === true && !shown) out.push({ path, message: `item '${item.id}' is never shown: its showIf holds for no set of earlier answers` });
}

function checkRules(
  q: Questionnaire,
  method: RulesMethod,
  path: string,
  /** For the last method: the rules of earlier rules methods. */
  earlier: readonly Condition[] | undefined,
  index: ItemIndex,
  budget: EnumerationBudget,
  out: Problem[],
): void {
  const rules = method.rules;
  const holds = rules.map(() => false);
  const decides = rules.map(() => false);
  const shadowedBy = rules.map(() => new Set<number>());
  let unmatched: string | undefined;
  const conditions = [...rules.map((rule) => rule.when), ...(earlier ?? [])];
  const tried = forEachFinishedAnswerSet(q, conditions, index, budget, (answers, shown) => {
    let first = -1;
    rules.forEach((rule, j) => {
      if (!evaluateCondition(rule.when, answers, index)) return;
      holds[j] = true;
      if (first < 0) first = j;
      else shadowedBy[j]!.add(first);
    });
    if (first >= 0) decides[first] = true;
    else if (earlier && unmatched === undefined && !earlier.some((c) => evaluateCondition(c, answers, index))) {
      unmatched = formatAnswers(shown, answers);
    }
  });
  if (tried !== true) {
    if (!earlier) return;
    const catchAll = rules.findIndex((rule) => alwaysHolds(rule.when, q, index, budget) === true);
    if (catchAll >= 0) return;
    out.push({
      path: `${path}.rules`,
      message:
        `too many answer combinations (${tried > 1e12 ? 'over a trillion' : tried.toLocaleString('en')}; at most ${MAX_COMBINATIONS.toLocaleString('en')} can be tried) to check that every finished set ` +
        `of answers reaches a stage; add a last rule that always holds, e.g. { "id": "otherwise", "when": { "any": [{ "item": "${rules[0]?.when && firstItem(rules[0].when)}", "answered": true }, { "item": "${rules[0]?.when && firstItem(rules[0].when)}", "answered": false }] }, "stage": "contemplation" } (this is the last method)`,
    });
    return;
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

function formatAnswers(shown: readonly Item[], answers: Readonly<Record<string, AnswerValue>>): string {
  const parts = shown.map((item) => {
    const value = own(answers, item.id);
    return `${item.id}: ${value === undefined ? 'unanswered' : typeof value === 'string' ? `'${value}'` : value}`;
  });
  return `{${parts.join(', ')}}`;
}

function firstItem(condition: Condition): string {
  if ('all' in condition) return condition.all[0] ? firstItem(condition.all[0]) : '…';
  if ('any' in condition) return condition.any[0] ? firstItem(condition.any[0]) : '…';
  if ('not' in condition) return firstItem(condition.not);
  return condition.item;
}
