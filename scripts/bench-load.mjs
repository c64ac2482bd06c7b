// Prints, in Debian's Chromium, the median time from dist/stages-quiz.js's start to the widget's
// first screen painted (its introduction) and to the first question painted (Start pressed by the
// probe the moment the introduction is painted, so no human reaction time is counted), over 20
// page loads of dist/examples/plain.html, without and with 4× CPU throttling (CDP
// Emulation.setCPUThrottlingRate). Run `npm run build` first.
//
// "Script start" is the script's responseEnd (resource timing: a classic blocking script runs as
// soon as it has arrived). "Painted" is the first animation frame after the one in which the
// screen's content appeared in the shadow root (that frame has been painted by then). A first
// screen that fades in is see-through when it first appears: it counts as painted only in the
// frame after its arrival animation has finished (the introduction appears at once, so today this
// waits for nothing; it keeps a fade-in from passing for speed). The first question does fade in
// (an answer to the person's Start): its figure is when it appeared, as its fade-in begins.
//
// The script "arrives" long before it runs: the page parses, runs its own scripts and paints its
// first frame in between (50 ms and more here), and that wait is the page's, not the element's. So
// the bench also prints the time from the moment the script defines <stages-quiz> (its top level
// evaluated, the probe wraps customElements.define) to the first screen painted: the element's
// own cost (upgrade, settings, first render, style, layout, paint); and splits the gap to the
// static button into the wait before the script defines the element, the upgrade and first render,
// and the frame that lays out and paints the first screen.
//
// `node scripts/bench-load.mjs [folder]` measures another build's folder (default dist/), e.g. a
// copy of dist/ from before a change. With `--floor`, each load is followed by one where
// stages-quiz.js is swapped for a few lines defining a <stages-quiz> of a heading and a button,
// rendered in its constructor: what any script-defined element gets on this page and machine,
// the floor under the goal. With `--static`, each load is also followed by one where the script is
// swapped for a copy of the widget's own first screen (its markup and stylesheets, taken from a
// load of the real script before the run) stamped into the shadow root with no other script work:
// what this first screen's design costs on its own, so the gap splits into the design's share and
// the code's. SQ_BENCH_LOADS=5 takes fewer loads (a quick look; quote 20).
import { existsSync } from 'node:fs';
import { launchChromium, median, withStaticButton } from './bench-browser.mjs';
import { startServer } from './serve.mjs';

const LOADS = Number(process.env.SQ_BENCH_LOADS ?? 20);
const ARGS = process.argv.slice(2);
const ROOT = ARGS.find((arg) => !arg.startsWith('--')) ?? 'dist';
const FLOOR = ARGS.includes('--floor');
const STATIC = ARGS.includes('--static');
/** The floor's stand-in for stages-quiz.js: the least a script-defined element can be. */
const FLOOR_SCRIPT = `customElements.define('stages-quiz', class extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const heading = document.createElement('h2');
    heading.textContent = 'A heading';
    const button = document.createElement('button');
    button.textContent = 'Start';
    root.append(heading, button);
  }
});`;
if (!existsSync(`${ROOT}/stages-quiz.js`)) throw new Error(`${ROOT}/stages-quiz.js is missing: run \`npm run build\` first`);

// Runs in the page before any of its scripts.
const PROBE = () => {
  const root = () => document.querySelector('stages-quiz')?.shadowRoot;
  const define = customElements.define;
  customElements.define = function (name, ...rest) {
    if (name === 'stages-quiz') window.__sqDefined ??= performance.now();
    return define.call(this, name, ...rest);
  };
  /**
   * Resolves with the time of the frame after the one in which `find()` first found something
   * (and, given `settled`, after what `settled` waits for).
   */
  const paintedWhen = (find, settled = () => undefined) =>
    new Promise((resolve) => {
      const check = () => {
        const found = find();
        if (!found) requestAnimationFrame(check);
        else Promise.resolve(settled(found)).then(() => requestAnimationFrame(() => resolve(performance.now())));
      };
      requestAnimationFrame(check);
    });
  /** The animations running on `element` or around it in the shadow root (a screen's fade-in). */
  const arrived = (element) =>
    Promise.all(
      (root()?.getAnimations() ?? [])
        .filter((a) => a.effect?.target instanceof Element && a.effect.target.contains(element))
        .map((a) => a.finished.catch(() => undefined)),
    );
  window.__sqPainted = paintedWhen(() => {
    const heading = root()?.querySelector('h1, h2');
    // The frame that first finds the first screen: it is in the DOM, this frame lays it out and paints it.
    if (heading) window.__sqFound ??= performance.now();
    return heading;
  }, arrived);
  // The same page's static button, right after the element (bench-load adds it): the yardstick.
  window.__sqStatic = paintedWhen(() => document.getElementById('static-button'));
  window.__sqQuestion = window.__sqPainted.then(() => {
    root()?.querySelector('[part~="start"]')?.click();
    return paintedWhen(() => root()?.querySelector('input[type="radio"]'));
  });
};


/**
 * A script defining a <stages-quiz> that stamps a copy of the real widget's first screen (its
 * shadow root's markup and adopted stylesheets, taken from one load of the real script) in its
 * constructor. Bench-only: the widget itself never builds DOM from markup.
 */
async function staticFirstScreen() {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/examples/plain.html`, { timeout: 60_000 });
  await page.waitForFunction(() => document.querySelector('stages-quiz')?.shadowRoot?.querySelector('h1, h2'));
  const { html, css } = await page.evaluate(() => {
    const root = document.querySelector('stages-quiz').shadowRoot;
    return { html: root.innerHTML, css: root.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')) };
  });
  await context.close();
  return `customElements.define('stages-quiz', class extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = ${JSON.stringify(css)}.map((css) => { const sheet = new CSSStyleSheet(); sheet.replaceSync(css); return sheet; });
    root.innerHTML = ${JSON.stringify(html)};
  }
});`;
}

// The Chromium the browser tests use; without one, this stops here saying how to get one.
const browser = await launchChromium();
const server = await startServer({ root: ROOT });
try {
  /** The stand-ins measured after each real load: name → script that defines <stages-quiz>. */
  const standIns = new Map();
  if (FLOOR) standIns.set('floor', FLOOR_SCRIPT);
  if (STATIC) standIns.set('static', await staticFirstScreen());
  for (const rate of [1, 4]) {
    const fromScript = [];
    const fromNavigation = [];
    const questionFromScript = [];
    const afterStatic = [];
    const fromDefine = [];
    const staticToDefine = [];
    const defineToFound = [];
    const foundToPainted = [];
    /** Per stand-in, its first screen's gap to the static button. */
    const standInGaps = new Map([...standIns.keys()].map((name) => [name, []]));
    let failures = 0;
    /** A fresh page of plain.html plus one static <button> right after <stages-quiz>: what plain HTML costs here. */
    const open = async (standIn) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(PROBE);
      await withStaticButton(page);
      if (standIn) await page.route('**/stages-quiz.js', (route) => route.fulfill({ contentType: 'text/javascript', body: standIn }));
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await page.goto(`${server.url}/examples/plain.html`, { timeout: 60_000 });
      return { context, page };
    };
    for (let i = 0; i < LOADS; i++) {
      for (const [name, script] of standIns) {
        const { context, page } = await open(script);
        const gap = await page.evaluate(async () => {
          const timeout = new Promise((r) => setTimeout(() => r(NaN), 30_000));
          return (await Promise.race([window.__sqPainted, timeout])) - (await Promise.race([window.__sqStatic, timeout]));
        });
        await context.close();
        if (Number.isFinite(gap)) standInGaps.get(name).push(gap);
      }
      const { context, page } = await open();
      const { painted, question, scriptEnd, staticButton, defined, found } = await page.evaluate(async () => {
        // A load that never paints its first screen or question counts as a failure, not a hang.
        const timeout = new Promise((r) => setTimeout(() => r(NaN), 30_000));
        const painted = await Promise.race([window.__sqPainted, timeout]);
        const question = await Promise.race([window.__sqQuestion, timeout]);
        const entry = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/stages-quiz.js'));
        const staticButton = await Promise.race([window.__sqStatic, timeout]);
        return {
          painted,
          question,
          scriptEnd: entry ? entry.responseEnd : NaN,
          staticButton,
          defined: window.__sqDefined ?? NaN,
          found: window.__sqFound ?? NaN,
        };
      });
      await context.close();
      if (!Number.isFinite(painted - scriptEnd) || !Number.isFinite(question - scriptEnd)) {
        failures++;
        continue;
      }
      fromScript.push(painted - scriptEnd);
      afterStatic.push(painted - staticButton);
      fromDefine.push(painted - defined);
      staticToDefine.push(defined - staticButton);
      defineToFound.push(found - defined);
      foundToPainted.push(painted - found);
      fromNavigation.push(painted);
      questionFromScript.push(question - scriptEnd);
      process.stderr.write('.');
    }
    process.stderr.write('\n');
    const label = rate === 1 ? 'no throttling' : `${rate}× CPU throttling`;
    console.log(
      `first screen painted, median of ${LOADS} loads, ${label.padEnd(18)}: ` +
        `${median(fromScript).toFixed(1)} ms after the script arrived ` +
        `(${median(fromNavigation).toFixed(1)} ms after navigation start; ` +
        `min ${Math.min(...fromScript).toFixed(1)}, max ${Math.max(...fromScript).toFixed(1)}` +
        `${failures ? `; ${failures} load(s) never painted` : ''})`,
    );
    console.log(
      `first screen painted, median of ${LOADS} loads, ${label.padEnd(18)}: ` +
        `${median(fromDefine).toFixed(1)} ms after the script defined <stages-quiz> (its top level evaluated; ` +
        `min ${Math.min(...fromDefine).toFixed(1)}, max ${Math.max(...fromDefine).toFixed(1)})`,
    );
    console.log(
      `first screen (its Start button) painted after the same page's static button, ${label.padEnd(18)}: ` +
        `median ${median(afterStatic).toFixed(1)} ms later (goal: at most 20 ms)`,
    );
    // Where that gap goes (medians of each part, so they need not add up to the median above).
    console.log(
      `  of which, medians: static button painted → <stages-quiz> defined ${median(staticToDefine).toFixed(1)} ms ` +
        `(the page's own frames, the script's arrival and compile); defined → first screen in the DOM at a frame ` +
        `${median(defineToFound).toFixed(1)} ms (upgrade, first render); that frame → painted ${median(foundToPainted).toFixed(1)} ms ` +
        `(style, layout with font look-ups, paint)`,
    );
    const standInLabels = {
      floor: 'the floor: a heading and a button defined by a few lines in place of the script',
      static: 'a static copy of this first screen (its markup and stylesheets, no other script work) in place of the script',
    };
    for (const [name, gaps] of standInGaps) {
      console.log(`  ${standInLabels[name]}, ${label.padEnd(18)}: median ${median(gaps).toFixed(1)} ms after the static button (${gaps.length} loads)`);
    }
    console.log(
      `first question painted, median of ${LOADS} loads, ${label.padEnd(18)}: ` +
        `${median(questionFromScript).toFixed(1)} ms after the script arrived ` +
        `(Start pressed the moment the introduction was painted; ` +
        `min ${Math.min(...questionFromScript).toFixed(1)}, max ${Math.max(...questionFromScript).toFixed(1)})`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
