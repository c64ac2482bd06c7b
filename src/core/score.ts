import { checkAnswers } from './check-answers';
import { decideStage } from './decide-stage';
import { effectiveAnswers } from './effective-answers';
import { scoreItemIndex } from './score-item-index';
import { scaleScoring } from './scale-scoring';
import type { ComputedScore } from './score-scales';
import type { Questionnaire, ScoreResult, ScoreValue } from './types';

/**
 * Scores a person's answers: the stage of change, the named scores, and which method decided.
 *
 * Pure and total: no I/O, no clock, no randomness, never throws, never mutates its inputs.
 * 1. Every answer is checked against its item; any bad answer (unknown item, wrong type, a value
 *    the item does not offer, NaN) gives status `'invalid'` with one problem per answer, and
 *    nothing is scored. Answers that are not an object at all are invalid too.
 * 2. Answers to hidden items (skip logic) are dropped; scales and composites are computed from
 *    the rest (null where too many answers are missing), rounded to 9 decimal places.
 * 3. Required items that are shown but unanswered give `'incomplete'` with their ids, in
 *    questionnaire order.
 * 4. Otherwise the scoring methods are tried in order and the first that yields a stage decides
 *    (`'complete'`). If none does: `'incomplete'` naming the optional items a method needed, or,
 *    when nothing is missing, `'invalid'` (only reachable for a questionnaire that did not pass
 *    parseQuestionnaire).
 * A problem that concerns no single item (answers that are not an object, a questionnaire that
 * cannot be scored) has `item: ''`.
 *
 * @example
 * const parsed = parseQuestionnaire(json);
 * if (parsed.ok) {
 *   const result = score(parsed.questionnaire, { stage: 'within-30-days' });
 *   if (result.status === 'complete') show(result.stage);
 * }
 *
 * @param questionnaire A questionnaire that passed `parseQuestionnaire`.
 * @param answers Answers keyed by item id, of unknown provenance; checked here.
 */
export function score(questionnaire: Questionnaire, answers: unknown): ScoreResult {
  const about = identify(questionnaire);
  try {
    return scoreChecked(questionnaire, answers, about);
  } catch (error) {
    // Only a questionnaire that skipped parseQuestionnaire can get here; answer rather than throw.
    const detail = error instanceof Error ? error.message : String(error);
    return {
      status: 'invalid',
      questionnaire: about,
      scores: [],
      problems: [{ item: '', message: `This questionnaire could not be scored (check it with parseQuestionnaire): ${detail}` }],
    };
  }
}

function scoreChecked(questionnaire: Questionnaire, raw: unknown, about: ScoreResult['questionnaire']): ScoreResult {
  const index = scoreItemIndex(questionnaire.items);
  const checked = checkAnswers(questionnaire, raw, index);
  if (!checked.ok) return { status: 'invalid', questionnaire: about, scores: [], problems: checked.problems };

  // Without skip logic every item is shown and every (checked, defined) answer counts, which is
  // exactly what effectiveAnswers would return; skipping it saves a copy of the answers per call.
  const { shown, answers } = questionnaire.items.some((item) => item.showIf)
    ? effectiveAnswers(questionnaire.items, checked.answers, index)
    : { shown: questionnaire.items, answers: checked.answers };
  const computed = scaleScoring.scoreScales(questionnaire, answers, index);
  const scores = computed.map(publicScore);
  const isUnanswered = (id: string) => !Object.hasOwn(answers, id);

  const missing: string[] = [];
  for (const item of shown) if (item.required && isUnanswered(item.id)) missing.push(item.id);
  if (missing.length > 0) return { status: 'incomplete', questionnaire: about, scores, missing };

  // Scales before composites; on a duplicate id (unvalidated input) the first wins.
  const byId = (id: string) => computed.find((s) => s.id === id);
  const outcome = decideStage(questionnaire.scoring.stage, answers, index, byId);
  if (outcome.decided) {
    return { status: 'complete', questionnaire: about, scores, stage: outcome.stage, decidedBy: outcome.decidedBy };
  }
  // Only shown items can be answered; name them in questionnaire order.
  const needed = new Set(outcome.blockedBy);
  const blocking = shown.filter((item) => needed.has(item.id) && isUnanswered(item.id)).map((item) => item.id);
  if (blocking.length > 0) return { status: 'incomplete', questionnaire: about, scores, missing: blocking };
  return {
    status: 'invalid',
    questionnaire: about,
    scores,
    problems: [{ item: '', message: `No scoring method decided a stage: ${outcome.reasons.join('; ')}.` }],
  };
}

/** Drops the unrounded value kept for composites. */
function publicScore(s: ComputedScore): ScoreValue {
  const { id, kind, label, value, missing, prorated, reversed } = s;
  return { id, kind, label, value, missing, prorated, reversed };
}

function identify(questionnaire: unknown): ScoreResult['questionnaire'] {
  const q = (typeof questionnaire === 'object' && questionnaire !== null ? questionnaire : {}) as Record<string, unknown>;
  return {
    id: typeof q.id === 'string' ? q.id : '',
    version: typeof q.version === 'string' ? q.version : '',
  };
}
