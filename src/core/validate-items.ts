import type { Problem } from './types';
import {
  checkKeys,
  childPath,
  describe,
  expectId,
  expectType,
  get,
  indexPath,
  isObject,
  list,
  quote,
  recordId,
  type JsonObject,
  type JsonValue,
} from './validate-context';
import { validateFollowUps } from './validate-follow-ups';
import { validateLocalizedText } from './validate-localized-text';

/** What later checks (conditions, scales, reachability) need to know about a valid-enough item. */
export interface ItemInfo {
  readonly id: string;
  readonly index: number;
  readonly path: string;
  readonly type: 'choice' | 'agreement' | 'ruler';
  readonly required: boolean;
  readonly conditional: boolean;
  /** Every possible answer (option values, response-set values, ruler integers); undefined when unknown. */
  readonly values: readonly (string | number)[] | undefined;
  /** For choice items: option value → score (undefined when the option has none). */
  readonly scores?: ReadonlyMap<string, number | undefined>;
  /** Numeric bounds of the answers (choice: of the scores), when known. */
  readonly min?: number;
  readonly max?: number;
  /** The raw showIf, checked once every item is known. */
  readonly showIf?: JsonValue;
}

const ITEM_TYPES = ['choice', 'agreement', 'ruler'] as const;
const BASE_REQUIRED = ['id', 'type', 'text', 'required'];
const BASE_OPTIONAL = ['help', 'showIf'];
const FIELDS = {
  choice: { required: ['options'], optional: [] },
  agreement: { required: ['responseSet'], optional: [] },
  ruler: { required: ['min', 'max', 'minLabel', 'maxLabel'], optional: ['followUps'] },
} as const;

/** Option values are codes stored in answers and exports. */
const VALUE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** Checks `responseSets`; returns each usable set's option values. */
export function validateResponseSets(
  value: JsonValue | undefined,
  locales: readonly string[] | undefined,
  out: Problem[],
): Map<string, number[]> {
  const sets = new Map<string, number[]>();
  if (!expectType(value, 'object', 'responseSets', out)) return sets;
  for (const key of Object.keys(value as JsonObject)) {
    const path = childPath('responseSets', key);
    if (expectId(key, path, out) === undefined) continue;
    const set = get(value as JsonObject, key);
    if (!expectType(set, 'object', path, out)) continue;
    checkKeys(set as JsonObject, path, ['options'], [], out);
    const options = get(set as JsonObject, 'options');
    const optionsPath = `${path}.options`;
    if (!expectType(options, 'array', optionsPath, out)) continue;
    const values: number[] = [];
    const seen = new Map<string, string>();
    (options as readonly JsonValue[]).forEach((option, i) => {
      const at = indexPath(optionsPath, i);
      if (!expectType(option, 'object', at, out)) return;
      checkKeys(option as JsonObject, at, ['value', 'label'], [], out);
      validateLocalizedText(get(option as JsonObject, 'label'), `${at}.label`, locales, out);
      const v = get(option as JsonObject, 'value');
      if (!expectType(v, 'integer', `${at}.value`, out)) return;
      if (recordId(seen, String(v), `${at}.value`, 'option value', out)) values.push(v as number);
    });
    if ((options as readonly JsonValue[]).length < 2) {
      out.push({ path: optionsPath, message: 'a response set needs at least two options' });
    }
    if (values.length >= 2 && values.length === (options as readonly JsonValue[]).length) sets.set(key, values);
  }
  return sets;
}

/** Checks `items`; returns what is known about each item that has a usable id and type. */
export function validateItems(
  value: JsonValue | undefined,
  locales: readonly string[] | undefined,
  responseSets: ReadonlyMap<string, readonly number[]>,
  responseSetsDeclared: JsonValue | undefined,
  out: Problem[],
): ItemInfo[] {
  const infos: ItemInfo[] = [];
  if (!expectType(value, 'array', 'items', out)) return infos;
  const items = value as readonly JsonValue[];
  if (items.length === 0) out.push({ path: 'items', message: 'a questionnaire needs at least one item' });
  const seen = new Map<string, string>();
  items.forEach((item, index) => {
    const path = indexPath('items', index);
    if (!expectType(item, 'object', path, out)) return;
    const obj = item as JsonObject;
    const type = get(obj, 'type');
    const known = typeof type === 'string' && (ITEM_TYPES as readonly string[]).includes(type);
    if (!known) {
      out.push({
        path: `${path}.type`,
        message: type === undefined ? `missing required field 'type'; expected one of: ${list(ITEM_TYPES)}` : `unknown item type ${typeof type === 'string' ? quote(type) : describe(type)}; expected one of: ${list(ITEM_TYPES)}`,
      });
    }
    const fields = known ? FIELDS[type as ItemInfo['type']] : { required: [], optional: [] };
    checkKeys(
      obj,
      path,
      known ? [...BASE_REQUIRED, ...fields.required] : BASE_REQUIRED.filter((k) => k !== 'type'),
      known ? [...BASE_OPTIONAL, ...fields.optional] : [...BASE_OPTIONAL, 'type', 'options', 'responseSet', 'min', 'max', 'minLabel', 'maxLabel', 'followUps'],
      out,
    );
    const id = expectId(get(obj, 'id'), `${path}.id`, out);
    const unique = id !== undefined && recordId(seen, id, `${path}.id`, 'item id', out);
    validateLocalizedText(get(obj, 'text'), `${path}.text`, locales, out);
    validateLocalizedText(get(obj, 'help'), `${path}.help`, locales, out);
    expectType(get(obj, 'required'), 'boolean', `${path}.required`, out);
    if (!known) return;
    const details =
      type === 'choice'
        ? validateChoice(obj, path, locales, out)
        : type === 'agreement'
          ? validateAgreement(obj, path, responseSets, responseSetsDeclared, out)
          : validateRuler(obj, path, locales, out);
    if (id === undefined || !unique) return;
    infos.push({
      id,
      index,
      path,
      type: type as ItemInfo['type'],
      required: get(obj, 'required') === true,
      conditional: Object.hasOwn(obj, 'showIf'),
      showIf: get(obj, 'showIf'),
      ...details,
    });
  });
  return infos;
}

type Details = Pick<ItemInfo, 'values' | 'scores' | 'min' | 'max'>;

function validateChoice(obj: JsonObject, path: string, locales: readonly string[] | undefined, out: Problem[]): Details {
  const options = get(obj, 'options');
  const optionsPath = `${path}.options`;
  if (!expectType(options, 'array', optionsPath, out)) return { values: undefined };
  const list_ = options as readonly JsonValue[];
  if (list_.length < 2) out.push({ path: optionsPath, message: 'a choice item needs at least two options' });
  const seen = new Map<string, string>();
  const scores = new Map<string, number | undefined>();
  let complete = true;
  list_.forEach((option, i) => {
    const at = indexPath(optionsPath, i);
    if (!expectType(option, 'object', at, out)) return void (complete = false);
    const o = option as JsonObject;
    checkKeys(o, at, ['value', 'label'], ['score', 'phrase', 'freeText'], out);
    validateLocalizedText(get(o, 'label'), `${at}.label`, locales, out);
    validateLocalizedText(get(o, 'phrase'), `${at}.phrase`, locales, out);
    validateFreeText(get(o, 'freeText'), `${at}.freeText`, locales, out);
    const score = get(o, 'score');
    const scoreOk = score === undefined || expectType(score, 'number', `${at}.score`, out);
    const v = get(o, 'value');
    if (!expectType(v, 'string', `${at}.value`, out)) return void (complete = false);
    if (!VALUE_PATTERN.test(v as string)) {
      out.push({ path: `${at}.value`, message: `${quote(v)} is not a valid option value; use 1–64 letters, digits, '-', '_' and '.', starting with a letter or digit` });
      return void (complete = false);
    }
    if (!recordId(seen, v as string, `${at}.value`, 'option value', out)) return void (complete = false);
    scores.set(v as string, scoreOk && typeof score === 'number' ? score : undefined);
  });
  if (!complete) return { values: undefined };
  const numbers = [...scores.values()].filter((s): s is number => s !== undefined);
  return {
    values: [...scores.keys()],
    scores,
    ...(numbers.length > 0 ? { min: Math.min(...numbers), max: Math.max(...numbers) } : {}),
  };
}

/** The longest free text an author may allow: a few words, not a journal. */
export const FREE_TEXT_LIMIT = 120;

function validateFreeText(value: JsonValue | undefined, path: string, locales: readonly string[] | undefined, out: Problem[]): void {
  if (!expectType(value, 'object', path, out)) return;
  const field = value as JsonObject;
  checkKeys(field, path, ['label', 'maxLength'], [], out);
  validateLocalizedText(get(field, 'label'), `${path}.label`, locales, out);
  const max = get(field, 'maxLength');
  if (expectType(max, 'integer', `${path}.maxLength`, out) && ((max as number) < 1 || (max as number) > FREE_TEXT_LIMIT)) {
    out.push({ path: `${path}.maxLength`, message: `expected 1 to ${FREE_TEXT_LIMIT} characters (a few words), got ${String(max)}` });
  }
}

function validateAgreement(
  obj: JsonObject,
  path: string,
  responseSets: ReadonlyMap<string, readonly number[]>,
  declared: JsonValue | undefined,
  out: Problem[],
): Details {
  const ref = get(obj, 'responseSet');
  if (!expectType(ref, 'string', `${path}.responseSet`, out)) return { values: undefined };
  const values = responseSets.get(ref as string);
  if (values === undefined) {
    const exists = isObject(declared) && Object.hasOwn(declared, ref as string);
    if (!exists) {
      const names = isObject(declared) ? Object.keys(declared) : [];
      out.push({
        path: `${path}.responseSet`,
        message: `unknown response set ${quote(ref)}; ${names.length ? `expected one of: ${list(names)}` : 'declare it under responseSets'}`,
      });
    }
    return { values: undefined };
  }
  return { values, min: Math.min(...values), max: Math.max(...values) };
}

function validateRuler(obj: JsonObject, path: string, locales: readonly string[] | undefined, out: Problem[]): Details {
  validateLocalizedText(get(obj, 'minLabel'), `${path}.minLabel`, locales, out);
  validateLocalizedText(get(obj, 'maxLabel'), `${path}.maxLabel`, locales, out);
  const min = get(obj, 'min');
  const max = get(obj, 'max');
  const minOk = expectType(min, 'integer', `${path}.min`, out);
  const maxOk = expectType(max, 'integer', `${path}.max`, out);
  let bounds: { min: number; max: number } | undefined;
  if (minOk && maxOk) {
    if ((min as number) >= (max as number)) out.push({ path: `${path}.max`, message: `max (${String(max)}) must be greater than min (${String(min)})` });
    else if ((max as number) - (min as number) > 100) out.push({ path: `${path}.max`, message: `a ruler spans at most 100 steps; ${String(min)}–${String(max)} is too wide` });
    else bounds = { min: min as number, max: max as number };
  }
  validateFollowUps(get(obj, 'followUps'), `${path}.followUps`, bounds, locales, out);
  if (!bounds) return { values: undefined };
  const values: number[] = [];
  for (let v = bounds.min; v <= bounds.max; v++) values.push(v);
  return { values, ...bounds };
}
