import type { Problem } from './types';
import {
  checkKeys,
  expectId,
  expectType,
  get,
  indexPath,
  quote,
  recordId,
  list,
  type JsonObject,
  type JsonValue,
} from './validate-context';
import type { ItemInfo } from './validate-items';
import { validateLocalizedText } from './validate-localized-text';

/** What stage methods need to know about a scale or composite. */
export interface ScoreInfo {
  readonly id: string;
  readonly kind: 'scale' | 'composite';
  /** Scales: their items and how many may be missing. Composites: the scales they sum. */
  readonly items: readonly string[];
  readonly maxMissing: number;
  readonly scales: readonly string[];
}

/**
 * Checks `scoring.scales` and `scoring.composites`. Scales and composites share one namespace,
 * since bands and results name either by id.
 */
export function validateScales(
  scoring: JsonObject,
  items: ReadonlyMap<string, ItemInfo>,
  broken: ReadonlySet<string>,
  locales: readonly string[] | undefined,
  out: Problem[],
): { scores: Map<string, ScoreInfo>; names: Set<string> } {
  const scores = new Map<string, ScoreInfo>();
  const names = new Set<string>();
  const seen = new Map<string, string>();
  const note = '; scales and composites share one set of ids';

  const scales = get(scoring, 'scales');
  if (expectType(scales, 'array', 'scoring.scales', out)) {
    (scales as readonly JsonValue[]).forEach((scale, i) => {
      const path = indexPath('scoring.scales', i);
      if (!expectType(scale, 'object', path, out)) return;
      const s = scale as JsonObject;
      checkKeys(s, path, ['id', 'label', 'items', 'aggregate'], ['reverse', 'maxMissing'], out);
      const id = expectId(get(s, 'id'), `${path}.id`, out);
      const unique = id !== undefined && recordId(seen, id, `${path}.id`, 'score id', out, note);
      if (id !== undefined) names.add(id);
      validateLocalizedText(get(s, 'label'), `${path}.label`, locales, out);
      const aggregate = get(s, 'aggregate');
      if (aggregate !== undefined && aggregate !== 'sum' && aggregate !== 'mean') {
        out.push({ path: `${path}.aggregate`, message: `expected 'sum' or 'mean', got ${quote(aggregate)}` });
      }
      const members = validateScaleItems(get(s, 'items'), `${path}.items`, items, broken, out);
      validateReverse(get(s, 'reverse'), `${path}.reverse`, members, out);
      const maxMissing = get(s, 'maxMissing');
      let allowed = 0;
      if (expectType(maxMissing, 'integer', `${path}.maxMissing`, out)) {
        const n = members?.length;
        if ((maxMissing as number) < 0 || (n !== undefined && n > 0 && (maxMissing as number) > n - 1)) {
          out.push({
            path: `${path}.maxMissing`,
            message: `must be a whole number from 0 to ${n === undefined ? 'one less than the number of items' : n - 1}${n === undefined ? '' : ` (the scale has ${n} items)`}; got ${String(maxMissing)}`,
          });
        } else allowed = maxMissing as number;
      }
      if (unique && members) scores.set(id, { id, kind: 'scale', items: members, maxMissing: allowed, scales: [] });
    });
  }

  const composites = get(scoring, 'composites');
  if (expectType(composites, 'array', 'scoring.composites', out)) {
    (composites as readonly JsonValue[]).forEach((composite, i) => {
      const path = indexPath('scoring.composites', i);
      if (!expectType(composite, 'object', path, out)) return;
      const c = composite as JsonObject;
      checkKeys(c, path, ['id', 'label', 'terms'], [], out);
      const id = expectId(get(c, 'id'), `${path}.id`, out);
      const unique = id !== undefined && recordId(seen, id, `${path}.id`, 'score id', out, note);
      if (id !== undefined) names.add(id);
      validateLocalizedText(get(c, 'label'), `${path}.label`, locales, out);
      const terms = get(c, 'terms');
      if (!expectType(terms, 'array', `${path}.terms`, out)) return;
      if ((terms as readonly JsonValue[]).length === 0) out.push({ path: `${path}.terms`, message: 'a composite needs at least one term' });
      const used = new Map<string, string>();
      let ok = true;
      (terms as readonly JsonValue[]).forEach((term, j) => {
        const at = indexPath(`${path}.terms`, j);
        if (!expectType(term, 'object', at, out)) return void (ok = false);
        const t = term as JsonObject;
        checkKeys(t, at, ['scale', 'weight'], [], out);
        const weight = get(t, 'weight');
        if (expectType(weight, 'number', `${at}.weight`, out) && weight === 0) {
          out.push({ path: `${at}.weight`, message: 'a weight of 0 adds nothing; remove the term or give it a weight' });
        }
        const scale = get(t, 'scale');
        if (!expectType(scale, 'string', `${at}.scale`, out)) return void (ok = false);
        if (!recordId(used, scale as string, `${at}.scale`, 'term for scale', out)) return;
        if (scores.get(scale as string)?.kind === 'scale') return;
        ok = false;
        if (seen.get(scale as string)?.startsWith('scoring.composites')) {
          out.push({ path: `${at}.scale`, message: `'${String(scale)}' is a composite; a composite's terms are scales` });
        } else if (!names.has(scale as string)) {
          const scaleIds = [...scores.values()].filter((x) => x.kind === 'scale').map((x) => x.id);
          out.push({ path: `${at}.scale`, message: `unknown scale ${quote(scale)}${scaleIds.length ? `; expected one of: ${list(scaleIds)}` : ''}` });
        }
      });
      const scaleIds = (terms as readonly JsonValue[]).map((t) => (typeof t === 'object' && t !== null && !Array.isArray(t) ? get(t as JsonObject, 'scale') : undefined));
      if (unique && ok) scores.set(id, { id, kind: 'composite', items: [], maxMissing: 0, scales: scaleIds as string[] });
    });
  }
  return { scores, names };
}

/** A scale's items must exist, be distinct, and give numbers. */
function validateScaleItems(
  value: JsonValue | undefined,
  path: string,
  items: ReadonlyMap<string, ItemInfo>,
  broken: ReadonlySet<string>,
  out: Problem[],
): string[] | undefined {
  if (!expectType(value, 'array', path, out)) return undefined;
  const ids = value as readonly JsonValue[];
  if (ids.length === 0) out.push({ path, message: 'a scale needs at least one item' });
  const seen = new Map<string, string>();
  const members: string[] = [];
  let ok = true;
  ids.forEach((id, i) => {
    const at = indexPath(path, i);
    if (!expectType(id, 'string', at, out)) return void (ok = false);
    if (!recordId(seen, id as string, at, 'item', out, ' in this scale')) return void (ok = false);
    members.push(id as string);
    const item = items.get(id as string);
    if (item === undefined) {
      if (!broken.has(id as string)) out.push({ path: at, message: `unknown item ${quote(id)}; a scale lists item ids` });
      return;
    }
    if (item.type === 'choice' && item.scores) {
      const unscored = [...item.scores].filter(([, s]) => s === undefined).map(([v]) => v);
      if (unscored.length > 0) {
        out.push({
          path: at,
          message: `choice item '${item.id}' feeds a scale, so every option needs a score; ${list(unscored.map(quote))} ${unscored.length === 1 ? 'has' : 'have'} none`,
        });
      }
    }
  });
  return ok ? members : undefined;
}

/** Reverse-keyed items must be among the scale's items. */
function validateReverse(value: JsonValue | undefined, path: string, members: readonly string[] | undefined, out: Problem[]): void {
  if (!expectType(value, 'array', path, out)) return;
  const seen = new Map<string, string>();
  (value as readonly JsonValue[]).forEach((id, i) => {
    const at = indexPath(path, i);
    if (!expectType(id, 'string', at, out)) return;
    if (!recordId(seen, id as string, at, 'item', out, ' in reverse')) return;
    if (members && !members.includes(id as string)) {
      out.push({ path: at, message: `'${String(id)}' is not one of this scale's items; only its own items can be reverse-keyed` });
    }
  });
}
