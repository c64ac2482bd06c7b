import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './chromium';
import { useBrowser } from './page-helpers';
import { answerQuick, hostLog } from './embed-helpers';

const browser = useBrowser();
const base = inject('baseUrl');
const other = inject('otherUrl');

/** Opens a host page, recording every message its window receives (from anywhere). */
async function openHost(url: string): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await browser().newPage({ viewport: { width: 900, height: 800 } });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(() => {
    const w = window as unknown as { messages: { origin: string; data: unknown }[] };
    w.messages = [];
    addEventListener('message', (e) => w.messages.push({ origin: e.origin, data: e.data }));
  });
  await page.goto(url);
  return { page, errors, requests };
}

/** The quiz page inside the iframe (not the host page, whose name also ends in frame.html). */
const quizFrame = (page: Page) => page.frame({ url: (u) => u.pathname === '/frame.html' });

const frameHeights = (page: Page) =>
  page.evaluate(() => {
    const iframe = document.querySelector<HTMLIFrameElement>('#quiz-frame')!;
    return { iframe: iframe.getBoundingClientRect().height, messages: (window as unknown as { messages: unknown[] }).messages.length };
  });

describe('the iframe embed', () => {
  it('resizes the iframe to its content as the content changes', async () => {
    const { page, errors } = await openHost(`${base}/examples/iframe.html`);
    const frame = page.frameLocator('#quiz-frame');
    await frame.getByRole('button', { name: 'Start', exact: true }).waitFor();
    const contentHeight = async () =>
      (await quizFrame(page)!.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height)));
    await expect.poll(async () => (await frameHeights(page)).iframe).toBe(await contentHeight());
    const introHeight = (await frameHeights(page)).iframe;
    expect(introHeight).not.toBe(480); // example.css's starting height
    await frame.getByRole('button', { name: 'Start', exact: true }).click();
    await frame.getByRole('button', { name: 'Next', exact: true }).waitFor();
    await expect.poll(async () => (await frameHeights(page)).iframe).toBe(await contentHeight());
    expect((await frameHeights(page)).iframe).not.toBe(introHeight);
    // No scrollbar inside: the frame's document is no taller than the frame.
    const inner = await quizFrame(page)!.evaluate(() => document.documentElement.scrollHeight - innerHeight);
    expect(inner).toBeLessThanOrEqual(0);
    await screenshot(page, 'embed-iframe-question');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('posts the result to a host on the declared origin (a second loopback port)', async () => {
    const { page, errors, requests } = await openHost(`${other}/examples/iframe.html?frame=${encodeURIComponent(`${base}/frame.html`)}`);
    const src = await page.locator('#quiz-frame').getAttribute('src');
    expect(new URL(src!).searchParams.get('origin')).toBe(other);
    const frame = page.frameLocator('#quiz-frame');
    await answerQuick(frame, 'within-30-days');
    await frame.getByRole('heading', { name: "You're getting ready" }).waitFor();
    await expect.poll(async () => (await hostLog(page)).filter((e) => e.type === 'stages-quiz:complete').length).toBe(1);
    const log = await hostLog(page);
    const complete = log.find((e) => e.type === 'stages-quiz:complete')!;
    expect(complete.target).toBe('quiz-frame');
    expect(complete.detail.stage).toBe('preparation');
    expect(complete.detail.answers).toEqual({ change: 'moving-more', stage: 'within-30-days', importance: 7, confidence: 4 });
    expect(log.map((e) => e.type)).toEqual(['stages-quiz:start', 'stages-quiz:complete']);
    // Every message came from the frame's origin.
    const origins = await page.evaluate(() => (window as unknown as { messages: { origin: string }[] }).messages.map((m) => m.origin));
    expect(new Set(origins)).toEqual(new Set([base]));
    // Requests: the host page's files, then the frame page, its own two assets, the practice's
    // optional defaults file beside it (absent here), and the chunks of what follows the questions
    // (the result phase and the next step it shares with clinician mode, asked for at Start); nothing else.
    const frameRequests = requests.filter((u) => u.startsWith(base)).map((u) => u.replace(base, '').replace(/-[\w-]+\.(js|css)$/, '.$1'));
    expect(frameRequests.sort()).toEqual(
      [
        '/assets/frame.css',
        '/assets/frame.js',
        '/assets/NextStep.js',
        '/assets/ResultPhase.js',
        `/frame.html?origin=${encodeURIComponent(other)}`,
        '/settings.json',
      ].sort(),
    );
    await screenshot(page, 'embed-iframe-result');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the call to action opens in the page around the frame, not inside it (a booking site may refuse to be framed)', async () => {
    const { page, errors } = await openHost(`${other}/examples/iframe.html?frame=${encodeURIComponent(`${base}/frame.html`)}`);
    const booking = 'https://practice.example/book';
    await page.route(`${booking}*`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Book</title><h1>Book a call</h1>' }));
    await page.evaluate(
      (src) => {
        document.querySelector<HTMLIFrameElement>('#quiz-frame')!.src = src;
      },
      `${base}/frame.html?origin=${encodeURIComponent(other)}&cta-href=${encodeURIComponent(booking)}`,
    );
    const frame = page.frameLocator('#quiz-frame');
    await answerQuick(frame, 'within-30-days');
    await Promise.all([page.waitForURL(booking), frame.getByRole('link', { name: 'Book a free call' }).first().click()]);
    expect(await page.locator('h1').innerText()).toBe('Book a call');
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the frame's own page takes the person's language: its lang and title, at the start and after a switch", async () => {
    const { page, errors } = await openHost(`${base}/examples/iframe.html`);
    await page.evaluate((src) => {
      document.querySelector<HTMLIFrameElement>('#quiz-frame')!.src = src;
    }, `${base}/frame.html?lang=es`);
    const frame = page.frameLocator('#quiz-frame');
    await frame.getByRole('button', { name: 'Empezar', exact: true }).waitFor();
    const framePage = () => quizFrame(page)!.evaluate(() => [document.documentElement.lang, document.title]);
    expect(await framePage()).toEqual(['es', '¿En qué punto estás con el cambio que tienes en mente?']);
    await frame.getByRole('button', { name: 'English', exact: true }).click();
    expect(await framePage()).toEqual(['en', "Where are you with the change you're thinking about?"]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a host on any other origin than the declared one receives nothing', async () => {
    // The host is on `other`, but the frame is told the host is `base`: the browser drops every post.
    const url = `${other}/examples/iframe.html?frame=${encodeURIComponent(`${base}/frame.html`)}&declare=${encodeURIComponent(base)}`;
    const { page, errors } = await openHost(url);
    const frame = page.frameLocator('#quiz-frame');
    await answerQuick(frame, 'within-30-days');
    await frame.getByRole('heading', { name: "You're getting ready" }).waitFor();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { messages: unknown[] }).messages)).toEqual([]);
    expect(await hostLog(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('without an origin parameter the result is posted nowhere (the height still is)', async () => {
    const { page } = await openHost(`${base}/examples/iframe.html`);
    await page.evaluate(() => {
      document.querySelector<HTMLIFrameElement>('#quiz-frame')!.src = '../frame.html';
    });
    const frame = page.frameLocator('#quiz-frame');
    await answerQuick(frame, 'not-in-6-months');
    await frame.getByRole('heading', { name: "Not on your list right now — and that's okay" }).waitFor();
    await page.waitForTimeout(300);
    const types = await page.evaluate(() =>
      (window as unknown as { messages: { data: { type: string } }[] }).messages.map((m) => m.data.type),
    );
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['stages-quiz:height']));
    expect(await hostLog(page)).toEqual([]);
    await page.close();
  });

  it('the host helper ignores messages that do not come from the quiz frame itself', async () => {
    const { page } = await openHost(`${base}/examples/iframe.html`);
    await page.frameLocator('#quiz-frame').getByRole('button', { name: 'Start', exact: true }).waitFor();
    await expect.poll(async () => (await frameHeights(page)).iframe).not.toBe(480);
    const before = (await frameHeights(page)).iframe;
    await page.evaluate(async () => {
      const fake = { v: 1, completion: { stage: 'action' } };
      // From the host window itself…
      window.postMessage({ ...fake, type: 'stages-quiz:complete' }, '*');
      window.postMessage({ type: 'stages-quiz:height', v: 1, height: 99 }, '*');
      // …and from another same-origin frame that is not a quiz frame.
      const stranger = document.createElement('iframe');
      stranger.src = '/examples/after.js';
      document.body.append(stranger);
      await new Promise((r) => stranger.addEventListener('load', r, { once: true }));
      stranger.contentWindow!.parent.postMessage({ ...fake, type: 'stages-quiz:complete' }, '*');
      await new Promise((r) => setTimeout(r, 200));
    });
    expect(await hostLog(page)).toEqual([]);
    expect((await frameHeights(page)).iframe).toBe(before);
    await page.close();
  });
});
