// Node's own resolution (nodenext), CommonJS: require('stages-quiz') is typed too.
import stagesQuiz = require('stages-quiz');

const parsed = stagesQuiz.parseQuestionnaire(JSON.parse('{}'));
if (parsed.ok) {
  const result: stagesQuiz.ScoreResult = stagesQuiz.score(parsed.questionnaire, {});
  console.log(result.status);
  // @ts-expect-error: typed, not `any`
  stagesQuiz.score('quick');
}
