// Where the website script's gzip bytes go: rebuilds dist/stages-quiz.js with a source map into a
// temporary folder, gives every minified byte to the source file it came from, then reports each
// part's marginal cost: gzip(whole script) − gzip(script with that part's bytes removed). Marginal
// costs do not add up exactly to the total (gzip shares repeats across parts), so both are printed.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
import { build } from 'vite';

/** Parts in the order they are matched; the first whose pattern matches a source path wins. */
const PARTS = [
  ['Preact (preact, hooks, jsx runtime)', /node_modules\/preact\//],
  // Should be empty: the validator is an on-demand part (dist/stages-quiz-validator.js).
  ['questionnaire validator (parse-questionnaire, validate-*)', /src\/core\/(parse-questionnaire|validate-)/],
  ['scorer and quiz flow (rest of src/core)', /src\/core\//],
  ['widget styles (styles.css, embed.css)', /src\/embed\/embed-style-sheets\.ts$/],
  ['widget words in en and es (src/ui/strings.ts)', /src\/ui\/strings\.ts$/],
  ['widget screens (rest of src/ui)', /src\/ui\//],
  ['custom element, settings, loading (src/embed)', /src\/embed\//],
];
// JSON modules carry no source map, so their bytes are the unmapped ones (with a little glue).
const UNMAPPED = 'built-in questionnaire (quick; en, es; checked when built)';
const BUDGET_KB = 24;

const out = mkdtempSync(join(tmpdir(), 'sq-size-'));
try {
  await build({
    configFile: 'vite.embed.config.ts',
    mode: 'script',
    logLevel: 'silent',
    build: { outDir: out, sourcemap: true, emptyOutDir: true },
  });
  // The shipped script has no source-map comment; drop it so the total matches dist/stages-quiz.js.
  const code = readFileSync(join(out, 'stages-quiz.js'), 'utf8').replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(join(out, 'stages-quiz.js.map'), 'utf8')));

  // owner[i]: the part of byte i of the script.
  const lineStarts = [0];
  for (const line of code.split('\n')) lineStarts.push(lineStarts.at(-1) + line.length + 1);
  const owner = new Array(code.length).fill(UNMAPPED);
  const mappings = [];
  map.eachMapping((m) => mappings.push(m));
  mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
  mappings.forEach((m, i) => {
    const next = mappings[i + 1];
    const start = lineStarts[m.generatedLine - 1] + m.generatedColumn;
    const end = next && next.generatedLine === m.generatedLine ? lineStarts[next.generatedLine - 1] + next.generatedColumn : lineStarts[m.generatedLine] - 1;
    const part = m.source ? PARTS.find(([, pattern]) => pattern.test(m.source))?.[0] ?? m.source : UNMAPPED;
    owner.fill(part, start, end);
  });

  const gzip = (text) => gzipSync(text, { level: 9 }).length;
  const total = gzip(code);
  const names = [...new Set(owner)];
  const rows = names
    .map((name) => {
      let rest = '';
      for (let i = 0; i < code.length; i++) if (owner[i] !== name) rest += code[i];
      return { name, raw: code.length - rest.length, gzip: total - gzip(rest) };
    })
    .sort((a, b) => b.gzip - a.gzip);

  const kB = (n) => (n / 1024).toFixed(1).padStart(6);
  console.log(`dist/stages-quiz.js by part (minified kB, marginal gzip kB):`);
  for (const row of rows) console.log(`  ${row.name.padEnd(58)} ${kB(row.raw)}  ${kB(row.gzip)}`);
  const sum = rows.reduce((s, r) => s + r.gzip, 0);
  console.log(`  ${'sum of parts / whole script'.padEnd(58)} ${kB(code.length)}  ${kB(sum)} / ${(total / 1024).toFixed(1)}`);

  // The budget against the two parts it requires (the built-in quick in both languages, and Preact).
  const fixed = rows.filter((r) => r.name === UNMAPPED || r.name === PARTS[0][0]).reduce((s, r) => s + r.gzip, 0);
  const left = BUDGET_KB * 1024 - fixed;
  console.log(
    `budget ${BUDGET_KB} kB − quick and Preact (${(fixed / 1024).toFixed(1)} kB) leaves ${(left / 1024).toFixed(1)} kB ` +
      `for the rest, which takes ${((sum - fixed) / 1024).toFixed(1)} kB now`,
  );
} finally {
  rmSync(out, { recursive: true, force: true });
}
