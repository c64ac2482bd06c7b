// Prints the raw, gzip and brotli size of every artefact in dist/ (run `npm run build` first).
// The budget for dist/stages-quiz.js (24 kB gzip, goal 16 kB) is enforced by tests/browser/embed-size.test.ts.
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
