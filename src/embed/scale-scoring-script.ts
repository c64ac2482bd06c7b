// dist/stages-quiz.js, the website script, has this module in place of core/scale-scoring.ts
// (vite.embed.config.ts): its built-in, `quick`, has no scales and decides by rules alone. A
// host's questionnaire may have scales, composites, bands or a highest-scale method; it always
// comes through the `validator` part, which shares this object with the script and fills it with
// the real scoring as it loads (host-questionnaire.ts). So those bytes are only on the path of a
// page whose questionnaire uses them.
import type { ScaleScoring } from '../core/scale-scoring';

/** Reached only if a questionnaire with scales skipped the validator part: score() says so as its problem. */
const notLoaded = (): never => {
  throw new Error('scale scoring is not loaded; it comes with the validator part');
};

export const scaleScoring: ScaleScoring = {
  scoreScales: (q) => (q.scoring.scales?.length || q.scoring.composites?.length ? notLoaded() : []),
  tryBands: notLoaded,
  tryHighest: notLoaded,
};
