// Node's own resolution (nodenext), ES module: the library's names are there and typed, not `any`.
import { parseQuestionnaire, score, type Questionnaire, type ScoreResult } from 'stages-quiz';

const parsed = parseQuestionnaire(JSON.parse('{}'));
if (parsed.ok) {
  const q: Questionnaire = parsed.questionnaire;
  const result: ScoreResult = score(q, { stage: 'within-30-days' });
  console.log(result.status);
  // @ts-expect-error: score is typed (were it `any`, this line would not be an error)
  score();
}
