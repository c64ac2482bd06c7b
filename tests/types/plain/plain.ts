// A plain TypeScript app with a bundler: the README's own snippets type-check under strict, and
// wrong uses are errors (each @ts-expect-error fails the compile if its line stops being an error).
import 'stages-quiz/element';
import type { QuizCompletion, StagesQuizElement } from 'stages-quiz/element';
import { parseQuestionnaire, score, type Questionnaire, type ScoreResult } from 'stages-quiz';

document.addEventListener('stages-quiz:complete', (event) => {
  const stage: QuizCompletion['stage'] = event.detail.stage;
  console.log(stage);
  // @ts-expect-error: the completion has no such field
  console.log(event.detail.nonsense);
});
window.addEventListener('stages-quiz:error', (event) => {
  for (const problem of event.detail.problems) console.log(problem.path, problem.message);
});
document.addEventListener('stages-quiz:start', (event) => console.log(event.detail.questionnaire.id));

const element = document.querySelector('stages-quiz');
if (element) {
  const typed: StagesQuizElement = element;
  typed.addEventListener('stages-quiz:complete', (event) => console.log(event.detail.answers));
  typed.questionnaire = 'intake';
  const shown: Questionnaire | null = typed.questionnaire;
  console.log(shown?.id);
}

const parsed = parseQuestionnaire({});
if (parsed.ok) {
  const result: ScoreResult = score(parsed.questionnaire, {});
  if (result.status === 'complete') console.log(result.stage);
  // @ts-expect-error: score takes the parsed questionnaire, not its id
  score('quick', {});
}
