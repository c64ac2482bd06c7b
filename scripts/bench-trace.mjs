// Where the element's first screen goes, from Chromium traces of dist/examples/plain.html (with the
// same static button bench-load.mjs adds): the median main-thread time, by kind, from the moment
// the script defines <stages-quiz> to the frame after the one in which its heading first appeared
// (what bench-load.mjs counts as painted), as wall time and as the thread's own CPU time. CPU time
// is what to compare on a busy machine: wall time also counts the waits for a core.
//
//   node scripts/bench-trace.mjs                      8 loads of dist/, no throttling
//   node scripts/bench-trace.mjs --loads 12 --rate 4  12 loads at 4× CPU throttling
//   node scripts/bench-trace.mjs dist /tmp/other-dist several builds, their loads interleaved
//
// Run `npm run build` first. A diagnosis, not the figure to quote: bench-load.mjs measures.
import { existsSync } from 'node:fs';
import { launchChromium, median, withStaticButton } from './bench-browser.mjs';
import { startServer } from './serve.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at < 0 ? fallback : Number(args.splice(at, 2)[1]);
};
const RATE = option('--rate', 1);
const LOADS = option('--loads', 8);
const DIRS = args.length > 0 ? args : ['dist'];
for (const dir of DIRS) if (!existsSync(`${dir}/stages-quiz.js`)) throw new Error(`${dir}/stages-quiz.js is missing: run \`npm run build\` first`);

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'blink.user_timing', 'v8', 'fonts', 'toplevel'];

// Runs in the page before any of its scripts: user-timing marks, which land in the trace.
const PROBE = () => {
  const define = customElements.define;
  customElements.define = function (name, ...rest) {
    if (name === 'stages-quiz') performance.mark('sq-define');
    return define.call(this, name, ...rest);
  };
  const seen = (find, mark) => {
    const check = () => {
      if (!find()) return requestAnimationFrame(check);
      performance.mark(mark);
      requestAnimationFrame(() => performance.mark(`${mark}-painted`));
    };
    requestAnimationFrame(check);
  };
  seen(() => document.querySelector('stages-quiz')?.shadowRoot?.querySelector('h1, h2'), 'sq-element');
  seen(() => document.getElementById('static-button'), 'sq-static');
};

/** Each trace event name goes to one kind (first match wins). */
const KINDS = [
  [/^(FontCache|FontDataManager|WebSandboxSupportLinux|FontFallback|SimpleFontData|FontPlatformData)/, 'font lookups'],
  [/Shap|HarfBuzz/, 'text shaping'],
  [/^(v8\.compile|V8\.Compile|v8\.produceCache|V8\.Parse|V8\.PreParse)/, 'script compile'],
  [/GC|Scavenge/, 'garbage collection'],
  [/^(CSSParserImpl|Blink\.ParseStyleSheet|RuleSet|StyleSheetContents)/, 'css parse'],
  [/^(v8\.|EvaluateScript|FunctionCall|RunMicrotasks|FireAnimationFrame|AsyncTask|CustomElement|HTMLConstructor|EventDispatch|TimerFire)/, 'script run'],
  [/^(UpdateLayoutTree|Document::updateStyle|Document::recalcStyle|Document::updateActiveStyle|StyleEngine|Blink\.Style)/, 'style'],
  [/^(Layout|LocalFrameView::performLayout|LocalFrameView::layout|Blink\.Layout)/, 'layout'],
  [/^(Paint|PrePaint|Blink\.(Paint|PrePaint|CompositingInputs|CompositingCommit)|Layerize|PaintArtifactCompositor|Commit|LocalFrameView::(RunPaint|RunPrePaint|pushPaint))/, 'paint and commit'],
  [/^(ParseHTML|HTMLDocumentParser|HTMLParserScriptRunner)/, 'html parse'],
];
const kindOf = (name) => KINDS.find(([re]) => re.test(name))?.[1] ?? 'other';
/** Task wrappers: their self time is the scheduler's, counted as "other" only below a real event. */
const WRAPPER = /^(RunTask|ThreadControllerImpl::RunTask|ThreadController::Task|SequenceManager)/;


/**
 * Self time by kind on thread `tid` within [from, to] (µs): `wall` from each event's duration,
 * `cpu` from its thread time (tdur), each minus its children's.
 */
function selfTimes(events, tid, from, to) {
  const spans = events
    .filter((e) => e.tid === tid && e.ph === 'X' && typeof e.dur === 'number' && e.ts < to && e.ts + e.dur > from)
    .map((e) => ({ name: e.name, start: e.ts, end: e.ts + e.dur, cpu: e.tdur ?? 0, wall: e.dur, childWall: 0, childCpu: 0 }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const stack = [];
  for (const span of spans) {
    while (stack.length && stack[stack.length - 1].end <= span.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.childWall += span.wall;
      parent.childCpu += span.cpu;
    }
    stack.push(span);
  }
  const wall = {};
  const cpu = {};
  let fontCalls = 0;
  for (const span of spans) {
    if (WRAPPER.test(span.name)) continue;
    // Clip to the window (a task that started before `from` counts only its part inside).
    const share = span.wall > 0 ? (Math.min(span.end, to) - Math.max(span.start, from)) / span.wall : 1;
    const kind = kindOf(span.name);
    wall[kind] = (wall[kind] ?? 0) + (Math.max(0, span.wall - span.childWall) * share) / 1000;
    cpu[kind] = (cpu[kind] ?? 0) + (Math.max(0, span.cpu - span.childCpu) * share) / 1000;
    if (/onMatchFamilyStyle|GetWebFontRenderStyleForStrike/.test(span.name)) fontCalls++;
  }
  return { wall, cpu, fontCalls };
}

// The Chromium the browser tests use; without one, this stops here saying how to get one.
const browser = await launchChromium();
const servers = await Promise.all(DIRS.map((root) => startServer({ root })));
const results = DIRS.map(() => ({ windows: [], afterStatic: [], wall: {}, cpu: {}, fontCalls: [], failed: 0 }));
try {
  for (let i = 0; i < LOADS; i++) {
    for (const [which, server] of servers.entries()) {
      const result = results[which];
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(PROBE);
      await withStaticButton(page);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
      await browser.startTracing(page, { categories: CATEGORIES });
      await page.goto(`${server.url}/examples/plain.html`, { timeout: 60_000 });
      const ok = await page
        .waitForFunction(() => ['sq-element-painted', 'sq-static-painted'].every((m) => performance.getEntriesByName(m).length > 0), null, { timeout: 30_000 })
        .then(() => true, () => false);
      const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
      await context.close();
      const events = trace.traceEvents ?? trace;
      const mark = (name) => events.find((e) => e.name === name && e.cat?.includes('blink.user_timing'));
      const [define, painted, staticPainted] = ['sq-define', 'sq-element-painted', 'sq-static-painted'].map(mark);
      if (!ok || !define || !painted || !staticPainted) {
        result.failed++;
        continue;
      }
      const { wall, cpu, fontCalls } = selfTimes(events, define.tid, define.ts, painted.ts);
      for (const [kind, ms] of Object.entries(wall)) (result.wall[kind] ??= []).push(ms);
      for (const [kind, ms] of Object.entries(cpu)) (result.cpu[kind] ??= []).push(ms);
      result.fontCalls.push(fontCalls);
      result.windows.push((painted.ts - define.ts) / 1000);
      result.afterStatic.push((painted.ts - staticPainted.ts) / 1000);
      process.stderr.write('.');
    }
  }
  process.stderr.write('\n');
  for (const [which, dir] of DIRS.entries()) {
    const r = results[which];
    const total = (byKind) => median(r.windows.map((_, i) => Object.values(byKind).reduce((sum, xs) => sum + (xs[i] ?? 0), 0)));
    console.log(
      `${dir}: ${r.windows.length} loads at ${RATE}× CPU${r.failed ? ` (${r.failed} failed)` : ''}; medians in ms: define → painted ${median(r.windows).toFixed(1)}, ` +
        `after the static button ${median(r.afterStatic).toFixed(1)}; main thread in that window ${total(r.wall).toFixed(1)} wall, ${total(r.cpu).toFixed(1)} CPU; ` +
        `font look-ups (IPC to the browser) ${median(r.fontCalls)}`,
    );
    for (const kind of Object.keys(r.wall).sort((a, b) => median(r.wall[b]) - median(r.wall[a]))) {
      console.log(`  ${kind.padEnd(20)} ${median(r.wall[kind]).toFixed(1).padStart(6)} wall ${median(r.cpu[kind] ?? []).toFixed(1).padStart(6)} CPU`);
    }
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
}
