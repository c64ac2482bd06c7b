import { StagesQuizElement } from './stages-quiz-element';

/**
 * Defines `<stages-quiz>` (or another tag name) once. Loading the script twice, or the script and
 * the module, is harmless: a name already taken is left alone.
 * @returns the class registered under the name.
 */
export function defineStagesQuiz(name = 'stages-quiz'): CustomElementConstructor {
  const existing = customElements.get(name);
  if (existing) return existing;
  customElements.define(name, StagesQuizElement);
  return StagesQuizElement;
}
