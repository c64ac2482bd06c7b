// `import type {} from 'stages-quiz/vue'` (or "types": ["stages-quiz/vue"] in tsconfig): Vue's
// GlobalComponents knows <stages-quiz>, its attributes and the `questionnaire` property, so
// templates (vue-tsc, Volar) and h() check them. Tell Vue's compiler it is a custom element:
// compilerOptions.isCustomElement = (tag) => tag === 'stages-quiz'.
import type { DefineComponent } from 'vue';
import type { StagesQuizProps } from 'stages-quiz/element';

declare module 'vue' {
  interface GlobalComponents {
    'stages-quiz': DefineComponent<StagesQuizProps>;
  }
}
