import type { MethodOutcome, ScoreLookup } from './decide-stage';
import type { Band, BandsMethod, HighestMethod, Stage } from './types';

// The stage methods that read scores (scales and composites), apart from the rules: the website
// script, whose built-in decides by rules alone, loads them only for a host's questionnaire
// (see scale-scoring.ts).

/** The `bands` method: the band the source score falls in decides. */
export function tryBands(method: BandsMethod, methodIndex: number, scores: ScoreLookup): MethodOutcome {
  const source = scores(method.source);
  if (!source) return { blockedBy: [], reason: `there is no scale or composite "${method.source}"` };
  const value = source.value;
  if (value === null) return { blockedBy: source.missing, reason: `"${method.source}" has too many missing answers` };
  const band = method.bands.findIndex((b) => inBand(b, value));
  if (band < 0) return { blockedBy: [], reason: `"${method.source}" is ${value}, which falls in no band` };
  return {
    stage: method.bands[band]!.stage,
    decidedBy: { method: 'bands', methodIndex, source: method.source, value, band },
  };
}

function inBand(band: Band, value: number): boolean {
  const { min, max } = band;
  const aboveMin = !min || value > min.value || (min.inclusive && value === min.value);
  const belowMax = !max || value < max.value || (max.inclusive && value === max.value);
  return aboveMin && belowMax;
}

/** The `highest` method: the highest of the listed scales decides, ties broken by `tieBreak`. */
export function tryHighest(method: HighestMethod, methodIndex: number, scores: ScoreLookup): MethodOutcome {
  const entries = method.scales.map((entry) => ({ ...entry, score: scores(entry.scale) }));
  const unknown = entries.find((e) => !e.score);
  if (unknown) return { blockedBy: [], reason: `there is no scale "${unknown.scale}"` };
  const incomplete = entries.filter((e) => e.score!.value === null);
  if (incomplete.length > 0) {
    const names = incomplete.map((e) => `"${e.scale}"`).join(', ');
    return { blockedBy: incomplete.flatMap((e) => e.score!.missing), reason: `${names} have too many missing answers` };
  }
  if (entries.length === 0) return { blockedBy: [], reason: 'it names no scales' };
  const top = Math.max(...entries.map((e) => e.score!.value!));
  const tied = entries.filter((e) => e.score!.value === top);
  // Stages missing from tieBreak (only in unvalidated input) lose to every listed one, keeping declaration order.
  const rank = (stage: Stage) => {
    const i = method.tieBreak.indexOf(stage);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const winner = tied.reduce((best, e) => (rank(e.stage) < rank(best.stage) ? e : best));
  return {
    stage: winner.stage,
    decidedBy: {
      method: 'highest',
      methodIndex,
      scale: winner.scale,
      tiedWith: tied.filter((e) => e !== winner).map((e) => e.scale),
    },
  };
}
