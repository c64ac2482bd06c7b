// The element entry under nodenext (a server-rendering app's own resolution): typed.
import { defineStagesQuiz, type StagesQuizElement, type StagesQuizProps } from 'stages-quiz/element';

const ctor: CustomElementConstructor = defineStagesQuiz({ name: 'my-quiz' });
const props: StagesQuizProps = { lang: 'es', 'cta-href': 'https://example.org/book', persist: true };
// @ts-expect-error: only en and es
const wrong: StagesQuizProps = { lang: 'fr' };
declare const element: StagesQuizElement;
element.addEventListener('stages-quiz:complete', (event) => console.log(event.detail.stage));
console.log(ctor, props, wrong);
