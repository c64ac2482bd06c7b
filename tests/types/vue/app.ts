// A Vue 3 app: GlobalComponents knows <stages-quiz> (what vue-tsc checks templates against), and h()
// with it checks the props.
import type {} from 'stages-quiz/vue';
import 'stages-quiz/element';
import { h, type GlobalComponents } from 'vue';

type QuizProps = InstanceType<GlobalComponents['stages-quiz']>['$props'];

const good: QuizProps = { lang: 'es', 'cta-href': 'https://example.org/book', questionnaire: { id: 'my-quiz' }, persist: true };
// @ts-expect-error: only en and es
const badLang: QuizProps = { lang: 'fr' };
// @ts-expect-error: the questionnaire is an object, an id or a URL, not a number
const badQuestionnaire: QuizProps = { questionnaire: 42 };

declare const StagesQuiz: GlobalComponents['stages-quiz'];
export const vnode = h(StagesQuiz, { lang: 'en', mode: 'clinician', 'idle-minutes': 5 });
// @ts-expect-error: mode is self or clinician
export const wrong = h(StagesQuiz, { mode: 'admin' });
console.log(good, badLang, badQuestionnaire);
