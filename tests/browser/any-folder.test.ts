// A practice hosts the built dist/ in a folder of its site, not at the root: the standalone page
// and the iframe page load their assets by relative URLs and complete a quiz from /quiz/ and from
// /a/b/ (dist/ served only under that folder, every other path 404). Run `npm run build` first.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
// @ts-expect-error: plain ESM script without types
import { startServer } from '../../scripts/serve.mjs';
import { answerQuick } from './embed-helpers';
import { screenshot } from './chromium';
import { useBrowser } from './page-helpers';

const browser = useBrowser();
type Server = { url: string; requests: string[]; close: () => Promise<void> };
const servers = new Map<string, Server>();

beforeAll(async () => {
  for (const prefix of ['/quiz/', '/a/b/']) servers.set(prefix, (await startServer({ root: 'dist', prefix })) as Server);
});
afterAll(async () => {
  for (const server of servers.values()) await server.close();
});

/** A page that records failed responses, console errors and uncaught errors as `problems`. */
async function openPage(): Promise<{ page: Page; problems: string[] }> {
  const context = await browser().newContext({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce', locale: 'en-US' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && problems.push(m.text()));
  // An absent settings.json (the practice's optional defaults) answers 404: the usual case, not a fault.
  page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && !r.url().endsWith('/settings.json') && problems.push(`${r.status()} ${r.url()}`));
  page.on('pageerror', (e) => problems.push(String(e)));
  return { page, problems };
}

describe.each(['/quiz/', '/a/b/'])('dist/ hosted under %s', (prefix) => {
  test('the standalone page loads its assets from the folder and completes a quiz', async () => {
    const server = servers.get(prefix)!;
    const { page, problems } = await openPage();
    await page.goto(`${server.url}${prefix}?lang=en`);
    await answerQuick(page, 'within-30-days');
    // The result leads with the person: the preparation stage's headline.
    await page.getByRole('heading', { name: "You're getting ready", exact: true }).waitFor();
    // Every asset came from the folder; nothing asked for at the site root.
    const assets = server.requests.filter((r) => r.includes('/assets/'));
    expect(assets.length).toBeGreaterThan(0);
    expect(assets.every((r) => r.startsWith(`${prefix}assets/`))).toBe(true);
    expect(problems).toEqual([]);
    await screenshot(page, `any-folder-standalone-${prefix.replaceAll('/', '_')}`);
    await page.context().close();
  });

  test('the frame page in an iframe from the folder completes a quiz and posts its result', async () => {
    const server = servers.get(prefix)!;
    const { page, problems } = await openPage();
    const origin = server.url;
    // The host page lives at the site's root (outside the quiz folder), as a practice's page would.
    await page.route(`${origin}/host.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><title>Host</title><iframe id="quiz" title="Quiz" style="width:100%;height:800px"
          src="${prefix}frame.html?lang=en&origin=${encodeURIComponent(origin)}"></iframe>`,
      }),
    );
    await page.addInitScript(() => {
      const w = window as unknown as { results: unknown[] };
      w.results = [];
      addEventListener('message', (e) => (e.data as { type?: string })?.type === 'stages-quiz:complete' && w.results.push(e.data));
    });
    await page.goto(`${origin}/host.html`);
    const frame = page.frameLocator('#quiz');
    await answerQuick(frame, 'within-30-days');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { results: { completion: { stage: string } }[] }).results.map((r) => r.completion.stage)))
      .toEqual(['preparation']);
    expect(server.requests.filter((r) => r.includes('/assets/')).every((r) => r.startsWith(`${prefix}assets/`))).toBe(true);
    // The practice's optional settings.json is looked for beside the page too, not at the site root.
    const settingsRequests = server.requests.filter((r) => r.endsWith('settings.json'));
    expect(settingsRequests.length).toBeGreaterThan(0);
    expect(settingsRequests.every((r) => r === `${prefix}settings.json`)).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
