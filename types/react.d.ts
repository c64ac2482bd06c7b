// `import type {} from 'stages-quiz/react'` (or "types": ["stages-quiz/react"] in tsconfig):
// <stages-quiz> in React 19 TSX, with its attributes and the `questionnaire` property (React 19
// sets it as a property, so an object reaches the element as an object).
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { StagesQuizElement, StagesQuizProps } from 'stages-quiz/element';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'stages-quiz': Omit<DetailedHTMLProps<HTMLAttributes<StagesQuizElement>, StagesQuizElement>, keyof StagesQuizProps> & StagesQuizProps;
    }
  }
}
