import type { Problem } from './types';
import { childPath, get, indexPath, isArray, isObject, type JsonObject, type JsonValue } from './validate-context';

/**
 * The bounds every questionnaire stays within, so that any input is answered quickly (well under a
 * second for 2 MB, in Node and in a browser) and every score is a finite number. The JSON Schema
 * states the same bounds (maxLength, maxItems, minimum, maximum); tests hold the two together.
 */
export const LIMITS = {
  /** Characters in one text (a translation, a label, an id, a URL). */
  text: 10_000,
  /** Characters in the whole questionnaire (all texts and keys): about 2 MB. */
  total: 2_000_000,
  /** Any number: answer values, option scores, weights, band edges, ruler ends. */
  number: 1_000_000,
  items: 200,
  /** Options of one choice item or response set. */
  options: 100,
  responseSets: 50,
  /** Stage methods, and rules in one rules method. */
  methods: 10,
  rules: 200,
  scales: 100,
  composites: 50,
  /** Terms of one composite. */
  terms: 100,
  /** Leaves and groups in one condition (a showIf or a rule's `when`). */
  conditionNodes: 100,
} as const;

/**
 * Why scores are always finite: with |every number| ≤ LIMITS.number, a scale sums at most
 * LIMITS.items values (≤ 2e8), a composite at most LIMITS.terms weighted scales (≤ 1e6 × 2e8 × 100 =
 * 2e16): far inside the finite doubles (1.8e308). So NaN or Infinity never reaches a band.
 */
export const LARGEST_SCORE = LIMITS.number * LIMITS.number * LIMITS.items * LIMITS.terms;

/**
 * Checks the bounds on the JSON snapshot before any other check (they keep the others fast).
 * Reports each bound broken, naming the limit; returns whether all hold.
 */
export function validateSizes(root: JsonValue, out: Problem[]): boolean {
  const before = out.length;
  // A first pass without paths (they cost more than the check); paths only when something is wrong.
  let total = 0;
  let wrong = false;
  const scan = (value: JsonValue): void => {
    if (typeof value === 'string') {
      total += value.length;
      if (value.length > LIMITS.text) wrong = true;
    } else if (typeof value === 'number') {
      if (Math.abs(value) > LIMITS.number) wrong = true;
    } else if (isArray(value)) {
      for (const v of value) scan(v);
    } else if (isObject(value)) {
      for (const key of Object.keys(value)) {
        total += key.length;
        scan(value[key]!);
      }
    }
  };
  scan(root);
  let reported = 0;
  const walk = (value: JsonValue, path: string): void => {
    if (typeof value === 'string') {
      if (value.length > LIMITS.text && reported++ < 20) {
        out.push({ path, message: `a text of ${value.length.toLocaleString('en')} characters; at most ${LIMITS.text.toLocaleString('en')}` });
      }
    } else if (typeof value === 'number') {
      if (Math.abs(value) > LIMITS.number && reported++ < 20) {
        out.push({ path, message: `expected a number from -${LIMITS.number} to ${LIMITS.number}, got ${String(value)}` });
      }
    } else if (isArray(value)) {
      value.forEach((v, i) => walk(v, indexPath(path, i)));
    } else if (isObject(value)) {
      for (const key of Object.keys(value)) walk(value[key]!, childPath(path, key));
    }
  };
  if (wrong) walk(root, '(root)');
  if (total > LIMITS.total) {
    out.push({ path: '(root)', message: `too large: ${total.toLocaleString('en')} characters of text; at most ${LIMITS.total.toLocaleString('en')}` });
  }
  if (!isObject(root)) return out.length === before;
  count(get(root, 'items'), 'items', LIMITS.items, 'items', out);
  forEach(get(root, 'items'), 'items', (item, path) => {
    count(get(item, 'options'), `${path}.options`, LIMITS.options, 'options', out);
    condition(get(item, 'showIf'), `${path}.showIf`, out);
  });
  const sets = get(root, 'responseSets');
  if (isObject(sets)) {
    const names = Object.keys(sets);
    if (names.length > LIMITS.responseSets) out.push({ path: 'responseSets', message: `${names.length} response sets; at most ${LIMITS.responseSets}` });
    for (const name of names) {
      const set = sets[name];
      if (isObject(set)) count(get(set, 'options'), childPath(childPath('responseSets', name), 'options'), LIMITS.options, 'options', out);
    }
  }
  const scoring = get(root, 'scoring');
  if (isObject(scoring)) {
    count(get(scoring, 'stage'), 'scoring.stage', LIMITS.methods, 'stage methods', out);
    forEach(get(scoring, 'stage'), 'scoring.stage', (method, path) => {
      count(get(method, 'rules'), `${path}.rules`, LIMITS.rules, 'rules', out);
      forEach(get(method, 'rules'), `${path}.rules`, (rule, at) => condition(get(rule, 'when'), `${at}.when`, out));
    });
    count(get(scoring, 'scales'), 'scoring.scales', LIMITS.scales, 'scales', out);
    count(get(scoring, 'composites'), 'scoring.composites', LIMITS.composites, 'composites', out);
    forEach(get(scoring, 'composites'), 'scoring.composites', (composite, path) =>
      count(get(composite, 'terms'), `${path}.terms`, LIMITS.terms, 'terms', out),
    );
  }
  return out.length === before;
}

function count(value: JsonValue | undefined, path: string, limit: number, what: string, out: Problem[]): void {
  if (isArray(value) && value.length > limit) out.push({ path, message: `${value.length} ${what}; at most ${limit}` });
}

function forEach(value: JsonValue | undefined, path: string, visit: (obj: JsonObject, path: string) => void): void {
  if (!isArray(value)) return;
  value.forEach((v, i) => {
    if (isObject(v)) visit(v, `${path}[${i}]`);
  });
}

/** A condition's size: every object in it (groups and leaves). */
function condition(value: JsonValue | undefined, path: string, out: Problem[]): void {
  if (value === undefined) return;
  let nodes = 0;
  const visit = (v: JsonValue): void => {
    if (isArray(v)) v.forEach(visit);
    else if (isObject(v)) {
      nodes++;
      for (const key of Object.keys(v)) if (key === 'all' || key === 'any' || key === 'not') visit(v[key]!);
    }
  };
  visit(value);
  if (nodes > LIMITS.conditionNodes) {
    out.push({ path, message: `a condition of ${nodes} parts (groups and tests); at most ${LIMITS.conditionNodes}` });
  }
}
