import { StagesQuizElement } from './stages-quiz-element';

let registered = false;

/**
 * Defines `<stages-quiz>` (or another tag name) once. Loading the script twice, or the script and
 * the module, is harmless: a name already taken is left alone.
 * @returns the class registered under the name.
 */
export function defineStagesQuiz(name = 'stages-quiz'): CustomElementConstructor {
  const existing = customElements.get(name);
  if (existing) return existing;
  // A class can be registered under one name only: further names get a subclass.
  const ctor = registered ? class extends StagesQuizElement {} : StagesQuizElement;
  customElements.define(name, ctor);
  registered = true;
  return ctor;
}
