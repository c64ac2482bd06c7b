import type { Problem } from './types';

/** A plain JSON value, as produced by `snapshotJson`. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | JsonObject;
export interface JsonObject {
  readonly [key: string]: JsonValue;
}

/** The path of a field: `items[2]` + `text` → `items[2].text`; the root is `(root)`. */
export function childPath(path: string, key: string): string {
  const prefix = path === '(root)' ? '' : path;
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return prefix === '' ? key : `${prefix}.${key}`;
  return `${prefix}[${JSON.stringify(key)}]`;
}

/** The path of an array element: `items` + 3 → `items[3]`. */
export function indexPath(path: string, index: number): string {
  return `${path === '(root)' ? '' : path}[${index}]`;
}

export function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isArray(value: JsonValue | undefined): value is readonly JsonValue[] {
  return Array.isArray(value);
}

/** Own-key lookup (the snapshot may hold a `__proto__` key; never walk the prototype). */
export function get(obj: JsonObject, key: string): JsonValue | undefined {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

/** Describes a value for messages: `a number (3)`, `an array`, `null`. */
export function describe(value: JsonValue | undefined): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `a string (${quote(value)})`;
  return `a ${typeof value} (${String(value)})`;
}

/** Quotes a value for a message, shortening long strings. */
export function quote(value: unknown): string {
  if (typeof value !== 'string') return String(value);
  return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
}

/** Lists names for a message: `a, b, c`. */
export function list(names: readonly unknown[]): string {
  return names.map((n) => String(n)).join(', ');
}

/**
 * Checks an object's keys: reports each missing required field and each unknown key (with the
 * keys that are allowed and, for a near miss, a suggestion).
 */
export function checkKeys(
  obj: JsonObject,
  path: string,
  required: readonly string[],
  optional: readonly string[],
  out: Problem[],
): void {
  for (const key of required) {
    if (!Object.hasOwn(obj, key)) out.push({ path: childPath(path, key), message: `missing required field '${key}'` });
  }
  const allowed = [...required, ...optional];
  for (const key of Object.keys(obj)) {
    if (allowed.includes(key)) continue;
    const near = allowed.find((a) => isNearMiss(key, a));
    out.push({
      path: childPath(path, key),
      message: `unknown key ${quote(key)}; expected one of: ${list(allowed)}${near ? ` (did you mean '${near}'?)` : ''}`,
    });
  }
}

/** True for a typo: differing case, or an edit distance of at most 2 on a longer word. */
function isNearMiss(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  if (Math.abs(a.length - b.length) > 2 || Math.min(a.length, b.length) < 4) return false;
  let prev: number[] = [];
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]! <= 2;
}

/** Reports a value of the wrong type; returns whether the value is the expected one. */
export function expectType(
  value: JsonValue | undefined,
  kind: 'string' | 'boolean' | 'number' | 'integer' | 'array' | 'object',
  path: string,
  out: Problem[],
): boolean {
  if (value === undefined) return false; // missing fields are reported by checkKeys
  const ok =
    kind === 'array'
      ? Array.isArray(value)
      : kind === 'object'
        ? isObject(value)
        : kind === 'integer'
          ? Number.isInteger(value)
          : typeof value === kind;
  if (!ok) out.push({ path, message: `expected ${kind === 'integer' || kind === 'array' || kind === 'object' ? `an ${kind}` : `a ${kind}`}, got ${describe(value)}` });
  return ok;
}

/** A string that is not blank. */
export function expectText(value: JsonValue | undefined, path: string, out: Problem[]): value is string {
  if (!expectType(value, 'string', path, out)) return false;
  if ((value as string).trim() === '') {
    out.push({ path, message: 'must not be empty' });
    return false;
  }
  return true;
}

/** Ids of items, scales, composites, rules and response sets: letters, digits, `-` and `_`. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** Checks an id's type and pattern; returns the id when usable. */
export function expectId(value: JsonValue | undefined, path: string, out: Problem[]): string | undefined {
  if (!expectType(value, 'string', path, out)) return undefined;
  const id = value as string;
  if (!ID_PATTERN.test(id)) {
    out.push({
      path,
      message: `${quote(id)} is not a valid id; use 1–64 letters, digits, '-' and '_', starting with a letter or digit`,
    });
    return undefined;
  }
  return id;
}

/** Reports a repeated id, naming where it was first used; returns false for a duplicate. */
export function recordId(seen: Map<string, string>, id: string, path: string, what: string, out: Problem[], note = ''): boolean {
  const first = seen.get(id);
  if (first !== undefined) {
    out.push({ path, message: `duplicate ${what} '${id}' (first used at ${first})${note}` });
    return false;
  }
  seen.set(id, path);
  return true;
}
