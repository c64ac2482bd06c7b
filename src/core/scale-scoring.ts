import { tryBands, tryHighest } from './decide-by-scores';
import { scoreScales } from './score-scales';

/**
 * What scoring needs only for a questionnaire with scales: computing scales and composites, and
 * the stage methods that read them (`bands`, `highest`). One object that score.ts and
 * decide-stage.ts call through, so that the website script can put a stand-in in its place
 * (src/embed/scale-scoring-script.ts): its built-in has no scales, and a host's questionnaire,
 * which may, comes with the validator part, which fills the stand-in in.
 */
export const scaleScoring: ScaleScoring = { scoreScales, tryBands, tryHighest };

export interface ScaleScoring {
  scoreScales: typeof scoreScales;
  tryBands: typeof tryBands;
  tryHighest: typeof tryHighest;
}
