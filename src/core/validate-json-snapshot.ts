import type { Problem } from './types';
import { childPath, indexPath, type JsonObject, type JsonValue } from './validate-context';

/** Deeper than this is not a questionnaire; stopping here also keeps recursion safe. */
const MAX_DEPTH = 64;
/**
 * More values than this is not a questionnaire (the largest built-in has a few thousand). The
 * limit also stops shared references (a DAG) or a huge sparse array from taking forever.
 */
const MAX_VALUES = 200_000;
/** What `read` returns for a property whose getter threw (already reported). */
const UNREADABLE = Symbol('unreadable');

/**
 * Copies arbitrary input into a plain JSON tree that the validator can walk without surprises.
 *
 * The input may be anything a host hands us: cyclic objects, getters or proxies that throw,
 * class instances, `__proto__` keys from JSON.parse. Reading is guarded everywhere and every
 * non-JSON value becomes a problem, so later checks only ever see strings, finite numbers,
 * booleans, null, arrays and plain objects. `__proto__` is copied as an ordinary own key (so it
 * is reported as an unknown key rather than changing the copy's prototype).
 */
export function snapshotJson(input: unknown, out: Problem[]): JsonValue | undefined {
  const seen = new Set<object>();
  let count = 0;
  const tooLarge = new Error('too large');

  function copy(value: unknown, path: string, depth: number): JsonValue | undefined {
    if (++count > MAX_VALUES) throw tooLarge;
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number') {
      if (Number.isFinite(value)) return value;
      out.push({ path, message: `expected a finite number, got ${String(value)}` });
      return undefined;
    }
    if (typeof value !== 'object') {
      out.push({ path, message: `expected a JSON value, got ${value === undefined ? 'undefined' : `a ${typeof value}`}` });
      return undefined;
    }
    if (depth > MAX_DEPTH) {
      out.push({ path, message: `nested more than ${MAX_DEPTH} levels deep; a questionnaire never needs this` });
      return undefined;
    }
    if (seen.has(value)) {
      out.push({ path, message: 'refers back to itself (a cycle); JSON cannot contain cycles' });
      return undefined;
    }
    seen.add(value);
    try {
      return Array.isArray(value) ? copyArray(value, path, depth) : copyObject(value, path, depth);
    } finally {
      seen.delete(value);
    }
  }

  function copyArray(value: readonly unknown[], path: string, depth: number): JsonValue[] {
    const result: JsonValue[] = [];
    const length = value.length;
    for (let i = 0; i < length; i++) {
      const raw = read(value, String(i), indexPath(path, i));
      const item = raw === UNREADABLE ? undefined : copy(raw, indexPath(path, i), depth + 1);
      // Keep positions stable so later paths still match the author's file.
      result.push(item === undefined ? null : item);
    }
    return result;
  }

  function copyObject(value: object, path: string, depth: number): JsonObject | undefined {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      out.push({ path, message: 'expected a plain JSON object, got an instance of a class' });
      return undefined;
    }
    const result: Record<string, JsonValue> = {};
    for (const key of Object.keys(value)) {
      const raw = read(value, key, childPath(path, key));
      // `{ help: undefined }` from JavaScript means no help, as JSON.stringify would have it.
      if (raw === undefined) continue;
      const item = raw === UNREADABLE ? undefined : copy(raw, childPath(path, key), depth + 1);
      if (item === undefined) continue;
      // defineProperty: a '__proto__' key stays an ordinary own key.
      Object.defineProperty(result, key, { value: item, enumerable: true, writable: true, configurable: true });
    }
    return result;
  }

  function read(container: object, key: string, path: string): unknown {
    try {
      return (container as Record<string, unknown>)[key];
    } catch {
      out.push({ path, message: 'could not be read (a getter threw)' });
      return UNREADABLE;
    }
  }

  try {
    return copy(input, '(root)', 0);
  } catch (error) {
    if (error === tooLarge) {
      out.length = 0;
      out.push({ path: '(root)', message: `too large: more than ${MAX_VALUES.toLocaleString('en')} values; a questionnaire has far fewer` });
      return undefined;
    }
    // Proxies can throw from ownKeys or getPrototypeOf.
    out.push({ path: '(root)', message: 'could not be read as JSON' });
    return undefined;
  }
}
