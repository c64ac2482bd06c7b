import type { Problem } from '../types';
import type { ConditionScope } from '../validate-condition';
import { expectType, type JsonValue } from '../validate-context';

/**
 * The website script's stand-in for `validateFlags` (vite.embed.config.ts swaps it in for that
 * build only): the website script has no clinician mode and never reads flags, so it only checks
 * that `flags` is a list and carries none of the flags' checks. Every other build, the library and
 * the CLI check flags in full.
 */
export function validateFlags(value: JsonValue | undefined, _scope: ConditionScope, _locales: readonly string[] | undefined, out: Problem[]): void {
  expectType(value, 'array', 'flags', out);
}
