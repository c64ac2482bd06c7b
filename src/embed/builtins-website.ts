import type { Questionnaire } from '../core/types';
import quick from '../../questionnaire/quick.json?checked';

/** Built-in questionnaires, by id: the first is the default. */
export type Builtins = ReadonlyMap<string, Questionnaire>;

/**
 * The website's built-ins: `quick` only, checked when built (no validator runs for it in the
 * browser). The clinic's `intake` is in builtins-all.ts, which only clinician builds import.
 */
export const WEBSITE_BUILTINS: Builtins = new Map([['quick', quick]]);
