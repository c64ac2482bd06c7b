// The ES module entry for bundlers (`stages-quiz/element` → dist/element/stages-quiz.mjs), used as
// a bundler user uses it: a tiny host app (tests/browser/fixtures/bundler-app) that imports the
// element by package name and uses Preact itself is bundled with Vite's JS API into a temp dir,
// served with the strict CSP, and completed by keyboard in Chromium. Run `npm run build` first.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM script without types
import { startServer } from '../../scripts/serve.mjs';
import { axeViolations, screenshot } from './chromium';
import { chooseByKeyboard, expectHeadingFocused, loadQuestionnaire, tabTo, useBrowser } from './page-helpers';

const REPO = resolve('.');
const browser = useBrowser();
const quick = loadQuestionnaire('quick');

/** In Preact's own code exactly once (checked below), in ours never: one per bundled copy of Preact. */
const PREACT_MARKER = 'foreignObject';
const count = (text: string, marker: string) => text.split(marker).length - 1;
/** Strings only clinician mode has (its start screen, Next client, its CSS class prefix). */
const CLINICIAN_ONLY = ['Start an intake', 'Next client', 'sq-clin'];

interface BundledApp {
  dir: string;
  server: { url: string; close: () => Promise<void>; requests: string[] };
  /** Every JavaScript file the app's build wrote, concatenated. */
  bundle: string;
}

/**
 * Bundles a fixture app with Vite into a temp dir and serves it with the strict CSP. The app's
 * node_modules holds this package (by its name, so package.json's "exports" and "sideEffects"
 * decide what is bundled) and Preact, as npm would.
 */
async function bundleApp(fixture: string): Promise<BundledApp> {
  const dir = mkdtempSync(join(tmpdir(), 'stages-quiz-bundler-app-'));
  cpSync(`tests/browser/fixtures/${fixture}`, dir, { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(REPO, join(dir, 'node_modules', 'stages-quiz'), 'dir');
  symlinkSync(join(REPO, 'node_modules', 'preact'), join(dir, 'node_modules', 'preact'), 'dir');
  const outDir = join(dir, 'dist');
  await build({ root: dir, configFile: false, base: './', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const assets = join(outDir, 'assets');
  const bundle = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(assets, f), 'utf8'))
    .join('\n');
  const server = (await startServer({ root: outDir })) as BundledApp['server'];
  return { dir, server, bundle };
}

let app: BundledApp | undefined;
let clinicApp: BundledApp | undefined;

beforeAll(async () => {
  for (const entry of ['dist/element/stages-quiz.mjs', 'dist/element/stages-quiz-clinician.mjs']) {
    if (!existsSync(join(REPO, entry))) throw new Error(`${entry} is missing: run \`npm run build\` first`);
  }
  app = await bundleApp('bundler-app');
  clinicApp = await bundleApp('bundler-app-clinician');
});

afterAll(async () => {
  for (const bundled of [app, clinicApp]) {
    await bundled?.server.close();
    if (bundled) rmSync(bundled.dir, { recursive: true, force: true });
  }
});

interface HostApp {
  definedOnImport: boolean;
  events: { type: string; target: string; detail: any }[]; // eslint-disable-line @typescript-eslint/no-explicit-any
}
const hostApp = (page: Page) => page.evaluate(() => (window as unknown as { hostApp: HostApp }).hostApp);

describe('stages-quiz/element bundled into an app with Vite', () => {
  it('the app bundle holds the element and exactly one copy of Preact', () => {
    // The entry keeps Preact external, so the app's bundler provides the one copy both share.
    // (The entries and the chunk they share, dist/element/chunks/.)
    const shipped = ['dist/element', 'dist/element/chunks']
      .flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.mjs')).map((f) => readFileSync(join(dir, f), 'utf8')))
      .join('\n');
    expect(shipped).toMatch(/from\s*["']preact["']/);
    expect(count(shipped, PREACT_MARKER)).toBe(0);
    expect(count(readFileSync('node_modules/preact/dist/preact.mjs', 'utf8'), PREACT_MARKER)).toBe(1);
    // The bare side-effect import survived tree-shaking (package.json "sideEffects").
    expect(app!.bundle).toContain('stages-quiz:complete');
    expect(count(app!.bundle, PREACT_MARKER)).toBe(1);
  });

  it('stages-quiz/element leaves clinician mode out; stages-quiz/element-clinician brings it, with the same one Preact', () => {
    for (const text of CLINICIAN_ONLY) {
      expect(app!.bundle, text).not.toContain(text);
      expect(clinicApp!.bundle, text).toContain(text);
    }
    expect(clinicApp!.bundle).toContain('stages-quiz:complete');
    expect(count(clinicApp!.bundle, PREACT_MARKER)).toBe(1);
  });

  it('defines the element on import; styled under a strict CSP; completed by keyboard; fires complete', async () => {
    const page = await browser().newPage({ viewport: { width: 1000, height: 900 }, reducedMotion: 'reduce' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // Failed requests are recorded by URL; the browser's own favicon probe is not the app's.
    page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
    page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && errors.push(`${r.status()} ${r.url()}`));
    await page.addInitScript(() => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`), true);
    });
    const response = await page.goto(`${app!.server.url}/`);
    expect(response!.headers()['content-security-policy']).toContain("default-src 'self'");
    const quiz = page.locator('#quiz');
    await quiz.getByRole('button', { name: 'Start', exact: true }).waitFor();

    expect((await hostApp(page)).definedOnImport).toBe(true);
    expect(await page.locator('#app-note').textContent()).toBe('Rendered by the app’s own Preact.');
    const facts = await page.evaluate(() => {
      const el = document.querySelector('#quiz')!;
      const root = el.shadowRoot;
      const all = [...document.querySelectorAll('*'), ...(root?.querySelectorAll('*') ?? [])];
      return {
        upgraded: el instanceof customElements.get('stages-quiz')!,
        mode: root?.mode,
        adopted: root?.adoptedStyleSheets.length ?? 0,
        styleElements: all.filter((e) => e.tagName === 'STYLE').length,
        styleAttributes: all.filter((e) => e.hasAttribute('style')).length,
        // Visibly styled: the accent-coloured, rounded Start button.
        button: (() => {
          const s = getComputedStyle(root!.querySelector('.sq-button-primary')!);
          return { background: s.backgroundColor, color: s.color, radius: parseFloat(s.borderTopLeftRadius) };
        })(),
      };
    });
    expect(facts).toMatchObject({ upgraded: true, mode: 'open', styleElements: 0, styleAttributes: 0 });
    expect(facts.adopted).toBeGreaterThan(0);
    expect(facts.button).toMatchObject({ background: 'rgb(47, 111, 106)', color: 'rgb(255, 255, 255)' });
    expect(facts.button.radius).toBeGreaterThan(10);
    await screenshot(page, 'embed-module-intro');

    // By keyboard alone: "doing it, less than 6 months" → action (quick.json's rule
    // doing-less-than-6-months); the follow-up "lately" is shown for it.
    const choose: Record<string, string | number> = {
      change: 'eating',
      stage: 'doing-under-6-months',
      lately: 'ups-and-downs',
      importance: 8,
      confidence: 6,
    };
    const before = Date.now();
    await tabTo(page, 'Start');
    await page.keyboard.press('Enter');
    for (const [index, item] of quick.items.entries()) {
      await expectHeadingFocused(page, item.text['en']!);
      await chooseByKeyboard(page, quick, item, 'en', choose[item.id]!);
      if (index === 1) await screenshot(page, 'embed-module-question');
      await tabTo(page, index === quick.items.length - 1 ? 'See my result' : 'Next');
      await page.keyboard.press('Enter');
    }
    await expectHeadingFocused(page, "You're doing it");
    await screenshot(page, 'embed-module-result');

    const { events } = await hostApp(page);
    expect(events.map((e) => `${e.type} ${e.target}`)).toEqual(['stages-quiz:start quiz', 'stages-quiz:complete quiz']);
    const detail = events[1]!.detail;
    expect(detail).toEqual({
      stage: 'action',
      decidedBy: { method: 'rules', methodIndex: 0, rule: 'doing-less-than-6-months' },
      scores: [],
      answers: choose,
      questionnaire: { id: 'quick', version: '1.0.0' },
      lang: 'en',
      completedAt: expect.any(String),
    });
    const at = Date.parse(detail.completedAt);
    expect(at).toBeGreaterThanOrEqual(before - 1000);
    expect(at).toBeLessThanOrEqual(Date.now() + 1000);

    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    // The page, its script, and the chunks the app's bundler split off for what follows the
    // questions (the result phase, asked for at Start, and a module it shares): nothing else.
    const requests = app!.server.requests.filter((p) => p !== '/favicon.ico').map((p) => p.replace(/-[\w-]+\.js$/, '.js'));
    expect(requests.slice(0, 2)).toEqual(['/', '/assets/index.js']);
    expect(requests).toContain('/assets/ResultPhase.js');
    for (const path of requests.slice(2)) expect(path).toMatch(/^\/assets\/\w+\.js$/);
    await page.close();
  });

  it('clinician mode: the clinician entry opens the intake; the website entry says which entry has it', async () => {
    const page = await browser().newPage({ viewport: { width: 1000, height: 900 }, reducedMotion: 'reduce' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${clinicApp!.server.url}/`);
    await page.locator('#quiz').getByRole('heading', { name: 'Start an intake' }).waitFor();
    await screenshot(page, 'embed-module-clinician-start');

    await page.goto(`${app!.server.url}/`);
    await page.locator('#quiz').getByRole('button', { name: 'Start', exact: true }).waitFor();
    await page.evaluate(() => document.getElementById('quiz')!.setAttribute('mode', 'clinician'));
    const alert = page.locator('#quiz').getByText('Clinician mode isn’t available on this page.');
    await alert.waitFor();
    expect(await page.evaluate(() => document.getElementById('quiz')!.shadowRoot!.textContent)).toContain('stages-quiz/element-clinician');
    const { events } = await hostApp(page);
    expect(events.at(-1)).toMatchObject({ type: 'stages-quiz:error', detail: { problems: [{ path: 'mode' }] } });
    expect(errors).toEqual([]);
    await page.close();
  });
});
