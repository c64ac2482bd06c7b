import type { Builtins } from './builtins-website';
import { StagesQuizElement, type ClinicianFeature } from './stages-quiz-element';

/** What `defineStagesQuiz` is given: the tag name and the optional features it injects. */
export interface DefineStagesQuizOptions {
  /** Tag name. Default `stages-quiz`. */
  readonly name?: string;
  /**
   * Clinician mode (`mode="clinician"`), e.g. `clinicianFeature` from src/embed/clinician-feature.ts.
   * Without it, clinician mode shows a friendly message and fires `stages-quiz:error`.
   */
  readonly clinician?: ClinicianFeature;
  /** The built-in questionnaires (checked when built); default `quick` alone (builtins-website.ts). */
  readonly builtins?: Builtins;
}

/**
 * Defines `<stages-quiz>` (or another tag name) once. Loading the script twice, or the script and
 * the module, is harmless: a name already taken is left alone. Where there is no `customElements`
 * registry (a server rendering the page), it defines nothing and returns the class.
 * @param options a tag name, or `{ name, clinician }`.
 * @returns the class registered under the name.
 */
export function defineStagesQuiz(options: string | DefineStagesQuizOptions = {}): CustomElementConstructor {
  const { name = 'stages-quiz', clinician, builtins = StagesQuizElement.builtins } = typeof options === 'string' ? { name: options } : options;
  if (typeof customElements === 'undefined') return StagesQuizElement;
  const existing = customElements.get(name);
  if (existing) return existing;
  // A class can be registered under one name only, and the features belong to this definition:
  // each name gets its own subclass.
  const ctor = class extends StagesQuizElement {
    static override readonly clinician = clinician;
    static override readonly builtins = builtins;
  };
  customElements.define(name, ctor);
  return ctor;
}
