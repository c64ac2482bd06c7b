import type { Problem } from './types';
import { childPath, describe, expectType, get, indexPath, isObject, list, quote, type JsonObject, type JsonValue } from './validate-context';
import type { ItemInfo } from './validate-items';

const LEAF_TESTS = ['equals', 'oneOf', 'range', 'answered'] as const;
const GROUPS = ['all', 'any', 'not'] as const;

/** Where a condition sits decides which items it may name. */
export interface ConditionScope {
  readonly items: ReadonlyMap<string, ItemInfo>;
  /** For a showIf: the item it belongs to; only items before it may be named. */
  readonly owner?: ItemInfo;
  /** Item ids that exist but whose details are unusable (their own problems are reported). */
  readonly broken: ReadonlySet<string>;
  /**
   * Scale and composite ids a score test may name. Only flags have it: showIf and rules are
   * decided before any score exists, so there a score test is refused.
   */
  readonly scores?: ReadonlySet<string>;
  /**
   * Checks a score test (flags only; see flags/validate-score-test.ts). Passed in rather than
   * imported, so a build that never checks flags carries none of it.
   */
  readonly scoreTest?: (value: JsonObject, path: string, scope: ConditionScope, out: Problem[]) => void;
}

/**
 * Checks a condition's shape and that what it names makes sense: the item exists (and, in a
 * showIf, comes earlier), and the values it tests are answers that item can have.
 */
export function validateCondition(value: JsonValue | undefined, path: string, scope: ConditionScope, out: Problem[]): void {
  if (value === undefined) return;
  if (!isObject(value)) {
    out.push({ path, message: `expected a condition object such as { "item": "status", "equals": "ready" }, got ${describe(value)}` });
    return;
  }
  const group = GROUPS.filter((k) => Object.hasOwn(value, k));
  if (group.length > 0) {
    const key = group[0]!;
    if (group.length > 1 || Object.hasOwn(value, 'item') || Object.hasOwn(value, 'score')) {
      out.push({ path, message: `a condition is one of: { all: […] }, { any: […] }, { not: … } or a test on one item; found ${list(Object.keys(value))}` });
      return;
    }
    reportUnknown(value, path, [key], out);
    const inner = get(value, key);
    if (key === 'not') return validateCondition(inner, `${path}.not`, scope, out);
    if (!expectType(inner, 'array', `${path}.${key}`, out)) return;
    const parts = inner as readonly JsonValue[];
    if (parts.length === 0) out.push({ path: `${path}.${key}`, message: `'${key}' needs at least one condition` });
    parts.forEach((part, i) => validateCondition(part, indexPath(`${path}.${key}`, i), scope, out));
    return;
  }
  if (Object.hasOwn(value, 'score') && !Object.hasOwn(value, 'item')) {
    if (scope.scores !== undefined && scope.scoreTest) return scope.scoreTest(value, path, scope, out);
    out.push({
      path: `${path}.score`,
      message: 'a test on a score is allowed only in flags; showIf and stage rules look at answers alone (no score exists yet), so test an item here',
    });
    return;
  }
  validateLeaf(value, path, scope, out);
}

function validateLeaf(value: JsonObject, path: string, scope: ConditionScope, out: Problem[]): void {
  const tests = LEAF_TESTS.filter((k) => Object.hasOwn(value, k));
  if (!Object.hasOwn(value, 'item')) {
    out.push({ path: `${path}.item`, message: `missing required field 'item'; a condition is { all }, { any }, { not } or { item, ${LEAF_TESTS.join(' | ')} }` });
  }
  if (tests.length !== 1) {
    out.push({
      path,
      message:
        tests.length === 0
          ? `a condition on an item needs one test: ${list(LEAF_TESTS)}`
          : `a condition on an item has exactly one test; found ${list(tests)}`,
    });
  }
  reportUnknown(value, path, ['item', ...LEAF_TESTS], out);
  const id = get(value, 'item');
  if (id !== undefined && !expectType(id, 'string', `${path}.item`, out)) return;
  const item = typeof id === 'string' ? resolveItem(id, `${path}.item`, scope, out) : undefined;
  if (tests.length !== 1) return;
  const test = tests[0]!;
  const arg = get(value, test);
  const at = `${path}.${test}`;
  if (test === 'answered') return void expectType(arg, 'boolean', at, out);
  if (test === 'equals') return void checkValue(arg, at, item, out);
  if (test === 'oneOf') {
    if (!expectType(arg, 'array', at, out)) return;
    const values = arg as readonly JsonValue[];
    if (values.length === 0) out.push({ path: at, message: "'oneOf' needs at least one value" });
    const seen = new Set<JsonValue>();
    values.forEach((v, i) => {
      if (seen.has(v)) out.push({ path: indexPath(at, i), message: `${quote(v)} is listed twice` });
      seen.add(v);
      checkValue(v, indexPath(at, i), item, out);
    });
    return;
  }
  checkRange(arg, at, item, out);
}

/** Finds the named item, reporting an unknown one or (in a showIf) one that is not earlier. */
function resolveItem(id: string, path: string, scope: ConditionScope, out: Problem[]): ItemInfo | undefined {
  const item = scope.items.get(id);
  if (item === undefined) {
    if (!scope.broken.has(id)) out.push({ path, message: `unknown item ${quote(id)}; a condition must name an item's id` });
    return undefined;
  }
  const owner = scope.owner;
  if (owner !== undefined && item.index >= owner.index) {
    out.push({
      path,
      message:
        item.index === owner.index
          ? `showIf names its own item '${id}'; it can only depend on earlier answers`
          : `showIf names item '${id}', which comes later (${item.path}); it can only depend on earlier answers`,
    });
    return undefined;
  }
  return item;
}

/** An `equals`/`oneOf` value must be an answer the item can have. */
function checkValue(value: JsonValue | undefined, path: string, item: ItemInfo | undefined, out: Problem[]): void {
  if (value === undefined) return;
  if (typeof value !== 'string' && typeof value !== 'number') {
    out.push({ path, message: `expected an answer value (a string or a number), got ${describe(value)}` });
    return;
  }
  if (!item || !item.values) return;
  if (item.values.includes(value)) return;
  if (item.type === 'choice') {
    out.push({ path, message: `${quote(value)} is not an option of item '${item.id}'; expected one of: ${list(item.values)}` });
  } else if (item.type === 'ruler') {
    out.push({ path, message: `${quote(value)} is not an answer to ruler '${item.id}'; expected a whole number from ${item.min} to ${item.max}` });
  } else {
    out.push({ path, message: `${quote(value)} is not an answer to item '${item.id}'; expected one of: ${list(item.values)}` });
  }
}

/** A range needs numbers on both sides: a numeric item, and bounds that some answer can meet. */
export function checkRange(value: JsonValue | undefined, path: string, item: ItemInfo | undefined, out: Problem[]): void {
  if (!expectType(value, 'object', path, out)) return;
  const range = value as JsonObject;
  reportUnknown(range, path, ['min', 'max'], out);
  const min = get(range, 'min');
  const max = get(range, 'max');
  const minOk = min === undefined || expectType(min, 'number', `${path}.min`, out);
  const maxOk = max === undefined || expectType(max, 'number', `${path}.max`, out);
  if (min === undefined && max === undefined) out.push({ path, message: "a range needs 'min', 'max' or both" });
  if (!minOk || !maxOk) return;
  if (typeof min === 'number' && typeof max === 'number' && min > max) {
    out.push({ path, message: `min (${min}) is above max (${max}); no answer is in this range` });
    return;
  }
  if (!item) return;
  if (item.type === 'choice' && item.scores) {
    const unscored = [...item.scores].filter(([, s]) => s === undefined).map(([v]) => v);
    if (unscored.length > 0) {
      out.push({ path, message: `a range on choice item '${item.id}' needs a score on every option; ${list(unscored.map(quote))} ${unscored.length === 1 ? 'has' : 'have'} none` });
      return;
    }
  }
  if (item.values === undefined) return;
  const numbers = item.type === 'choice' ? [...(item.scores?.values() ?? [])] : item.values;
  const hit = numbers.some((n) => typeof n === 'number' && (typeof min !== 'number' || n >= min) && (typeof max !== 'number' || n <= max));
  if (!hit) {
    out.push({ path, message: `no answer to item '${item.id}' is in this range (its answers run from ${item.min} to ${item.max})` });
  }
}

export function reportUnknown(obj: JsonObject, path: string, allowed: readonly string[], out: Problem[]): void {
  for (const key of Object.keys(obj)) {
    if (allowed.includes(key)) continue;
    out.push({ path: childPath(path, key), message: `unknown key ${quote(key)}; expected one of: ${list(allowed)}` });
  }
}
