import type { Problem } from './types';
import { STAGES } from './types';
import { checkKeys, expectType, get, indexPath, list, quote, type JsonObject, type JsonValue } from './validate-context';

interface Edge {
  readonly value: number;
  readonly inclusive: boolean;
}

/**
 * Checks a bands method's bands: ordered low to high, the first open below and the last open
 * above, each non-empty, and each pair of neighbours meeting at one value that exactly one of
 * them includes. Together they then cover every number exactly once.
 */
export function validateBands(value: JsonValue | undefined, path: string, out: Problem[]): void {
  if (!expectType(value, 'array', path, out)) return;
  const bands = value as readonly JsonValue[];
  if (bands.length === 0) {
    out.push({ path, message: 'a bands method needs at least one band' });
    return;
  }
  const parsed: ({ min?: Edge; max?: Edge } | undefined)[] = bands.map((band, i) => {
    const at = indexPath(path, i);
    if (!expectType(band, 'object', at, out)) return undefined;
    const b = band as JsonObject;
    checkKeys(b, at, ['stage'], ['min', 'max'], out);
    validateStage(get(b, 'stage'), `${at}.stage`, out);
    const min = edge(get(b, 'min'), `${at}.min`, out);
    const max = edge(get(b, 'max'), `${at}.max`, out);
    if (min === null || max === null) return undefined;
    const first = i === 0;
    const last = i === bands.length - 1;
    if (first && min) out.push({ path: `${at}.min`, message: 'the first band has no min: it takes every value below its max' });
    if (last && max) out.push({ path: `${at}.max`, message: 'the last band has no max: it takes every value above its min' });
    if (!first && !min) out.push({ path: `${at}.min`, message: "missing required field 'min'; every band after the first starts where the one before ends" });
    if (!last && !max) out.push({ path: `${at}.max`, message: "missing required field 'max'; every band before the last ends where the next begins" });
    if (min && max && (min.value > max.value || (min.value === max.value && !(min.inclusive && max.inclusive)))) {
      out.push({ path: at, message: `this band is empty: no value is both ${min.inclusive ? '≥' : '>'} ${min.value} and ${max.inclusive ? '≤' : '<'} ${max.value}` });
    }
    return { ...(min ? { min } : {}), ...(max ? { max } : {}) };
  });
  for (let i = 0; i + 1 < parsed.length; i++) {
    const upper = parsed[i]?.max;
    const lower = parsed[i + 1]?.min;
    if (!upper || !lower) continue;
    const at = `${indexPath(path, i + 1)}.min`;
    if (lower.value < upper.value) {
      out.push({ path: at, message: `bands overlap between ${lower.value} and ${upper.value}: band ${i + 1} starts before band ${i} ends; a band starts where the one before it ends` });
    } else if (lower.value > upper.value) {
      out.push({ path: at, message: `gap between ${upper.value} and ${lower.value}: values there reach no stage; start this band at ${upper.value}` });
    } else if (upper.inclusive && lower.inclusive) {
      out.push({ path: at, message: `bands overlap at ${lower.value}: both bands include it; make exactly one edge inclusive` });
    } else if (!upper.inclusive && !lower.inclusive) {
      out.push({ path: at, message: `gap at ${lower.value}: neither band includes it, so it reaches no stage; make exactly one edge inclusive` });
    }
  }
}

/** An edge, undefined when absent, null when broken (reported). */
function edge(value: JsonValue | undefined, path: string, out: Problem[]): Edge | undefined | null {
  if (value === undefined) return undefined;
  if (!expectType(value, 'object', path, out)) return null;
  const e = value as JsonObject;
  checkKeys(e, path, ['value', 'inclusive'], [], out);
  const v = get(e, 'value');
  const inclusive = get(e, 'inclusive');
  const ok = expectType(v, 'number', `${path}.value`, out);
  const incOk = expectType(inclusive, 'boolean', `${path}.inclusive`, out);
  return ok && incOk ? { value: v as number, inclusive: inclusive as boolean } : null;
}

/** A stage name must be one of the five. */
export function validateStage(value: JsonValue | undefined, path: string, out: Problem[]): boolean {
  if (value === undefined) return false;
  if (typeof value === 'string' && (STAGES as readonly string[]).includes(value)) return true;
  out.push({ path, message: `unknown stage ${typeof value === 'string' ? quote(value) : JSON.stringify(value)}; expected one of: ${list(STAGES)}` });
  return false;
}

