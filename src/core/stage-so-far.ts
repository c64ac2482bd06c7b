import { decideStage } from './decide-stage';
import { scoreItemIndex } from './score-item-index';
import { scoreScales } from './score-scales';
import type { Answers, Questionnaire, Stage } from './types';

/**
 * The stage that the answers given so far already decide, if any: a guess at the result, for
 * loading its texts while the person answers the rest (a staging question often comes early).
 * Never the result itself: that is `score` on the finished answers, which may differ.
 * @param answers the answers that count so far (quiz-flow's `countedAnswers`).
 */
export function stageSoFar(questionnaire: Questionnaire, answers: Answers): Stage | undefined {
  try {
    const index = scoreItemIndex(questionnaire.items);
    const computed = scoreScales(questionnaire, answers, index);
    const outcome = decideStage(questionnaire.scoring.stage, answers, index, (id) => computed.find((s) => s.id === id));
    return outcome.decided ? outcome.stage : undefined;
  } catch {
    // Only a questionnaire that skipped parseQuestionnaire throws; a guess may simply not be made.
    return undefined;
  }
}
