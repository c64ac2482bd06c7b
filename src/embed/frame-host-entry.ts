// dist/stages-quiz-frame.js: the tiny host helper for iframe embeds (no Preact, no quiz inside).
import { listenForQuizFrames } from './frame-host';

listenForQuizFrames();
