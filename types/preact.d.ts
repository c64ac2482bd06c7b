// `import type {} from 'stages-quiz/preact'` (or "types": ["stages-quiz/preact"] in tsconfig):
// <stages-quiz> in Preact TSX, with its attributes and the `questionnaire` property.
import type { HTMLAttributes } from 'preact';
import type { StagesQuizElement, StagesQuizProps } from 'stages-quiz/element';

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'stages-quiz': Omit<HTMLAttributes<StagesQuizElement>, keyof StagesQuizProps> & StagesQuizProps;
    }
  }
}
