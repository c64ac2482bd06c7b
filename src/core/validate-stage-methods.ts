import type { Problem } from './types';
import { validateBands, validateStage } from './validate-bands';
import { validateCondition, type ConditionScope } from './validate-condition';
import {
  checkKeys,
  describe,
  expectId,
  expectType,
  get,
  indexPath,
  list,
  quote,
  recordId,
  type JsonObject,
  type JsonValue,
} from './validate-context';
import type { ItemInfo } from './validate-items';
import type { ScoreInfo } from './validate-scales';

const METHOD_TYPES = ['rules', 'bands', 'highest'] as const;

/** Checks `scoring.stage`: the methods tried in order. */
export function validateStageMethods(
  value: JsonValue | undefined,
  scope: ConditionScope,
  scores: ReadonlyMap<string, ScoreInfo>,
  scoreNames: ReadonlySet<string>,
  out: Problem[],
): void {
  const path = 'scoring.stage';
  if (!expectType(value, 'array', path, out)) return;
  const methods = value as readonly JsonValue[];
  if (methods.length === 0) out.push({ path, message: 'list at least one way to decide the stage (rules, bands or highest)' });
  methods.forEach((method, i) => {
    const at = indexPath(path, i);
    if (!expectType(method, 'object', at, out)) return;
    const m = method as JsonObject;
    const type = get(m, 'type');
    if (type === 'rules') {
      checkKeys(m, at, ['type', 'rules'], [], out);
      validateRules(get(m, 'rules'), `${at}.rules`, scope, out);
    } else if (type === 'bands') {
      checkKeys(m, at, ['type', 'source', 'bands'], [], out);
      validateSource(get(m, 'source'), `${at}.source`, scoreNames, out);
      validateBands(get(m, 'bands'), `${at}.bands`, out);
    } else if (type === 'highest') {
      checkKeys(m, at, ['type', 'scales', 'tieBreak'], [], out);
      validateHighest(m, at, scoreNames, out);
    } else {
      out.push({
        path: `${at}.type`,
        message: type === undefined ? `missing required field 'type'; expected one of: ${list(METHOD_TYPES)}` : `unknown method ${typeof type === 'string' ? quote(type) : describe(type)}; expected one of: ${list(METHOD_TYPES)}`,
      });
    }
  });
  if (methods.length > 0) checkLastMethodTotal(methods[methods.length - 1], indexPath(path, methods.length - 1), scope.items, scores, out);
}

function validateRules(value: JsonValue | undefined, path: string, scope: ConditionScope, out: Problem[]): void {
  if (!expectType(value, 'array', path, out)) return;
  const rules = value as readonly JsonValue[];
  if (rules.length === 0) out.push({ path, message: 'a rules method needs at least one rule' });
  const seen = new Map<string, string>();
  rules.forEach((rule, i) => {
    const at = indexPath(path, i);
    if (!expectType(rule, 'object', at, out)) return;
    const r = rule as JsonObject;
    checkKeys(r, at, ['id', 'when', 'stage'], [], out);
    const id = expectId(get(r, 'id'), `${at}.id`, out);
    if (id !== undefined) recordId(seen, id, `${at}.id`, 'rule id', out, ' in this method');
    validateStage(get(r, 'stage'), `${at}.stage`, out);
    validateCondition(get(r, 'when'), `${at}.when`, scope, out);
  });
}

/** A bands source is a scale or a composite. */
function validateSource(value: JsonValue | undefined, path: string, names: ReadonlySet<string>, out: Problem[]): void {
  if (!expectType(value, 'string', path, out)) return;
  if (!names.has(value as string)) {
    out.push({ path, message: `unknown scale or composite ${quote(value)}${names.size ? `; expected one of: ${list([...names])}` : ''}` });
  }
}

function validateHighest(m: JsonObject, path: string, names: ReadonlySet<string>, out: Problem[]): void {
  const entries = get(m, 'scales');
  const named: string[] = [];
  let complete = true;
  if (expectType(entries, 'array', `${path}.scales`, out)) {
    const list_ = entries as readonly JsonValue[];
    if (list_.length < 2) out.push({ path: `${path}.scales`, message: 'a highest method compares at least two scales' });
    if (list_.length === 0) complete = false;
    const seen = new Map<string, string>();
    list_.forEach((entry, i) => {
      const at = indexPath(`${path}.scales`, i);
      if (!expectType(entry, 'object', at, out)) return void (complete = false);
      const e = entry as JsonObject;
      checkKeys(e, at, ['scale', 'stage'], [], out);
      validateSource(get(e, 'scale'), `${at}.scale`, names, out);
      if (typeof get(e, 'scale') === 'string') recordId(seen, get(e, 'scale') as string, `${at}.scale`, 'scale', out, ' in this method');
      if (validateStage(get(e, 'stage'), `${at}.stage`, out)) named.push(get(e, 'stage') as string);
      else complete = false;
    });
  } else complete = false;
  const tieBreak = get(m, 'tieBreak');
  if (!expectType(tieBreak, 'array', `${path}.tieBreak`, out)) return;
  const seen = new Map<string, string>();
  const listed: string[] = [];
  (tieBreak as readonly JsonValue[]).forEach((stage, i) => {
    const at = indexPath(`${path}.tieBreak`, i);
    if (!validateStage(stage, at, out)) return;
    if (!recordId(seen, stage as string, at, 'stage', out, ' in tieBreak')) return;
    listed.push(stage as string);
    if (complete && !named.includes(stage as string)) out.push({ path: at, message: `'${String(stage)}' is not a stage of any scale in this method; tieBreak lists exactly the stages named in scales` });
  });
  if (!complete) return;
  const absent = [...new Set(named)].filter((s) => !listed.includes(s));
  if (absent.length > 0) out.push({ path: `${path}.tieBreak`, message: `missing ${list(absent.map(quote))}; tieBreak lists every stage named in scales, in order of preference` });
}

/**
 * The last method must decide once every shown required item is answered. Bands and highest
 * decide only when their scales are complete, so their items must be required and unconditional
 * unless maxMissing absorbs the ones that may be left unanswered. (Rules are checked by
 * enumeration in checkReachability.)
 */
function checkLastMethodTotal(
  method: JsonValue | undefined,
  path: string,
  items: ReadonlyMap<string, ItemInfo>,
  scores: ReadonlyMap<string, ScoreInfo>,
  out: Problem[],
): void {
  if (typeof method !== 'object' || method === null || Array.isArray(method)) return;
  const m = method as JsonObject;
  const type = get(m, 'type');
  let sources: string[] = [];
  if (type === 'bands' && typeof get(m, 'source') === 'string') sources = [get(m, 'source') as string];
  else if (type === 'highest' && Array.isArray(get(m, 'scales'))) {
    sources = (get(m, 'scales') as readonly JsonValue[]).map((e) => (typeof e === 'object' && e !== null && !Array.isArray(e) ? get(e as JsonObject, 'scale') : undefined)).filter((s): s is string => typeof s === 'string');
  } else return;
  const scales = new Set<string>();
  for (const source of sources) {
    const info = scores.get(source);
    if (info?.kind === 'scale') scales.add(source);
    else if (info) info.scales.forEach((s) => scales.add(s));
  }
  for (const id of scales) {
    const scale = scores.get(id);
    if (!scale || scale.kind !== 'scale') continue;
    const optional = scale.items.filter((item) => {
      const info = items.get(item);
      return info !== undefined && (!info.required || info.conditional);
    });
    if (optional.length > scale.maxMissing) {
      out.push({
        path,
        message: `this last method needs scale '${id}', but its items ${list(optional.map(quote))} may go unanswered (optional or shown only sometimes) and maxMissing is ${scale.maxMissing}: some finished quizzes would reach no stage; make them required and unconditional, raise maxMissing, or add a method after this one`,
      });
    }
  }
}
