import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
// @ts-expect-error: plain ESM script without types
import { HOW_TO_GET_ONE, chromiumOnThisMachine } from '../../scripts/find-chromium.mjs';

const require = createRequire(import.meta.url);

/**
 * The Chromium the tests drive (playwright-core downloads no browser of its own): CHROMIUM_PATH,
 * Debian's /usr/bin/chromium, or chromium / google-chrome on PATH (scripts/find-chromium.mjs;
 * `npm test` installs Debian's first when it can, see scripts/ensure-chromium.mjs).
 */
export const CHROMIUM: string | null = chromiumOnThisMachine();

/** Launches the Chromium found headless, quiet on a machine without internet. */
export async function launch(): Promise<Browser> {
  if (!CHROMIUM) throw new Error(HOW_TO_GET_ONE as string);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** WCAG 2.x A and AA rule tags, up to 2.2. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Runs axe-core in the page (it reaches into open shadow roots) and returns the violations as
 * readable lines, so a failing assertion says what is wrong and where.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const source = require('node:fs').readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') as string;
  // addScriptTag would be an inline script, which the strict CSP blocks: evaluate it instead.
  await page.evaluate(source);
  const violations = (await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: unknown }> } }).axe
        .run(document, { runOnly: { type: 'tag', values: tags } })
        .then((r) => r.violations),
    WCAG_TAGS,
  )) as AxeViolation[];
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${v.help} at ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`),
  );
}

/** Screenshots go to test-results/screenshots (ignored by git) for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = 'test-results/screenshots';
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}
