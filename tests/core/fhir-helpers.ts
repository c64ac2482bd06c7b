import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Questionnaire } from '../../src/core/types';

/** A built-in questionnaire, read as the package ships it. */
export function loadBuiltin(name: 'quick' | 'intake'): Questionnaire {
  const path = fileURLToPath(new URL(`../../questionnaire/${name}.json`, import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as Questionnaire;
}
