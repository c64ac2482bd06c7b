import { own } from './own';
import { numericValue, type ItemIndex } from './evaluate-condition';
import type { Answers, Composite, Item, Questionnaire, Scale, ScoreValue } from './types';

/**
 * Scores are rounded to this many decimal places before they are reported or compared with band
 * edges. Means of sevenths are not exact in binary floating point: URICA readiness 27/7 + 30/7 +
 * 30/7 − 10/7 is 11 by hand but 10.999999999999998 when summed, and 12/7 + 29/7 + 27/7 − 12/7 is 8
 * by hand but 8.000000000000002: both on the wrong side of a band edge. Nine places is far finer
 * than any real scale distinguishes and far coarser than the ~1e-15 error of a few additions, so
 * a hand-computed edge lands exactly.
 */
export const SCORE_DECIMALS = 9;
const SCALE = 10 ** SCORE_DECIMALS;

/** Rounds a score to SCORE_DECIMALS places (values too large to round safely are left as they are). */
export function roundScore(value: number): number {
  const scaled = value * SCALE;
  if (!Number.isFinite(scaled) || Math.abs(scaled) >= Number.MAX_SAFE_INTEGER) return value;
  const rounded = Math.round(scaled) / SCALE;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** A computed score plus its unrounded value, which composites sum (rounding terms first would add up their errors). */
export interface ComputedScore extends ScoreValue {
  readonly raw: number | null;
}

/**
 * The lowest and highest numeric value an item can take, for reverse keying:
 * an agreement item's response set, a ruler's min and max, a choice item's option scores.
 */
export function itemRange(item: Item, questionnaire: Questionnaire): { min: number; max: number } | undefined {
  if (item.type === 'ruler') return { min: item.min, max: item.max };
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  const options = item.type === 'agreement' ? (own(questionnaire.responseSets, item.responseSet)?.options ?? []) : item.options;
  for (const option of options) {
    const value = item.type === 'agreement' ? option.value : (option as { score?: number }).score;
    if (typeof value !== 'number') continue;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return min <= max ? { min, max } : undefined;
}

/**
 * Scores one scale on the answers that count (hidden items' answers already removed).
 * An item is missing when unanswered, hidden, or answered with a choice option that has no score.
 */
export function scoreScale(scale: Scale, questionnaire: Questionnaire, answers: Answers, index: ItemIndex): ComputedScore {
  const reverse = scale.reverse ?? [];
  const missing: string[] = [];
  let sum = 0;
  let answered = 0;
  for (const id of scale.items) {
    const item = index.get(id);
    const answer = Object.hasOwn(answers, id) ? answers[id] : undefined;
    let value = answer === undefined ? undefined : numericValue(item, answer);
    if (value !== undefined && item && reverse.includes(id)) {
      const range = itemRange(item, questionnaire);
      value = range ? range.min + range.max - value : undefined;
    }
    if (value === undefined) missing.push(id);
    else {
      sum += value;
      answered += 1;
    }
  }
  const n = scale.items.length;
  const usable = answered > 0 && missing.length <= (scale.maxMissing ?? 0);
  let raw: number | null = null;
  if (usable) raw = scale.aggregate === 'mean' ? sum / answered : missing.length > 0 ? (sum * n) / answered : sum;
  return {
    id: scale.id,
    kind: 'scale',
    label: scale.label,
    raw,
    value: raw === null ? null : roundScore(raw),
    missing,
    prorated: usable && missing.length > 0,
    reversed: scale.items.filter((id) => reverse.includes(id)),
  };
}

/**
 * Scores a composite: the weighted sum of its scales' unrounded values, null when any term is
 * null (or names no scale). Its `missing` lists its scales' missing items; `prorated` is true when
 * any of its scales was prorated.
 */
export function scoreComposite(composite: Composite, scaleById: (id: string) => ComputedScore | undefined): ComputedScore {
  let raw: number | null = 0;
  const missing: string[] = [];
  let prorated = false;
  for (const term of composite.terms) {
    const scale = scaleById(term.scale);
    if (scale) {
      for (const id of scale.missing) if (!missing.includes(id)) missing.push(id);
      prorated ||= scale.prorated;
    }
    if (raw === null || !scale || scale.raw === null) raw = null;
    else raw += term.weight * scale.raw;
  }
  return {
    id: composite.id,
    kind: 'composite',
    label: composite.label,
    raw,
    value: raw === null ? null : roundScore(raw),
    missing,
    prorated: raw !== null && prorated,
    reversed: [],
  };
}

/** Every scale, then every composite, in declaration order. */
export function scoreScales(questionnaire: Questionnaire, answers: Answers, index: ItemIndex): ComputedScore[] {
  const scored: ComputedScore[] = [];
  for (const scale of questionnaire.scoring.scales ?? []) scored.push(scoreScale(scale, questionnaire, answers, index));
  const scaleCount = scored.length;
  // Composites weigh scales only (never other composites); a first match wins on duplicate ids.
  const scaleById = (id: string) => {
    for (let i = 0; i < scaleCount; i++) if (scored[i]!.id === id) return scored[i];
    return undefined;
  };
  for (const composite of questionnaire.scoring.composites ?? []) scored.push(scoreComposite(composite, scaleById));
  return scored;
}
