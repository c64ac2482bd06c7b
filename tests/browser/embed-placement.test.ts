// Where a CMS puts the one-file script (dist/stages-quiz.js): in the head without defer (header
// code injection), in the head with defer (the README snippet), async (delivered early or late),
// at the end of body, and on a page with its own strict CSP. Each host page is a file in
// tests/browser/fixtures/placement/, served from a temp folder next to a copy of the built script;
// each case renders the introduction, is completed with the stage worked out by hand from
// questionnaire/quick.json, and leaves no error, console error or CSP violation.
// Run `npm run build` first.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './chromium';
import { answerQuick, shadowStyles } from './embed-helpers';
import { useBrowser } from './page-helpers';
import {
  completeQuick,
  expectClean,
  expectIntro,
  HOST_QUESTIONNAIRE,
  hostLog,
  openHost,
  probes,
  quickCompletion,
  usePlacementSite,
  watch,
} from './placement-site';

const browser = useBrowser();

/** The strict-csp.html page's own policy: scripts and styles from the site itself, nothing else. */
const HOST_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const site = usePlacementSite({ '/strict-csp.html': HOST_CSP });

/** The element is an instance of the one registered class, with an open shadow root and our stylesheets. */
const upgraded = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    const el = document.querySelector(selector)!;
    return {
      upgraded: el instanceof customElements.get('stages-quiz')!,
      mode: el.shadowRoot?.mode,
      adopted: el.shadowRoot?.adoptedStyleSheets.length ?? 0,
    };
  }, selector);

/** Opens `path`, expects the introduction, completes it with `option`, and expects a clean page. */
async function placementCase(path: string, option: string, name: string, beforeGoto?: (page: Page) => Promise<void>) {
  const host = await openHost(browser(), site(), path, { beforeGoto });
  const { page } = host;
  await expectIntro(page, '#quiz');
  expect(await upgraded(page, '#quiz')).toEqual({ upgraded: true, mode: 'open', adopted: 2 });
  // It waits to be used: no focus taken (nor the page scrolled to it) on load.
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  await screenshot(page, `embed-placement-${name}-intro`);
  await completeQuick(page, '#quiz', option);
  await screenshot(page, `embed-placement-${name}-result`);
  await expectClean(host);
  expect((await watch(page)).defines).toEqual(['stages-quiz']);
  return host;
}

describe('dist/stages-quiz.js wherever the CMS puts the script tag', () => {
  it('1. in <head> without defer, before the element is parsed (header code injection)', async () => {
    const { page } = await placementCase('head-sync.html', 'within-30-days', 'head-sync');
    // The script really ran first: defined, with no element in the document yet.
    expect((await probes(page))[0]).toEqual({ label: 'after-script', defined: true, elements: 0, readyState: 'loading' });
    await page.close();
  });

  it('2. in <head> with defer (the README snippet)', async () => {
    const { page } = await placementCase('head-defer.html', 'not-in-6-months', 'head-defer');
    // Deferred scripts run in order once the document is parsed: the element was already there.
    expect((await probes(page))[0]).toEqual({ label: 'after-script', defined: true, elements: 1, readyState: 'interactive' });
    await page.close();
  });

  it('3a. async, as delivered', async () => {
    const { page } = await placementCase('async.html', 'within-6-months', 'async');
    expect((await probes(page))[0]).toEqual({ label: 'head', defined: false, elements: 0, readyState: 'loading' });
    await page.close();
  });

  it('3b. async, arriving after the document is parsed: the waiting element is upgraded', async () => {
    const { page } = await placementCase('async.html', 'doing-under-6-months', 'async-late', async (page) => {
      await page.route('**/stages-quiz.js', async (route) => {
        await new Promise((ok) => setTimeout(ok, 700));
        await route.continue();
      });
    });
    // At DOMContentLoaded the element sat undefined in the document; the script came later.
    expect((await probes(page)).find((p) => p.label === 'DOMContentLoaded')).toEqual({
      label: 'DOMContentLoaded',
      defined: false,
      elements: 1,
      readyState: 'interactive',
    });
    await page.close();
  });

  it('3c. async, arriving late, after the host set the questionnaire property on the waiting element', async () => {
    const host = await openHost(browser(), site(), 'async-property.html', {
      beforeGoto: async (page) => {
        await page.route('**/stages-quiz.js', async (route) => {
          await new Promise((ok) => setTimeout(ok, 700));
          await route.continue();
        });
      },
    });
    const { page } = host;
    const quiz = page.locator('#quiz');
    // The host's object, not the built-in the attribute-less element would show.
    await quiz.getByRole('heading', { level: 2, name: HOST_QUESTIONNAIRE.title.en, exact: true }).waitFor({ timeout: 10_000 });
    expect(await page.evaluate(() => (window as unknown as { placementSetWhileUndefined: boolean }).placementSetWhileUndefined)).toBe(true);
    expect(await upgraded(page, '#quiz')).toEqual({ upgraded: true, mode: 'open', adopted: 2 });
    expect(await page.evaluate(() => document.querySelector('stages-quiz')!.questionnaire?.id)).toBe(HOST_QUESTIONNAIRE.id);
    await screenshot(page, 'embed-placement-async-property-intro');
    await answerQuick(quiz, 'within-30-days');
    await quiz.getByRole('heading', { name: "You're getting ready", exact: true }).waitFor();
    const log = await hostLog(page);
    expect(log.map((e) => `${e.type} ${e.target}`)).toEqual(['stages-quiz:start quiz', 'stages-quiz:complete quiz']);
    expect(log[1]!.detail).toEqual({ ...quickCompletion('within-30-days'), questionnaire: { id: HOST_QUESTIONNAIRE.id, version: '1.0.0' } });
    await expectClean(host);
    await page.close();
  });

  it('4. at the end of body (the plain case)', async () => {
    const { page } = await placementCase('body-end.html', 'doing-over-6-months', 'body-end');
    expect((await probes(page))[0]).toEqual({ label: 'after-script', defined: true, elements: 1, readyState: 'loading' });
    await page.close();
  });

  it('4b. a hand-made page without a doctype (quirks mode), the quiz in a layout table: laid out as on a standards page', async () => {
    const parts = ['.sq-card', 'h2', '.sq-lead', '.sq-fact', '.sq-button-primary', '.sq-lang-button'];
    const layout = (page: Page) =>
      page.evaluate((parts) => {
        const root = document.querySelector('#quiz')!.shadowRoot!;
        return parts.map((selector) => {
          const el = root.querySelector(selector)!;
          const style = getComputedStyle(el);
          const box = el.getBoundingClientRect();
          return `${selector}: ${style.fontSize} / ${style.lineHeight} ${style.fontFamily.split(',')[0]}, ${box.width.toFixed(1)} × ${box.height.toFixed(1)}`;
        });
      }, parts);
    const standards = await openHost(browser(), site(), 'body-end.html');
    await expectIntro(standards.page, '#quiz');
    const expected = await layout(standards.page);
    await standards.page.close();

    const host = await openHost(browser(), site(), 'quirks.html');
    const { page } = host;
    expect(await page.evaluate(() => document.compatMode)).toBe('BackCompat');
    await expectIntro(page, '#quiz');
    expect(await layout(page)).toEqual(expected);
    await screenshot(page, 'embed-placement-quirks-intro');
    await completeQuick(page, '#quiz', 'not-in-6-months');
    await screenshot(page, 'embed-placement-quirks-result');
    await expectClean(host);
    await page.close();
  });

  it("8. the host's own strict CSP (script-src 'self', style-src 'self'): visibly styled, no violation", async () => {
    const host = await openHost(browser(), site(), 'strict-csp.html');
    const { page } = host;
    const response = await page.request.get(`${site().url}/strict-csp.html`);
    expect(response.headers()['content-security-policy']).toBe(HOST_CSP);
    await expectIntro(page, '#quiz');
    // Styled by adopted stylesheets alone: no <style> element, no style attribute anywhere.
    const styling = await page.evaluate(() => {
      const root = document.querySelector('#quiz')!.shadowRoot!;
      const all = [...document.querySelectorAll('*'), ...root.querySelectorAll('*')];
      return {
        adopted: root.adoptedStyleSheets.length,
        styleElements: all.filter((e) => e.tagName === 'STYLE').length,
        styleAttributes: all.filter((e) => e.hasAttribute('style')).length,
      };
    });
    expect(styling).toEqual({ adopted: 2, styleElements: 0, styleAttributes: 0 });
    // The Start button wears the accent, not the browser's default the host's plain button shows.
    const start = await shadowStyles(page, '#quiz', '.sq-button-primary', ['background-color', 'color', 'border-top-left-radius']);
    expect(start['background-color']).toBe('rgb(47, 111, 106)');
    expect(start.color).toBe('rgb(255, 255, 255)');
    expect(parseFloat(start['border-top-left-radius']!)).toBeGreaterThan(10);
    const plain = await page.locator('#plain-button').evaluate((b) => getComputedStyle(b).backgroundColor);
    expect(plain).not.toBe(start['background-color']);
    await screenshot(page, 'embed-placement-strict-csp-intro');
    await completeQuick(page, '#quiz', 'within-30-days');
    await screenshot(page, 'embed-placement-strict-csp-result');
    await expectClean(host);
    await page.close();
  });

  it('9. the website script site-wide in the head, the clinician snippet on one page: the documented first-wins message', async () => {
    const host = await openHost(browser(), site(), 'clinic-site-wide.html');
    const { page } = host;
    // README "Clinician mode": whichever script defines <stages-quiz> first is used; here the
    // website script, so the intake element says which file it needs instead of a blank box.
    const intake = page.locator('#intake');
    await intake.getByText('Clinician mode isn’t available on this page.').waitFor();
    expect(await intake.getByText(/It needs stages-quiz-clinician\.js/).isVisible()).toBe(true);
    expect((await hostLog(page)).map((e) => [e.type, e.target, e.detail.problems?.map((p: { path: string }) => p.path)])).toEqual([
      ['stages-quiz:error', 'intake', ['mode']],
    ]);
    expect(site().requests).toContain('/stages-quiz-clinician.js');
    await screenshot(page, 'embed-placement-clinic-site-wide');
    // Two console errors: the clinician script saying why and how to fix the order, and the
    // element's own log of its message; nothing else went wrong.
    // (Their order depends on when the clinician script arrives.)
    expect(host.problems).toHaveLength(2);
    expect(host.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^console: stages-quiz: <stages-quiz> was already defined without clinician mode[\s\S]*load stages-quiz-clinician\.js before the website script/),
        expect.stringMatching(/^console: [\s\S]*clinician mode needs stages-quiz-clinician\.js/),
      ]),
    );
    host.problems.length = 0;
    await expectClean(host);
    expect((await watch(page)).defines).toEqual(['stages-quiz']);
    await page.close();
  });

  it('9b. the clinician script first: clinician mode and the website quiz both work on the page', async () => {
    const host = await openHost(browser(), site(), 'clinic-first.html');
    const { page } = host;
    await page.locator('#intake').getByRole('heading', { name: 'Start an intake' }).waitFor();
    await expectIntro(page, '#quiz');
    await screenshot(page, 'embed-placement-clinic-first');
    await completeQuick(page, '#quiz', 'within-30-days');
    await expectClean(host);
    expect((await watch(page)).defines).toEqual(['stages-quiz']);
    await page.close();
  });
});
