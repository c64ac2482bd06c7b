// `node scripts/bench-score.mjs` (part of `npm run bench`): how long score() takes over 100,000
// random complete answer sets of the intake questionnaire, against the built library.
// Answer sets come from a seeded PRNG so every run scores the same ones; we warm up first, then
// report the median of a few timed runs.
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';

const LIB = 'dist/lib/index.js';
const SETS = 100_000;
const RUNS = 5;

if (!existsSync(LIB)) {
  console.error(`${LIB} is missing: run \`npm run build\` first.`);
  process.exit(1);
}
const { parseQuestionnaire, score } = await import(new URL(`../${LIB}`, import.meta.url).href);

/** mulberry32: a small seeded PRNG, good enough to pick answers. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function loadQuestionnaire() {
  const path = 'questionnaire/intake.json';
  if (existsSync(path)) {
    const parsed = parseQuestionnaire(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.ok) {
      console.error(`${path} does not pass parseQuestionnaire:`, parsed.problems);
      process.exit(1);
    }
    return parsed.questionnaire;
  }
  console.log(`(${path} does not exist yet: benchmarking an inline 20-item questionnaire instead)`);
  const t = (en) => ({ en, es: en });
  const ids = Array.from({ length: 20 }, (_, i) => `q${i + 1}`);
  return {
    id: 'inline-bench',
    version: '0',
    responseSets: { agree5: { options: [1, 2, 3, 4, 5].map((value) => ({ value, label: t(String(value)) })) } },
    items: ids.map((id) => ({ id, type: 'agreement', responseSet: 'agree5', text: t(id), required: true })),
    scoring: {
      scales: [0, 1, 2, 3].map((s) => ({ id: `s${s}`, label: t(`s${s}`), items: ids.slice(s * 5, s * 5 + 5), reverse: [ids[s * 5]], aggregate: 'mean' })),
      composites: [{ id: 'readiness', label: t('r'), terms: [{ scale: 's1', weight: 1 }, { scale: 's2', weight: 1 }, { scale: 's3', weight: 1 }, { scale: 's0', weight: -1 }] }],
      stage: [{ type: 'bands', source: 'readiness', bands: [{ stage: 'precontemplation', max: { value: 8, inclusive: true } }, { stage: 'contemplation', min: { value: 8, inclusive: false } }] }],
    },
  };
}

const questionnaire = loadQuestionnaire();

function allowed(item) {
  if (item.type === 'choice') return item.options.map((o) => o.value);
  if (item.type === 'agreement') return questionnaire.responseSets[item.responseSet].options.map((o) => o.value);
  return Array.from({ length: item.max - item.min + 1 }, (_, i) => item.min + i);
}

// Complete answer sets: every required item answered, optional ones half the time.
const random = prng(20261123);
const choices = questionnaire.items.map((item) => [item, allowed(item)]);
const answerSets = Array.from({ length: SETS }, () => {
  const answers = {};
  for (const [item, values] of choices) {
    if (!item.required && random() < 0.5) continue;
    answers[item.id] = values[Math.floor(random() * values.length)];
  }
  return answers;
});

function runAll() {
  const stages = {};
  for (const answers of answerSets) {
    const result = score(questionnaire, answers);
    const key = result.status === 'complete' ? result.stage : result.status;
    stages[key] = (stages[key] ?? 0) + 1;
  }
  return stages;
}

runAll(); // warm-up: let the JIT settle
// Wall time is the figure; CPU time is printed too because the machine may be shared (2 cores),
// and a busy neighbour inflates wall time but hardly this process's own CPU time.
const times = [];
const cpuTimes = [];
let stages;
for (let run = 0; run < RUNS; run++) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  stages = runAll();
  times.push(performance.now() - start);
  const used = process.cpuUsage(cpu);
  cpuTimes.push((used.user + used.system) / 1000);
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const wall = median(times);
const each = (wall * 1000) / SETS;
console.log(`score(): ${SETS} answer sets of ${questionnaire.id} in ${wall.toFixed(0)} ms (${each.toFixed(2)} µs each)`);
console.log(
  `  median of ${RUNS} runs after a warm-up; wall ${times.map((t) => t.toFixed(0)).join('/')} ms, ` +
    `CPU median ${median(cpuTimes).toFixed(0)} ms; load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`,
);
console.log(`  results: ${Object.entries(stages).map(([k, v]) => `${k} ${v}`).join(', ')}`);
if (stages.incomplete || stages.invalid) {
  console.error('  expected every answer set to be complete');
  process.exitCode = 1;
}
