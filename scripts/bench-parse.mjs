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

// Issue 12's bound: any input up to 2 MB is answered in under 1 s. The worst shapes found by
// probing (huge conditions, a huge text, many rules over many five-option items, many values),
// each about 2 MB as JSON; the time of one parse each (the slowest matters, not a median).
const quick = JSON.parse(readFileSync('questionnaire/quick.json', 'utf8'));
const t = (text) => ({ en: text, es: text });
const leaf = { item: 'stage', equals: 'within-30-days' };
const worst = {
  'conditions of 20,000 leaves': { ...quick, scoring: { stage: [{ type: 'rules', rules: Array.from({ length: 16 }, (_, i) => ({ id: `r${i}`, when: { any: Array(1400).fill(leaf) }, stage: 'action' })) }] } },
  'a 2 MB introduction': { ...quick, introduction: t('x'.repeat(1_000_000)) },
  '200 five-option items, 200 rules': {
    ...quick,
    items: Array.from({ length: 200 }, (_, i) => ({ id: `q${i}`, type: 'choice', required: true, text: t(`Q${i} ${'w'.repeat(2000)}`), options: [1, 2, 3, 4, 5].map((o) => ({ value: `o${o}`, label: t(`O${o} ${'v'.repeat(300)}`) })) })),
    scoring: { stage: [{ type: 'rules', rules: Array.from({ length: 200 }, (_, i) => ({ id: `r${i}`, when: { item: `q${i}`, equals: 'o1' }, stage: 'action' })) }] },
  },
  '400,000 numbers': { ...quick, extra: Array(400_000).fill(1) },
};
for (const [name, input] of Object.entries(worst)) {
  const size = JSON.stringify(input).length;
  const start = performance.now();
  const result = parseQuestionnaire(input);
  const ms = performance.now() - start;
  const first = result.ok ? 'accepted' : `${result.problems.length} problem(s), first: ${result.problems[0].path}: ${result.problems[0].message.slice(0, 90)}`;
  console.log(`2 MB bound: ${name} (${(size / 1e6).toFixed(2)} MB): ${ms.toFixed(0)} ms${ms < 1000 ? '' : ' — OVER 1 s'}; ${first}`);
}
