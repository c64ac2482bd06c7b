import intake from '../../questionnaire/intake.json?checked';
import quick from '../../questionnaire/quick.json?checked';
import type { Builtins } from './builtins-website';

/** Every built-in (`quick`, `intake`), checked when built: the clinician script, the standalone and frame pages. */
export const ALL_BUILTINS: Builtins = new Map([
  ['quick', quick],
  ['intake', intake],
]);
