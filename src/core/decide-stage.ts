import { conditionItems, evaluateCondition, type ItemIndex } from './evaluate-condition';
import type { ComputedScore } from './score-scales';
import type {
  Answers,
  Band,
  BandsMethod,
  Decision,
  HighestMethod,
  RulesMethod,
  Stage,
  StageMethod,
} from './types';

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

type MethodOutcome =
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
  for (const [methodIndex, method] of methods.entries()) {
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
      return tryBands(method, methodIndex, scores);
    case 'highest':
      return tryHighest(method, methodIndex, scores);
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

function tryBands(method: BandsMethod, methodIndex: number, scores: ScoreLookup): MethodOutcome {
  const source = scores(method.source);
  if (!source) return { blockedBy: [], reason: `there is no scale or composite "${method.source}"` };
  const value = source.value;
  if (value === null) return { blockedBy: source.missing, reason: `"${method.source}" has too many missing answers` };
  const band = method.bands.findIndex((b) => inBand(b, value));
  if (band < 0) return { blockedBy: [], reason: `"${method.source}" is ${value}, which falls in no band` };
  return {
    stage: method.bands[band]!.stage,
    decidedBy: { method: 'bands', methodIndex, source: method.source, value, band },
  };
}

function inBand(band: Band, value: number): boolean {
  const { min, max } = band;
  const aboveMin = !min || value > min.value || (min.inclusive && value === min.value);
  const belowMax = !max || value < max.value || (max.inclusive && value === max.value);
  return aboveMin && belowMax;
}

function tryHighest(method: HighestMethod, methodIndex: number, scores: ScoreLookup): MethodOutcome {
  const entries = method.scales.map((entry) => ({ ...entry, score: scores(entry.scale) }));
  const unknown = entries.find((e) => !e.score);
  if (unknown) return { blockedBy: [], reason: `there is no scale "${unknown.scale}"` };
  const incomplete = entries.filter((e) => e.score!.value === null);
  if (incomplete.length > 0) {
    const names = incomplete.map((e) => `"${e.scale}"`).join(', ');
    return { blockedBy: incomplete.flatMap((e) => e.score!.missing), reason: `${names} have too many missing answers` };
  }
  if (entries.length === 0) return { blockedBy: [], reason: 'it names no scales' };
  const top = Math.max(...entries.map((e) => e.score!.value!));
  const tied = entries.filter((e) => e.score!.value === top);
  // Stages missing from tieBreak (only in unvalidated input) lose to every listed one, keeping declaration order.
  const rank = (stage: Stage) => {
    const i = method.tieBreak.indexOf(stage);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const winner = tied.reduce((best, e) => (rank(e.stage) < rank(best.stage) ? e : best));
  return {
    stage: winner.stage,
    decidedBy: {
      method: 'highest',
      methodIndex,
      scale: winner.scale,
      tiedWith: tied.filter((e) => e !== winner).map((e) => e.scale),
    },
  };
}
