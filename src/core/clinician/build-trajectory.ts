import { scoreRange } from '../clinician-summary';
import { STAGES, type LocalizedText, type Questionnaire, type Stage } from '../types';
import type { Visit } from './parse-visit-file';

/** One line of the trajectory: a scale, composite or ruler, its range, and its value at each visit. */
export interface TrajectorySeries {
  readonly id: string;
  readonly kind: 'scale' | 'composite' | 'ruler';
  readonly label: LocalizedText;
  readonly min: number;
  readonly max: number;
  /** One per visit, oldest first; null where that visit has no value. */
  readonly values: readonly (number | null)[];
  /** Stage bands the questionnaire declares on this score (a `bands` method), low to high. */
  readonly bands: readonly { readonly stage: Stage; readonly min?: number; readonly max?: number }[];
}

/** Something to tell the clinician about the files. */
export type TrajectoryNote =
  | { readonly kind: 'other-version'; readonly file: string; readonly version: string }
  | { readonly kind: 'other-client'; readonly file: string; readonly reference: string }
  | { readonly kind: 'mixed-clients'; readonly references: readonly string[] }
  | { readonly kind: 'duplicate'; readonly file: string }
  /** Dated after this intake (or, with no intake, after today): left out, as its place in time cannot be right. */
  | { readonly kind: 'dated-later'; readonly file: string; readonly completedAt: string; readonly afterCurrent: boolean };

/** What changed between the last two visits. */
export interface SinceLast {
  readonly previousAt: string;
  readonly stage: { readonly from: Stage | null; readonly to: Stage | null; readonly stepBack: boolean };
  /** Composites and rulers with a value at both visits, in questionnaire order. */
  readonly changes: readonly { readonly id: string; readonly label: LocalizedText; readonly from: number; readonly to: number }[];
}

export interface Trajectory {
  /** Every visit, oldest first (the current intake last, when there is one). */
  readonly visits: readonly (Visit & { readonly current: boolean })[];
  readonly stages: readonly (Stage | null)[];
  readonly series: readonly TrajectorySeries[];
  readonly notes: readonly TrajectoryNote[];
  /** Null with fewer than two visits. */
  readonly sinceLast: SinceLast | null;
}

/**
 * Lines up earlier visits (from files) and, optionally, the current intake, oldest first: the stage
 * at each visit, every scale, composite and ruler of this questionnaire, and what changed since the
 * last visit. Notes another version, a client reference that differs from the current one (or,
 * with no current one, files naming different clients), and a visit loaded twice (the same instant,
 * whatever its time zone: kept once). An "earlier" visit dated after the current intake (with none,
 * after `notAfter`, milliseconds since the epoch: the end of the caller's today, read from its
 * clock) is left out with a note: drawn, it would turn "since the last visit" around. Pure.
 */
export function buildTrajectory(q: Questionnaire, earlier: readonly Visit[], current?: Visit, notAfter = Infinity): Trajectory {
  const notes: TrajectoryNote[] = [];
  const latest = current ? Date.parse(current.completedAt) : notAfter;
  const seen = new Set<number>(current ? [latest] : []);
  const kept: Visit[] = [];
  for (const v of earlier) {
    const at = Date.parse(v.completedAt);
    if (seen.has(at)) {
      notes.push({ kind: 'duplicate', file: v.file });
      continue;
    }
    if (at > latest) {
      notes.push({ kind: 'dated-later', file: v.file, completedAt: v.completedAt, afterCurrent: current !== undefined });
      continue;
    }
    seen.add(at);
    kept.push(v);
    if (v.questionnaire.version !== q.version) notes.push({ kind: 'other-version', file: v.file, version: v.questionnaire.version });
  }
  const ref = current?.clientReference;
  if (ref) {
    for (const v of kept) if (v.clientReference && v.clientReference !== ref) notes.push({ kind: 'other-client', file: v.file, reference: v.clientReference });
  } else {
    const refs = [...new Set(kept.flatMap((v) => (v.clientReference ? [v.clientReference] : [])))];
    if (refs.length > 1) notes.push({ kind: 'mixed-clients', references: refs });
  }
  const visits = [...kept.map((v) => ({ ...v, current: false })), ...(current ? [{ ...current, current: true }] : [])].sort(
    (a, b) => Date.parse(a.completedAt) - Date.parse(b.completedAt),
  );

  const series: TrajectorySeries[] = [];
  const bandsOf = (id: string) => {
    const m = q.scoring.stage.find((s) => s.type === 'bands' && s.source === id);
    return m?.type === 'bands' ? m.bands.map((b) => ({ stage: b.stage, ...(b.min ? { min: b.min.value } : {}), ...(b.max ? { max: b.max.value } : {}) })) : [];
  };
  const valuesOf = (id: string) => visits.map((v) => (Object.hasOwn(v.values, id) ? v.values[id]! : null));
  for (const s of q.scoring.scales ?? []) series.push({ id: s.id, kind: 'scale', label: s.label, ...scoreRange(q, s.id), values: valuesOf(s.id), bands: bandsOf(s.id) });
  for (const c of q.scoring.composites ?? []) series.push({ id: c.id, kind: 'composite', label: c.label, ...scoreRange(q, c.id), values: valuesOf(c.id), bands: bandsOf(c.id) });
  for (const item of q.items) {
    if (item.type === 'ruler') series.push({ id: item.id, kind: 'ruler', label: item.text, min: item.min, max: item.max, values: valuesOf(item.id), bands: [] });
  }

  let sinceLast: SinceLast | null = null;
  if (visits.length >= 2) {
    const [a, b] = [visits[visits.length - 2]!, visits[visits.length - 1]!];
    const rank = (s: Stage | null) => (s === null ? -1 : STAGES.indexOf(s));
    sinceLast = {
      previousAt: a.completedAt,
      stage: { from: a.stage, to: b.stage, stepBack: a.stage !== null && b.stage !== null && rank(b.stage) < rank(a.stage) },
      changes: series
        .filter((s) => s.kind !== 'scale' && Object.hasOwn(a.values, s.id) && Object.hasOwn(b.values, s.id))
        .map((s) => ({ id: s.id, label: s.label, from: a.values[s.id]!, to: b.values[s.id]! })),
    };
  }
  return { visits, stages: visits.map((v) => v.stage), series, notes, sinceLast };
}

/** The current intake as a visit, for drawing it beside earlier ones. */
export function currentVisit(
  q: Questionnaire,
  input: { readonly completedAt: string; readonly clientReference?: string; readonly lang?: string; readonly stage: Stage | null; readonly scores: readonly { readonly id: string; readonly value: number | null }[]; readonly answers: Readonly<Record<string, string | number>> },
): Visit {
  const values: Record<string, number> = {};
  for (const s of input.scores) if (s.value !== null) values[s.id] = s.value;
  for (const item of q.items) {
    const v = input.answers[item.id];
    if (item.type === 'ruler' && typeof v === 'number') values[item.id] = v;
  }
  return {
    file: '',
    format: 'json',
    questionnaire: { id: q.id, version: q.version },
    completedAt: input.completedAt,
    ...(input.clientReference?.trim() ? { clientReference: input.clientReference.trim() } : {}),
    ...(input.lang ? { lang: input.lang } : {}),
    stage: input.stage,
    values,
  };
}
