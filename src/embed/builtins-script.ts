// The built-ins of dist/stages-quiz.js, the website SCRIPT: vite.embed.config.ts puts this module
// in place of builtins-website.ts for that build only. `quick` without what only its result reads
// (src/core/result-texts.ts): the script's `result` part carries that (result-part-website.ts) and
// joins it back before the result shows. The element for bundlers (`stages-quiz/element`) code-splits
// instead, so it keeps builtins-website.ts, whole.
import quick from '../../questionnaire/quick.json?checked&part=first';
import type { Builtins } from './builtins-website';

/** The website script's built-ins: `quick`, its first screens only (see above). */
export const WEBSITE_BUILTINS: Builtins = new Map([['quick', quick]]);
