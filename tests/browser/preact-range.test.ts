// package.json says Preact ^11.0.0. Both ends of that range, as npm installs them for an app that
// has its own Preact: the app's node_modules holds stages-quiz (its package.json and dist/) and one
// Preact, 11.0.0 (the lowest, from the `preact-lowest` alias) or the version in the lock file
// (the highest); Vite bundles the fixture app (tests/browser/fixtures/bundler-app) keeping the
// install's paths, so the element's `import 'preact'` finds the app's copy, as it would from a
// real install. Each bundle has that one Preact and the quiz completes in Chromium.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { build, type Rollup } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM script without types
import { startServer } from '../../scripts/serve.mjs';
import { answerQuick } from './embed-helpers';
import { useBrowser } from './page-helpers';

const REPO = resolve('.');
const browser = useBrowser();
const dirs: string[] = [];
const closers: (() => Promise<void>)[] = [];

afterAll(async () => {
  for (const close of closers) await close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Bundles the fixture app against one Preact; returns its server and the Preact files bundled (real paths). */
async function bundleWith(preactPackage: string): Promise<{ url: string; preactFiles: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'stages-quiz-preact-range-'));
  dirs.push(dir);
  cpSync('tests/browser/fixtures/bundler-app', dir, { recursive: true });
  const installed = join(dir, 'node_modules', 'stages-quiz');
  mkdirSync(installed, { recursive: true });
  copyFileSync('package.json', join(installed, 'package.json'));
  symlinkSync(join(REPO, 'dist'), join(installed, 'dist'), 'dir');
  symlinkSync(join(REPO, 'node_modules', preactPackage), join(dir, 'node_modules', 'preact'), 'dir');
  const outDir = join(dir, 'out');
  const output = (await build({
    root: dir,
    configFile: false,
    base: './',
    logLevel: 'warn',
    resolve: { preserveSymlinks: true },
    build: { outDir, emptyOutDir: true },
  })) as Rollup.RollupOutput;
  // Every bundled module that is a file of any Preact installed here (by its real path).
  const preacts = ['preact', 'preact-lowest'].map((name) => join(REPO, 'node_modules', name) + sep);
  const preactFiles = output.output
    .flatMap((chunk) => (chunk.type === 'chunk' ? chunk.moduleIds : []))
    .filter((id) => id.startsWith(sep))
    .map((id) => realpathSync(id.split('?')[0]!))
    .filter((file) => preacts.some((root) => file.startsWith(root)));
  const server = (await startServer({ root: outDir })) as { url: string; close: () => Promise<void> };
  closers.push(server.close);
  return { url: server.url, preactFiles };
}

describe.each([
  ['11.0.0 (the lowest in ^11.0.0)', 'preact-lowest', '11.0.0'],
  ['the lock file’s (the highest tested)', 'preact', JSON.parse(readFileSync('node_modules/preact/package.json', 'utf8')).version as string],
])('an app with Preact %s', (_name, preactPackage, version) => {
  it('bundles one copy of its own Preact, and the quiz completes', async () => {
    expect(JSON.parse(readFileSync(join('node_modules', preactPackage, 'package.json'), 'utf8')).version).toBe(version);
    const { url, preactFiles } = await bundleWith(preactPackage);
    // Preact's core module once, from the app's Preact and no other.
    const own = realpathSync(join(REPO, 'node_modules', preactPackage));
    expect(preactFiles.filter((file) => file.endsWith(`${sep}preact.mjs`))).toEqual([join(own, 'dist', 'preact.mjs')]);
    expect(preactFiles.every((file) => file.startsWith(own + sep))).toBe(true);

    const page = await browser().newPage({ viewport: { width: 900, height: 900 }, reducedMotion: 'reduce' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${url}/`);
    expect(await page.locator('#app-note').textContent()).toBe('Rendered by the app’s own Preact.');
    await answerQuick(page.locator('#quiz'), 'within-30-days');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { hostApp: { events: { type: string; detail: { stage?: string } }[] } }).hostApp.events.filter((e) => e.type === 'stages-quiz:complete').map((e) => e.detail.stage)))
      .toEqual(['preparation']);
    expect(errors).toEqual([]);
    await page.close();
  });
});
