import { effectiveAnswers } from '../effective-answers';
import { evaluateCondition, indexItems } from '../evaluate-condition';
import type { Answers, Flag, FlagSeverity, Questionnaire, ScoreValue } from '../types';

/** A flag whose condition held, in the order the summary lists it. */
export interface RaisedFlag {
  readonly id: string;
  readonly severity: FlagSeverity;
  readonly flag: Flag;
}

const ORDER: Readonly<Record<FlagSeverity, number>> = { warning: 0, info: 1 };

/**
 * The questionnaire's flags that hold for these answers and scores: warnings first, then notes,
 * each group in declaration order. Only the answers of shown items count (as in scoring). Pure.
 * @param scores the scorer's scales and composites (`ScoreResult.scores`).
 */
export function evaluateFlags(questionnaire: Questionnaire, answers: Answers, scores: readonly ScoreValue[]): RaisedFlag[] {
  const flags = questionnaire.flags ?? [];
  if (flags.length === 0) return [];
  const index = indexItems(questionnaire.items);
  const counted = effectiveAnswers(questionnaire.items, answers, index).answers;
  const values = new Map(scores.map((s) => [s.id, s.value]));
  return flags
    .filter((flag) => evaluateCondition(flag.when, counted, index, values))
    .map((flag) => ({ id: flag.id, severity: flag.severity, flag }))
    .sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}
