// Prints the raw, gzip and brotli size of every artefact in dist/ (run `npm run build` first), then
// the website script against issue 12's budgets: dist/stages-quiz.js at most 24 kB gzip (goal
// 16 kB), and everything a visitor's quick path loads at most 32 kB. tests/browser/embed-size.test.ts
// asserts both (the quick path measured in Chromium), and that the website script carries neither
// the validator nor `intake` nor clinician mode.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const ROOT = 'dist';
const SHOWN = /\.(js|mjs|css|html|json)$/;

/** gzip at level 9 and brotli at quality 11, as a CDN or a static host would serve them. */
function compressedSizes(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const kB = (n) => (n / 1024).toFixed(1).padStart(7);
const files = walk(ROOT).filter((f) => SHOWN.test(f) && !f.endsWith('.d.ts')).sort();
console.log(`${'artefact'.padEnd(48)}     raw kB   gzip kB  brotli kB`);
for (const file of files) {
  const { raw, gzip, brotli } = compressedSizes(readFileSync(file));
  console.log(`${relative(ROOT, file).padEnd(48)} ${kB(raw)}   ${kB(gzip)}    ${kB(brotli)}`);
}

// Issue 4's budget for the website script (1 kB = 1024 bytes, gzip -9, as in the size test).
const BUDGET_KB = 24;
const QUICK_PATH_KB = 32;
// On-demand parts a visitor's quick path loads (intro → result → what follows): the result part and
// the person's language's texts, both asked for at Start (English here; Spanish is printed too). The
// validator part is not among them (only a host-supplied questionnaire loads it).
const QUICK_PATH_PARTS = ['stages-quiz-result.js', 'stages-quiz-texts-en.js'];
const QUICK_PATH_PARTS_ES = ['stages-quiz-result.js', 'stages-quiz-texts-es.js'];
const GOAL_KB = 16;
const site = compressedSizes(readFileSync(join(ROOT, 'stages-quiz.js'))).gzip / 1024;
const clinic = compressedSizes(readFileSync(join(ROOT, 'stages-quiz-clinician.js'))).gzip / 1024;
const verdict = (limit) => (site <= limit ? `met, ${Math.round((limit - site) * 1024)} bytes to spare` : `over by ${(site - limit).toFixed(1)} kB`);
console.log(`\nstages-quiz.js (website, no clinician mode): ${site.toFixed(1)} kB gzip`);
console.log(`  budget ${BUDGET_KB} kB: ${verdict(BUDGET_KB)}`);
console.log(`  goal ${GOAL_KB} kB: ${verdict(GOAL_KB)}`);
for (const parts of [QUICK_PATH_PARTS, QUICK_PATH_PARTS_ES]) {
  const quick = [site, ...parts.map((f) => compressedSizes(readFileSync(join(ROOT, f))).gzip / 1024)].reduce((a, b) => a + b, 0);
  console.log(`quick path (stages-quiz.js${parts.map((f) => ` + ${f}`).join('')}): ${quick.toFixed(1)} kB gzip; budget ${QUICK_PATH_KB} kB: ${quick <= QUICK_PATH_KB ? `met, ${(QUICK_PATH_KB - quick).toFixed(1)} kB to spare` : `over by ${(quick - QUICK_PATH_KB).toFixed(1)} kB`}`);
}
const validator = compressedSizes(readFileSync(join(ROOT, 'stages-quiz-validator.js'))).gzip / 1024;
console.log(`stages-quiz-validator.js (on demand, host-supplied questionnaires only): ${validator.toFixed(1)} kB gzip`);
console.log(`stages-quiz-clinician.js (for clinics): ${clinic.toFixed(1)} kB gzip (clinician mode adds ${(clinic - site).toFixed(1)} kB)`);
