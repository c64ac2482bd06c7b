// What a host page's own scripts and layout do around the website script, in Chromium: old
// libraries that replace Array.from and Array#entries and leave a value on Object.prototype; a
// page's keyboard shortcuts; boxes that shrink to fit their content (WordPress's Stack block, an
// inline-block); and the script run without a src of its own (an AJAX theme's inline run, a
// module). Each page is in tests/browser/fixtures/placement/. The quiz must work to its end,
// next step included, and leave no error on the page. Run `npm run build` first.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './chromium';
import { useBrowser } from './page-helpers';
import { completeQuick, expectClean, expectIntro, openHost, usePlacementSite } from './placement-site';

const browser = useBrowser();
// The inline run needs what jQuery's needs: inline scripts allowed on that page.
const site = usePlacementSite({ '/inline-run.html': "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self'" });

/**
 * From the action result (doing it for under 6 months, steady lately: no slip to write about)
 * through the next step: the numbers (skipped), three answers, three if–then plans; `write` types into a box. Returns the widget's
 * text on "In my own words".
 */
async function writeTheActionStep(quiz: Locator, write: (box: Locator, text: string) => Promise<void>): Promise<string> {
  await quiz.getByRole('button', { name: 'Put it in my own words' }).click();
  await quiz.getByRole('heading', { level: 2, name: 'About the numbers you chose' }).waitFor();
  await quiz.getByRole('button', { name: 'Skip this one' }).click();
  const answers = quiz.getByRole('textbox', { name: /^Answer \d$/ });
  await answers.first().waitFor();
  expect(await answers.count()).toBe(3);
  await write(quiz.getByRole('textbox', { name: 'Answer 1' }), 'walks with my kids/work friends');
  // The count agrees with the box: 31 characters typed of 120.
  expect(await quiz.getByText('89 of 120 characters left').count()).toBe(1);
  await quiz.getByRole('button', { name: 'Next', exact: true }).click();
  const plan = quiz.getByRole('group', { name: 'Plan 1' });
  await plan.waitFor();
  expect(await quiz.getByRole('group', { name: /^Plan \d$/ }).count()).toBe(3);
  await write(plan.getByRole('textbox', { name: 'If…' }), 'work runs late');
  await write(plan.getByRole('textbox', { name: 'I will…' }), 'take a short walk at lunch');
  await quiz.getByRole('button', { name: 'See what I wrote', exact: true }).click();
  const mine = quiz.getByRole('heading', { level: 2, name: 'In my own words' });
  await mine.waitFor();
  return quiz.locator('.sq').innerText();
}

const fill = (box: Locator, text: string) => box.fill(text);

/**
 * Opens `path`, completes the quiz to the action result and writes its next step by filling the
 * boxes; expects the words back on "In my own words" and a clean page (no error, no CSP violation).
 */
async function throughTheStep(path: string): Promise<void> {
  const host = await openHost(browser(), site(), path);
  await expectIntro(host.page, '#quiz');
  await completeQuick(host.page, '#quiz', 'doing-under-6-months');
  const mine = await writeTheActionStep(host.page.locator('#quiz'), fill);
  expect(mine).toContain('walks with my kids/work friends');
  expect(mine).toContain('If work runs late, I will take a short walk at lunch.');
  await screenshot(host.page, `embed-host-scripts-${path.replace('.html', '')}`);
  await expectClean(host);
  await host.page.close();
}

describe('old libraries on the page', () => {
  it.each([
    ['old-prototype.html', 'Prototype.js 1.7.0 (Array.from, Array#entries, String#toArray) and a value on Object.prototype'],
    ['old-mootools.html', "MooTools 1.x's Array.from"],
  ])('%s: %s: the quiz, its result and the next step work, and nothing is thrown', async (path) => {
    await throughTheStep(path);
  });
});

describe("a page's keyboard shortcuts", () => {
  it('take no key pressed in the quiz: Enter and Space press its buttons, arrows choose, spaces and "/" are typed; Tab still reaches the page', async () => {
    const host = await openHost(browser(), site(), 'carousel.html');
    const { page } = host;
    const quiz = page.locator('#quiz');
    await expectIntro(page, '#quiz');
    await quiz.getByRole('button', { name: 'Start', exact: true }).focus();
    await page.keyboard.press('Enter');
    const first = quiz.getByRole('radio').first();
    await first.waitFor();
    await first.focus();
    await page.keyboard.press('Space');
    expect(await first.isChecked()).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await quiz.getByRole('radio').nth(1).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (window as unknown as { hostKeys: string[] }).hostKeys)).toEqual(['tab']);
    // Back to the start, then through by clicks to the step, where the person types.
    await quiz.getByRole('button', { name: 'Back', exact: true }).click();
    await completeQuick(page, '#quiz', 'doing-under-6-months');
    const mine = await writeTheActionStep(quiz, async (box, text) => {
      await box.click();
      await page.keyboard.type(text);
    });
    expect(mine).toContain('walks with my kids/work friends');
    expect(mine).toContain('If work runs late, I will take a short walk at lunch.');
    expect(await page.evaluate(() => (window as unknown as { hostKeys: string[] }).hostKeys)).toEqual(['tab']);
    await expectClean(host);
    await page.close();
  });
});

/** The widget's width and the page's sideways overflow. */
const widths = (page: Page, selector: string) =>
  page.evaluate((selector) => ({
    widget: Math.round(document.querySelector(selector)!.getBoundingClientRect().width),
    overflow: document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth,
  }), selector);

describe('boxes that shrink to fit their content', () => {
  it('a flex column that does not stretch (WordPress Stack) and an inline-block give the quiz about 40em, or the whole width when narrower', async () => {
    const host = await openHost(browser(), site(), 'shrink-to-fit.html');
    const { page } = host;
    await expectIntro(page, '#quiz');
    for (const selector of ['#quiz', '#inline']) {
      const { widget, overflow } = await widths(page, selector);
      // 40em at 16 px is 640 px, give or take the monospace face's width; the column is 736 px.
      expect(widget).toBeGreaterThan(560);
      expect(widget).toBeLessThanOrEqual(736);
      expect(overflow).toBe(0);
    }
    await screenshot(page, 'embed-host-scripts-shrink-to-fit-1000');
    await page.setViewportSize({ width: 390, height: 900 });
    for (const selector of ['#quiz', '#inline']) {
      // The body's 1rem padding each side: 358 px to fill.
      expect(await widths(page, selector)).toEqual({ widget: 358, overflow: 0 });
    }
    await screenshot(page, 'embed-host-scripts-shrink-to-fit-390');
    await completeQuick(page, '#quiz', 'within-30-days');
    await expectClean(host);
    await page.close();
  });
});

describe('the script run without a src of its own', () => {
  it('when the page no longer lists where the script came from, the site owner is told at once, in the console', async () => {
    const host = await openHost(browser(), site(), 'inline-run.html?cleared');
    await expectIntro(host.page, '#quiz');
    expect(host.problems).toEqual([
      'console: stages-quiz: where stages-quiz.js was loaded from is unknown (it was not run from its own <script src>, and the page no longer lists it), so the result cannot be loaded: add the script with <script src="…/stages-quiz.js">',
    ]);
    await host.page.close();
  });

  it.each([
    ['inline-run.html', 'run as inline code by an AJAX theme'],
    ['module-script.html', 'loaded as a module'],
  ])('%s (%s): its parts are found beside it, so the result and the next step come', async (path) => {
    await throughTheStep(path);
  });
});
