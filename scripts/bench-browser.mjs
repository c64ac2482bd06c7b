// What the load benches (bench-load.mjs, bench-trace.mjs) share: the same Chromium as the browser
// tests, launched the same way, the yardstick page (plain.html with a static button after the
// element), and the median they report.
import { chromium } from 'playwright-core';
import { HOW_TO_GET_ONE, chromiumOnThisMachine } from './find-chromium.mjs';

/** Launches the Chromium the browser tests use (CHROMIUM_PATH, /usr/bin/chromium, chromium or google-chrome on PATH). */
export function launchChromium() {
  const executablePath = chromiumOnThisMachine();
  if (!executablePath) throw new Error(HOW_TO_GET_ONE);
  return chromium.launch({
    executablePath,
    args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Makes `page` get dist/examples/plain.html with one static <button id="static-button"> right after <stages-quiz>: what plain HTML costs on the same page. */
export function withStaticButton(page) {
  return page.route('**/examples/plain.html', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('</stages-quiz>', '</stages-quiz><button id="static-button" type="button">A static button</button>');
    await route.fulfill({ response, body });
  });
}

/** The median (the mean of the middle two for an even count; NaN for none). */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
