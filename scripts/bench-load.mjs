// Prints, in Debian's Chromium, the median time from dist/stages-quiz.js's start to the widget's
// first screen painted, over 20 page loads of dist/examples/plain.html, without and with 4× CPU
// throttling (CDP Emulation.setCPUThrottlingRate). Run `npm run build` first.
//
// "Script start" is the script's responseEnd (resource timing: a classic blocking script runs as
// soon as it has arrived). "Painted" is the first animation frame after the one in which the
// widget's first heading appeared in the shadow root (that frame has been painted by then).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

const LOADS = 20;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync('dist/stages-quiz.js')) throw new Error('dist/stages-quiz.js is missing: run `npm run build` first');
if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}`);

// Runs in the page before any of its scripts.
const PROBE = () => {
  window.__sqPainted = new Promise((resolve) => {
    const check = () => {
      const el = document.querySelector('stages-quiz');
      const heading = el?.shadowRoot?.querySelector('h1, h2');
      if (heading) requestAnimationFrame(() => resolve(performance.now()));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const server = await startServer({ root: 'dist' });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const rate of [1, 4]) {
    const fromScript = [];
    const fromNavigation = [];
    let failures = 0;
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(PROBE);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await page.goto(`${server.url}/examples/plain.html`, { timeout: 60_000 });
      const { painted, scriptEnd } = await page.evaluate(async () => {
        // A load that never paints its first screen counts as a failure, not a hang.
        const painted = await Promise.race([window.__sqPainted, new Promise((r) => setTimeout(() => r(NaN), 30_000))]);
        const entry = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/stages-quiz.js'));
        return { painted, scriptEnd: entry ? entry.responseEnd : NaN };
      });
      await context.close();
      if (!Number.isFinite(painted - scriptEnd)) {
        failures++;
        continue;
      }
      fromScript.push(painted - scriptEnd);
      fromNavigation.push(painted);
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
  }
} finally {
  await browser.close();
  await server.close();
}
