// The iframe embed's opt-in `persist` (frame.html?persist, the element's attribute as a URL
// parameter): an unfinished quiz inside the frame survives a reload of the host page, in the
// frame's own sessionStorage, and is cleared on completion; without it nothing is stored and
// nothing resumes. Host pages: examples/iframe.html with its ?frame= knob. Run `npm run build` first.
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Frame, FrameLocator, Page } from 'playwright-core';
import { screenshot } from './chromium';
import { useBrowser } from './page-helpers';
import { hostLog } from './embed-helpers';

const browser = useBrowser();
const base = inject('baseUrl');
const other = inject('otherUrl');

const QUESTION = {
  change: 'What change has been on your mind?',
  stage: 'Where are you with this change right now?',
  importance: 'How important is this change to you right now?',
};

/** A host page in a fresh context (its own session storage), recording page errors in host and frame. */
async function openHost(url: string): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser().newContext({ viewport: { width: 900, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
  // An absent settings.json (the practice's optional defaults) answers 404: the usual case, not a fault.
  page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && !r.url().endsWith('/settings.json') && errors.push(`${r.status()} ${r.url()}`));
  await page.goto(url);
  return { context, page, errors };
}

/** The quiz page inside the iframe (not the host page, whose name also ends in frame.html). */
function quizFrame(page: Page): Frame {
  const frame = page.frame({ url: (u) => u.pathname === '/frame.html' });
  if (!frame) throw new Error('no quiz frame on the page');
  return frame;
}

/** What the frame's page could have written in its own origin: Web Storage and cookies. */
const frameStorage = (page: Page) =>
  quizFrame(page).evaluate(() => ({
    session: Object.entries(sessionStorage),
    local: Object.keys(localStorage),
    cookie: document.cookie,
  }));

/** The same, seen from the host page's own origin. */
const hostStorage = (page: Page) =>
  page.evaluate(() => ({ session: Object.keys(sessionStorage), local: Object.keys(localStorage), cookie: document.cookie }));

const EMPTY = { session: [], local: [], cookie: '' };

/** Start, pick "Moving more", Next, pick `stage`, Next: two questions answered, the third showing. */
async function answerTwo(frame: FrameLocator, stage: string): Promise<void> {
  await frame.getByRole('button', { name: 'Start', exact: true }).click();
  await frame.locator('input[value="moving-more"]').check();
  await frame.getByRole('button', { name: 'Next', exact: true }).click();
  await frame.locator(`input[value="${stage}"]`).check();
  await frame.getByRole('button', { name: 'Next', exact: true }).click();
  await frame.getByRole('heading', { level: 2, name: QUESTION.importance }).waitFor();
}

const frameUrl = (frame: string) => `/examples/iframe.html?frame=${encodeURIComponent(frame)}`;

describe('the iframe embed with persist', () => {
  it.each([
    ['on the host’s own origin', `${base}${frameUrl('../frame.html?persist')}`, 'same'],
    ['on another origin than the host', `${other}${frameUrl(`${base}/frame.html?persist`)}`, 'cross'],
  ])('a frame %s resumes after the host reloads, and finishing clears the stored quiz', async (_, url, shot) => {
    const { context, page, errors } = await openHost(url);
    const frame = page.frameLocator('#quiz-frame');
    await answerTwo(frame, 'within-30-days');

    // One key in the frame's sessionStorage, holding the answers so far; nothing else anywhere.
    await expect.poll(async () => (await frameStorage(page)).session.length).toBe(1);
    const stored = await frameStorage(page);
    expect(stored.session[0]![0]).toBe('stages-quiz:/frame.html#frame:quick@1.0.0');
    expect(stored.session[0]![1]).toContain('within-30-days');
    expect({ ...stored, session: [] }).toEqual(EMPTY);
    if (shot === 'cross') expect(await hostStorage(page)).toEqual(EMPTY);
    expect(await context.cookies()).toEqual([]);

    await page.reload();
    // Back at the third question, the first two answers kept.
    await frame.getByRole('heading', { level: 2, name: QUESTION.importance }).waitFor();
    expect(await frame.getByText('Question 3 of 4').count()).toBe(1);
    expect(await frame.locator('input[type="radio"]:checked').count()).toBe(0);
    await screenshot(page, `embed-frame-persist-resumed-${shot}`);
    await frame.getByRole('button', { name: 'Back', exact: true }).click();
    await frame.getByRole('heading', { level: 2, name: QUESTION.stage }).waitFor();
    expect(await frame.locator('input[value="within-30-days"]').isChecked()).toBe(true);
    await frame.getByRole('button', { name: 'Back', exact: true }).click();
    await frame.getByRole('heading', { level: 2, name: QUESTION.change }).waitFor();
    expect(await frame.locator('input[value="moving-more"]').isChecked()).toBe(true);

    // On to the end: within 30 days → preparation (quick.json's rule planning-within-30-days).
    await frame.getByRole('button', { name: 'Next', exact: true }).click();
    await frame.getByRole('button', { name: 'Next', exact: true }).click();
    await frame.locator('input[value="7"]').check();
    await frame.getByRole('button', { name: 'Next', exact: true }).click();
    await frame.locator('input[value="4"]').check();
    await frame.getByRole('button', { name: 'See my result', exact: true }).click();
    await frame.getByRole('heading', { level: 2, name: "You're getting ready" }).waitFor();
    await expect.poll(async () => (await frameStorage(page)).session).toEqual([]);
    expect(await frameStorage(page)).toEqual(EMPTY);
    await expect.poll(async () => (await hostLog(page)).filter((e) => e.type === 'stages-quiz:complete').length).toBe(1);
    const complete = (await hostLog(page)).find((e) => e.type === 'stages-quiz:complete')!;
    expect(complete.detail.stage).toBe('preparation');
    expect(complete.detail.answers).toEqual({ change: 'moving-more', stage: 'within-30-days', importance: 7, confidence: 4 });
    await screenshot(page, `embed-frame-persist-result-${shot}`);

    // Finished means forgotten: another reload starts afresh.
    await page.reload();
    await frame.getByRole('button', { name: 'Start', exact: true }).waitFor();
    expect(await frameStorage(page)).toEqual(EMPTY);
    expect(await context.cookies()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['without the persist parameter', `${base}/examples/iframe.html`, 'absent'],
    ['with persist=false', `${base}${frameUrl('../frame.html?persist=false')}`, 'false'],
  ])('%s: nothing is stored and a reload starts afresh', async (_, url, shot) => {
    const { context, page, errors } = await openHost(url);
    const frame = page.frameLocator('#quiz-frame');
    await answerTwo(frame, 'within-6-months');
    // Give a write the time it would take, then look: nothing in the frame's origin (also the host's here).
    await page.waitForTimeout(300);
    expect(await frameStorage(page)).toEqual(EMPTY);
    expect(await hostStorage(page)).toEqual(EMPTY);

    await page.reload();
    await frame.getByRole('button', { name: 'Start', exact: true }).waitFor();
    await screenshot(page, `embed-frame-persist-off-${shot}-reloaded`);
    await frame.getByRole('button', { name: 'Start', exact: true }).click();
    await frame.getByRole('heading', { level: 2, name: QUESTION.change }).waitFor();
    expect(await frame.locator('input[type="radio"]:checked').count()).toBe(0);
    expect(await frameStorage(page)).toEqual(EMPTY);
    expect(await context.cookies()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('two persisting frames on one page, named apart, each resume their own quiz', async () => {
    const { context, page, errors } = await openHost(`${base}/examples/iframe.html`);
    // Two more frames, as a host would write them: <iframe name="…" src="…/frame.html?persist">.
    const addFrames = () =>
      page.evaluate(() => {
        for (const name of ['quiz-a', 'quiz-b']) {
          const frame = document.createElement('iframe');
          frame.name = name;
          frame.id = name;
          frame.title = `Quiz ${name}`;
          frame.src = '../frame.html?persist';
          document.body.append(frame);
        }
      });
    await addFrames();
    const a = page.frameLocator('#quiz-a');
    const b = page.frameLocator('#quiz-b');
    await answerTwo(a, 'within-30-days');
    await b.getByRole('button', { name: 'Start', exact: true }).click();
    await b.locator('input[value="moving-more"]').check();
    await b.getByRole('button', { name: 'Next', exact: true }).click();
    await b.getByRole('heading', { level: 2, name: QUESTION.stage }).waitFor();

    await page.reload();
    await addFrames();
    // Each frame is back where it was: A at the third question, B at the second with nothing chosen.
    await a.getByRole('heading', { level: 2, name: QUESTION.importance }).waitFor();
    await b.getByRole('heading', { level: 2, name: QUESTION.stage }).waitFor();
    expect(await b.locator('input[type="radio"]:checked').count()).toBe(0);
    await a.getByRole('button', { name: 'Back', exact: true }).click();
    expect(await a.locator('input[value="within-30-days"]').isChecked()).toBe(true);
    await screenshot(page, 'embed-frame-persist-two-frames');
    expect(errors).toEqual([]);
    await context.close();
  });
});
