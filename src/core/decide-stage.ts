import { conditionItems, evaluateCondition, type ItemIndex } from './evaluate-condition';
import { scaleScoring } from './scale-scoring';
import type { ComputedScore } from './score-scales';
import type { Answers, Decision, RulesMethod, Stage, StageMethod } from './types';

/** Finds a scale or composite by id. */
export type ScoreLookup = (id: string) => ComputedScore | undefined;

/** A stage and how it was decided, or why no method decided. */
export type StageOutcome =
  | { readonly decided: true; readonly stage: Stage; readonly decidedBy: Decision }
  | {
      readonly decided: false;
      /** Unanswered items whose answers some method needed (any order, may repeat). */
      readonly blockedBy: readonly string[];
      /** One plain sentence per method saying why it did not decide. */
      readonly reasons: readonly string[];
    };

/** What one method made of the answers: a stage, or what it lacked and why. */
export type MethodOutcome =
  | { readonly stage: Stage; readonly decidedBy: Decision }
  | { readonly stage?: undefined; readonly blockedBy: readonly string[]; readonly reason: string };

/**
 * Tries the scoring methods in order; the first that yields a stage decides. Conditions are
 * evaluated on the answers that count; bands and highest use the rounded score values.
 */
export function decideStage(
  methods: readonly StageMethod[],
  answers: Answers,
  index: ItemIndex,
  scores: ScoreLookup,
): StageOutcome {
  const blockedBy: string[] = [];
  const reasons: string[] = [];
  // An index, not methods.entries(): old page libraries (Prototype 1.7.0) replace Array#entries.
  for (let methodIndex = 0; methodIndex < methods.length; methodIndex++) {
    const method = methods[methodIndex]!;
    const outcome = tryMethod(method, methodIndex, answers, index, scores);
    if (outcome.stage !== undefined) return { decided: true, stage: outcome.stage, decidedBy: outcome.decidedBy };
    blockedBy.push(...outcome.blockedBy);
    reasons.push(`method ${methodIndex + 1} (${method.type}): ${outcome.reason}`);
  }
  return { decided: false, blockedBy, reasons };
}

function tryMethod(
  method: StageMethod,
  methodIndex: number,
  answers: Answers,
  index: ItemIndex,
  scores: ScoreLookup,
): MethodOutcome {
  switch (method.type) {
    case 'rules':
      return tryRules(method, methodIndex, answers, index);
    case 'bands':
      return scaleScoring.tryBands(method, methodIndex, scores);
    case 'highest':
      return scaleScoring.tryHighest(method, methodIndex, scores);
    default:
      return { blockedBy: [], reason: `unknown method type ${JSON.stringify((method as { type?: unknown }).type)}` };
  }
}

function tryRules(method: RulesMethod, methodIndex: number, answers: Answers, index: ItemIndex): MethodOutcome {
  for (const rule of method.rules) {
    if (evaluateCondition(rule.when, answers, index)) {
      return { stage: rule.stage, decidedBy: { method: 'rules', methodIndex, rule: rule.id } };
    }
  }
  const unanswered = method.rules.flatMap((rule) => conditionItems(rule.when)).filter((id) => !Object.hasOwn(answers, id));
  return { blockedBy: unanswered, reason: 'no rule matched the answers' };
}
