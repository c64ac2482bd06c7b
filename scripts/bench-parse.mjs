// `node scripts/bench-parse.mjs` (a part for `npm run bench`): how long parseQuestionnaire takes
// on each built-in questionnaire, against the built library. The widget parses its questionnaire
// once at load, in the person's browser, so this is part of time-to-first-question.
// We warm up first, then report the median of a few timed runs of many parses.
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';

const LIB = 'dist/lib/index.js';
const PARSES = 500;
const RUNS = 5;

if (!existsSync(LIB)) {
  console.error(`${LIB} is missing: run \`npm run build\` first.`);
  process.exit(1);
}
const { parseQuestionnaire } = await import(new URL(`../${LIB}`, import.meta.url).href);

console.log(`load average ${loadavg()[0].toFixed(2)} on ${availableParallelism()} cores`);
for (const name of ['quick', 'intake', 'urica-template']) {
  const file = `questionnaire/${name}.json`;
  if (!existsSync(file)) continue;
  const json = JSON.parse(readFileSync(file, 'utf8'));
  if (!parseQuestionnaire(json).ok) {
    console.log(`${name}: not valid; run \`npx stages-quiz validate ${file}\``);
    continue;
  }
  for (let i = 0; i < 50; i++) parseQuestionnaire(json);
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    for (let i = 0; i < PARSES; i++) parseQuestionnaire(json);
    times.push((performance.now() - start) / PARSES);
  }
  times.sort((a, b) => a - b);
  console.log(`parseQuestionnaire(${name}): median ${times[RUNS >> 1].toFixed(3)} ms per parse (${PARSES} parses x ${RUNS} runs)`);
}
