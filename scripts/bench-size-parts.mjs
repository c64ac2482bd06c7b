// Where the gzip bytes of a visitor's quick path go: rebuilds dist/stages-quiz.js and its result part
// (dist/stages-quiz-result.js) and its English texts and words (dist/stages-quiz-texts-en.js) with source maps into a temporary folder, gives every minified byte
// to the source file it came from, then reports each group's marginal cost: gzip(whole file) −
// gzip(file with that group's bytes removed). Marginal costs do not add up exactly to the total
// (gzip shares repeats across groups), so both are printed. `--files`: one row per source file.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
import { build } from 'vite';

/** Groups in the order they are matched; the first whose pattern matches a source path wins. */
const GROUPS = [
  ['Preact (preact, hooks, jsx runtime)', /node_modules\/preact\//],
  // Should be empty in both: the validator is its own on-demand part (dist/stages-quiz-validator.js).
  ['questionnaire validator (parse-questionnaire, validate-*)', /src\/core\/(parse-questionnaire|validate-)/],
  ['next step (src/core/steps, src/ui/steps)', /src\/(core|ui)\/steps\//],
  ['scorer, quiz flow, guidance (rest of src/core)', /src\/core\//],
  ['widget words (strings.ts, result-strings.ts)', /src\/ui\/(result-)?strings\.ts$/],
  ['widget screens (rest of src/ui)', /src\/ui\//],
  ['custom element, settings, loading (src/embed)', /src\/embed\//],
];
// JSON and CSS modules carry no source map, so their bytes are the unmapped ones (with a little glue).
const UNMAPPED = 'data and styles (quick’s first screens in the script, CSS)';
const BUILDS = [
  { mode: 'script', file: 'stages-quiz.js', budget: 'budget 24 kB' },
  { mode: 'part-result', file: 'stages-quiz-result.js', budget: 'loaded at Start' },
  { mode: 'part-texts-en', file: 'stages-quiz-texts-en.js', budget: "quick's result texts and the result's words in English, loaded at Start" },
];
const byFile = process.argv.includes('--files');
const gzip = (text) => gzipSync(text, { level: 9 }).length;
const kB = (n) => (n / 1024).toFixed(1).padStart(6);

const out = mkdtempSync(join(tmpdir(), 'sq-size-'));
try {
  let quickPath = 0;
  for (const { mode, file, budget } of BUILDS) {
    await build({ configFile: 'vite.embed.config.ts', mode, logLevel: 'silent', build: { outDir: out, sourcemap: true, emptyOutDir: true } });
    // The shipped file has no source-map comment; drop it so the total matches dist/.
    const code = readFileSync(join(out, file), 'utf8').replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '');
    // A part of data alone (the texts) gets no source map: all of it is data.
    const mapFile = join(out, `${file}.map`);
    const map = existsSync(mapFile) ? new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8'))) : { eachMapping() {} };
    // owner[i]: the group of byte i.
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
      const group = !m.source
        ? UNMAPPED
        : byFile
          ? m.source.replace(/^.*?\/(src|node_modules)\//, '$1/')
          : (GROUPS.find(([, pattern]) => pattern.test(m.source))?.[0] ?? m.source);
      owner.fill(group, start, end);
    });
    // A long string of data (a questionnaire's JSON, a stylesheet) carries no mapping of its own, so
    // it would go to whatever mapping precedes it: it is data.
    for (const m of code.matchAll(/`(?:\{"|\.sq)[^`]{500,}`/g)) owner.fill(UNMAPPED, m.index, m.index + m[0].length);
    const total = gzip(code);
    quickPath += total;
    const rows = [...new Set(owner)]
      .map((name) => {
        let rest = '';
        for (let i = 0; i < code.length; i++) if (owner[i] !== name) rest += code[i];
        return { name, raw: code.length - rest.length, gzip: total - gzip(rest) };
      })
      .sort((a, b) => b.gzip - a.gzip);
    console.log(`dist/${file} (${budget}) by group (minified kB, marginal gzip kB):`);
    for (const row of rows) console.log(`  ${row.name.padEnd(58)} ${kB(row.raw)}  ${kB(row.gzip)}`);
    const sum = rows.reduce((s, r) => s + r.gzip, 0);
    console.log(`  ${'sum of groups / whole file'.padEnd(58)} ${kB(code.length)}  ${kB(sum)} / ${(total / 1024).toFixed(1)}\n`);
  }
  console.log(`quick path in English (the three files): ${(quickPath / 1024).toFixed(1)} kB gzip; budget 32 kB`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
