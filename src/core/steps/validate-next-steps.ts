import { STAGES, type Problem } from '../types';
import { validateCondition, type ConditionScope } from '../validate-condition';
import {
  checkKeys,
  childPath,
  expectId,
  expectType,
  get,
  indexPath,
  list,
  quote,
  recordId,
  type JsonObject,
  type JsonValue,
} from '../validate-context';
import { validateLocalizedText } from '../validate-localized-text';
import { STEP_LIMITS } from './step-limits';

const PART_TYPES = ['pick', 'texts', 'ifThen', 'text'] as const;
const PART_FIELDS = {
  pick: { required: ['max', 'options'], optional: [] },
  texts: { required: ['count'], optional: ['maxLength'] },
  ifThen: { required: ['count'], optional: ['maxLength'] },
  text: { required: [], optional: ['maxLength'] },
} as const;
const OPTION_VALUE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/**
 * Checks `nextSteps`: an object keyed by stage (any subset of the five), each with a title, an
 * invitation, an affirmation and 1–8 parts. Every part has a unique id within its stage, a
 * prompt, an optional `showIf` on the quiz's items (checked like skip logic), and the fields of
 * its type, with counts and lengths inside the bounds the widget can show (see STEP_LIMITS).
 */
export function validateNextSteps(
  value: JsonValue | undefined,
  scope: ConditionScope,
  locales: readonly string[] | undefined,
  out: Problem[],
): void {
  if (!expectType(value, 'object', 'nextSteps', out)) return;
  const steps = value as JsonObject;
  checkKeys(steps, 'nextSteps', [], STAGES, out);
  for (const stage of STAGES) {
    const path = childPath('nextSteps', stage);
    const step = get(steps, stage);
    if (step === undefined || !expectType(step, 'object', path, out)) continue;
    const s = step as JsonObject;
    checkKeys(s, path, ['title', 'invitation', 'parts', 'affirmation'], [], out);
    for (const key of ['title', 'invitation', 'affirmation']) validateLocalizedText(get(s, key), `${path}.${key}`, locales, out);
    const parts = get(s, 'parts');
    if (!expectType(parts, 'array', `${path}.parts`, out)) continue;
    const list = parts as readonly JsonValue[];
    if (list.length < 1 || list.length > STEP_LIMITS.parts) {
      out.push({ path: `${path}.parts`, message: `expected 1 to ${STEP_LIMITS.parts} parts (each is one short screen); got ${list.length}` });
    }
    const seen = new Map<string, string>();
    list.forEach((part, i) => validatePart(part, indexPath(`${path}.parts`, i), seen, scope, locales, out));
  }
}

function validatePart(
  value: JsonValue,
  path: string,
  seen: Map<string, string>,
  scope: ConditionScope,
  locales: readonly string[] | undefined,
  out: Problem[],
): void {
  if (!expectType(value, 'object', path, out)) return;
  const part = value as JsonObject;
  const type = get(part, 'type');
  const known = typeof type === 'string' && (PART_TYPES as readonly string[]).includes(type);
  if (type === undefined) out.push({ path: `${path}.type`, message: `missing required field 'type'; one of: ${list(PART_TYPES)}` });
  else if (!known) out.push({ path: `${path}.type`, message: `unknown part type ${typeof type === 'string' ? quote(type) : String(type)}; one of: ${list(PART_TYPES)}` });
  const fields = known ? PART_FIELDS[type as (typeof PART_TYPES)[number]] : { required: [], optional: [] };
  const base = ['id', 'type', 'prompt'];
  // An unknown type has no fields of its own to check against; report only the base fields then.
  checkKeys(part, path, base, known ? [...fields.required, ...fields.optional, 'help', 'showIf'] : Object.keys(part).filter((k) => !base.includes(k)), out);
  for (const key of fields.required) if (!Object.hasOwn(part, key)) out.push({ path: childPath(path, key), message: `missing required field '${key}'` });
  const id = expectId(get(part, 'id'), `${path}.id`, out);
  if (id !== undefined) recordId(seen, id, `${path}.id`, 'part id', out, '; ids are unique within a stage (they name the answers in exports)');
  validateLocalizedText(get(part, 'prompt'), `${path}.prompt`, locales, out);
  validateLocalizedText(get(part, 'help'), `${path}.help`, locales, out);
  // A step's condition looks at the finished quiz, so every item may be named.
  validateCondition(get(part, 'showIf'), `${path}.showIf`, { items: scope.items, broken: scope.broken }, out);
  if (!known) return;
  const t = type as (typeof PART_TYPES)[number];
  if (t === 'pick') validatePick(part, path, locales, out);
  else if (t === 'texts') {
    checkInteger(get(part, 'count'), `${path}.count`, 1, STEP_LIMITS.texts, 'boxes', out);
    checkInteger(get(part, 'maxLength'), `${path}.maxLength`, STEP_LIMITS.shortMin, STEP_LIMITS.shortMax, 'characters per box', out);
  } else if (t === 'ifThen') {
    checkInteger(get(part, 'count'), `${path}.count`, 1, STEP_LIMITS.pairs, 'if–then pairs', out);
    checkInteger(get(part, 'maxLength'), `${path}.maxLength`, STEP_LIMITS.shortMin, STEP_LIMITS.shortMax, 'characters per half', out);
  } else {
    checkInteger(get(part, 'maxLength'), `${path}.maxLength`, STEP_LIMITS.shortMin, STEP_LIMITS.longMax, 'characters', out);
  }
}

function validatePick(part: JsonObject, path: string, locales: readonly string[] | undefined, out: Problem[]): void {
  const options = get(part, 'options');
  let count: number | undefined;
  if (expectType(options, 'array', `${path}.options`, out)) {
    const list = options as readonly JsonValue[];
    count = list.length;
    if (count < 2 || count > STEP_LIMITS.options) out.push({ path: `${path}.options`, message: `expected 2 to ${STEP_LIMITS.options} options; got ${count}` });
    const seen = new Map<string, string>();
    list.forEach((option, i) => {
      const at = indexPath(`${path}.options`, i);
      if (!expectType(option, 'object', at, out)) return;
      const o = option as JsonObject;
      checkKeys(o, at, ['value', 'label'], [], out);
      const v = get(o, 'value');
      if (expectType(v, 'string', `${at}.value`, out)) {
        if (!OPTION_VALUE.test(v as string)) out.push({ path: `${at}.value`, message: `${quote(v)} is not a valid option value; use 1–64 letters, digits, '.', '-' and '_'` });
        else recordId(seen, v as string, `${at}.value`, 'option value', out);
      }
      validateLocalizedText(get(o, 'label'), `${at}.label`, locales, out);
    });
  }
  checkInteger(get(part, 'max'), `${path}.max`, 1, count !== undefined && count >= 2 ? count : STEP_LIMITS.options, 'choices (at most the number of options)', out);
}

function checkInteger(value: JsonValue | undefined, path: string, min: number, max: number, what: string, out: Problem[]): void {
  if (!expectType(value, 'integer', path, out)) return;
  const n = value as number;
  if (n < min || n > max) out.push({ path, message: `expected ${min} to ${max} ${what}; got ${n}` });
}

