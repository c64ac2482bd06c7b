// The one-file script (dist/stages-quiz.js) on pages that do more than hold it: a single-page site
// whose own script adds, moves, removes and re-adds the element; the snippet pasted twice; and a
// WordPress post where wpautop wrapped the snippet in <p> and <br /> inside a theme's <form>. Host
// pages are tests/browser/fixtures/placement/, served from a temp folder next to a copy of the
// built script. Stages are worked out by hand from questionnaire/quick.json. Run `npm run build` first.
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './chromium';
import { answerQuick } from './embed-helpers';
import { useBrowser } from './page-helpers';
import {
  completeQuick,
  expectClean,
  expectIntro,
  hostLog,
  openHost,
  probes,
  quickCompletion,
  usePlacementSite,
  watch,
} from './placement-site';

const browser = useBrowser();

/** The quick questionnaire's Spanish introduction: its title and Empezar. */
async function expectIntroEs(quiz: Locator): Promise<void> {
  await quiz.getByRole('heading', { level: 2, name: '¿En qué punto estás con el cambio que tienes en mente?', exact: true }).waitFor();
  expect(await quiz.getByRole('button', { name: 'Empezar', exact: true }).isVisible()).toBe(true);
}

/** The WordPress page lets its form post to itself, so a submission would really navigate. */
const FORM_CSP = "default-src 'self'; base-uri 'none'; object-src 'none'; form-action 'self'";

const site = usePlacementSite({ '/wpautop-form.html': FORM_CSP });

describe('dist/stages-quiz.js on pages that change under it', () => {
  it('5. added by the host’s script after load, moved, removed and re-added, then removed for good', async () => {
    const host = await openHost(browser(), site(), 'spa.html');
    const { page } = host;
    expect((await probes(page))[0]).toEqual({ label: 'after-script', defined: true, elements: 0, readyState: 'loading' });
    const before = await watch(page);
    // The listener record works: host-log.js's own listeners are in it.
    expect(before.listeners).toContain('document stages-quiz:complete');

    // The Quiz "page": the host creates the element.
    await page.locator('#nav-quiz').click();
    await expectIntro(page, '#main > #quiz');
    // Focus stays where the person left it (the nav button): the new quiz takes none.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('nav-quiz');
    await screenshot(page, 'embed-placement-spa-intro');
    const quiz = page.locator('#quiz');
    await quiz.getByRole('button', { name: 'Start', exact: true }).click();
    await quiz.locator('input[value="moving-more"]').check();
    await quiz.getByRole('button', { name: 'Next', exact: true }).click();
    await quiz.locator('input[value="within-30-days"]').check();

    // Moved in one step into the sidebar: the same question, the answer still chosen.
    await page.locator('#nav-sidebar').click();
    expect(await page.locator('#sidebar > #quiz').count()).toBe(1);
    await quiz.getByRole('heading', { level: 2, name: 'Where are you with this change right now?' }).waitFor();
    expect(await quiz.locator('input[value="within-30-days"]').isChecked()).toBe(true);
    await screenshot(page, 'embed-placement-spa-moved');
    await quiz.getByRole('button', { name: 'Next', exact: true }).click();
    await quiz.locator('input[value="7"]').check();
    await quiz.getByRole('button', { name: 'Next', exact: true }).click();
    await quiz.locator('input[value="4"]').check();
    await quiz.getByRole('button', { name: 'See my result', exact: true }).click();
    await quiz.getByRole('heading', { name: "You're getting ready", exact: true }).waitFor();
    const log = await hostLog(page);
    expect(log.map((e) => `${e.type} ${e.target}`)).toEqual(['stages-quiz:start quiz', 'stages-quiz:complete quiz']);
    expect(log[1]!.detail).toEqual(quickCompletion('within-30-days'));

    // Away to About (removed), then back to Quiz in #main: the same element, a working quiz again.
    await page.locator('#nav-about').click();
    expect(await page.locator('stages-quiz').count()).toBe(0);
    await page.locator('#nav-quiz').click();
    await expectIntro(page, '#main > #quiz');
    await completeQuick(page, '#quiz', 'not-in-6-months');
    await screenshot(page, 'embed-placement-spa-readded-result');

    // Closed for good: the detached element writes nothing more, keeps no timer or listener, and
    // ignores attribute changes a framework might still make to it.
    await page.evaluate(() => ((window as unknown as { closing: Element }).closing = document.querySelector('#quiz')!));
    await page.locator('#nav-close').click();
    await page.waitForTimeout(200);
    const eventsAtClose = (await hostLog(page)).length;
    await page.evaluate(() => {
      const w = window as unknown as { closing: Element; writes: string[] };
      w.writes = [];
      const record = (records: MutationRecord[]) => w.writes.push(...records.map((r) => `${r.type} ${r.target.nodeName}`));
      new MutationObserver(record).observe(w.closing.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
      new MutationObserver(record).observe(w.closing, { subtree: true, childList: true });
      w.closing.setAttribute('lang', 'es');
      w.closing.setAttribute('questionnaire', 'intake');
    });
    await page.keyboard.press('Tab');
    await page.setViewportSize({ width: 420, height: 800 });
    await page.waitForTimeout(1000);
    const after = await page.evaluate(() => {
      const w = window as unknown as { closing: Element; writes: string[] };
      return { writes: w.writes, shadowChildren: w.closing.shadowRoot!.childNodes.length, elements: document.querySelectorAll('stages-quiz').length };
    });
    expect(after).toEqual({ writes: [], shadowChildren: 0, elements: 0 });
    const end = await watch(page);
    expect(end.pendingTimers).toBe(before.pendingTimers);
    expect(end.listeners).toEqual(before.listeners);
    expect((await hostLog(page)).length).toBe(eventsAtClose);
    await screenshot(page, 'embed-placement-spa-closed');
    await expectClean(host);
    expect(end.defines).toEqual(['stages-quiz']);
    await page.close();
  });

  it('5b. AJAX navigation that sets the next page as innerHTML (Spanish, with a call to action)', async () => {
    const host = await openHost(browser(), site(), 'spa.html', { width: 420 });
    const { page } = host;
    await page.locator('#nav-ajax').click();
    const quiz = page.locator('#quiz-es');
    await expectIntroEs(quiz);
    await screenshot(page, 'embed-placement-ajax-intro');
    await completeQuick(page, '#quiz-es', 'doing-under-6-months', 'es');
    // After the reflection and again at the end.
    const cta = quiz.getByRole('link', { name: 'Reserva una llamada' });
    expect(await cta.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['https://www.example.org/reserva', 'https://www.example.org/reserva']);
    await screenshot(page, 'embed-placement-ajax-result');
    // Navigating on replaces it like any other content, without a trace.
    await page.locator('#nav-home').click();
    expect(await page.locator('stages-quiz').count()).toBe(0);
    await expectClean(host);
    await page.close();
  });

  it('6. the snippet pasted twice: the script runs twice, one definition, both widgets work on their own', async () => {
    const host = await openHost(browser(), site(), 'twice.html');
    const { page } = host;
    await expectIntro(page, '#quiz-a');
    await expectIntro(page, '#quiz-b');
    // Both copies were fetched (and so run: classic scripts always run), one define call.
    expect(site().requests.filter((p) => p.startsWith('/stages-quiz.js'))).toEqual(
      expect.arrayContaining(['/stages-quiz.js', '/stages-quiz.js?ver=6.4.2']),
    );
    expect((await watch(page)).defines).toEqual(['stages-quiz']);
    expect(
      await page.evaluate(() => [...document.querySelectorAll('stages-quiz')].map((el) => el instanceof customElements.get('stages-quiz')!)),
    ).toEqual([true, true]);
    await screenshot(page, 'embed-placement-twice-intro');

    // A stops before its result while B is completed; then A finishes with its own answers.
    await answerQuick(page.locator('#quiz-a'), 'doing-under-6-months', 'en', { finish: false });
    await completeQuick(page, '#quiz-b', 'not-in-6-months');
    await page.locator('#quiz-a').getByRole('button', { name: 'See my result', exact: true }).click();
    await page.locator('#quiz-a').getByRole('heading', { name: "You're doing it", exact: true }).waitFor();
    const log = await hostLog(page);
    expect(log.map((e) => `${e.type} ${e.target}`)).toEqual([
      'stages-quiz:start quiz-a',
      'stages-quiz:start quiz-b',
      'stages-quiz:complete quiz-b',
      'stages-quiz:complete quiz-a',
    ]);
    expect(log[2]!.detail).toEqual(quickCompletion('not-in-6-months'));
    expect(log[3]!.detail).toEqual(quickCompletion('doing-under-6-months'));
    await screenshot(page, 'embed-placement-twice-result');
    await expectClean(host);
    await page.close();
  });

  it('7. wpautop mangling (<p>, <br />, single quotes) inside a host <form>: Enter and the quiz’s buttons never submit it', async () => {
    const host = await openHost(browser(), site(), 'wpautop-form.html');
    const { page } = host;
    const url = page.url();
    // The markup as wpautop leaves it, parsed the way the test means it.
    expect(
      await page.evaluate(() => {
        const el = document.querySelector('#quiz')!;
        return {
          parent: el.parentElement!.tagName,
          form: el.closest('form')?.id,
          children: [...el.children].map((c) => c.tagName),
          cta: el.getAttribute('cta-href'),
        };
      }),
    ).toEqual({ parent: 'P', form: 'host-form', children: ['BR'], cta: 'https://www.example.org/book' });
    await expectIntro(page, '#quiz');
    await page.locator('#email').fill('reader@example.org');
    await screenshot(page, 'embed-placement-wpautop-intro');

    // With the quiz's buttons, clicked: the language switch both ways, Start, Next, See my result.
    const quiz = page.locator('#quiz');
    await quiz.getByRole('button', { name: 'Español', exact: true }).click();
    await expectIntroEs(quiz);
    await quiz.getByRole('button', { name: 'English', exact: true }).click();
    await expectIntro(page, '#quiz');
    await completeQuick(page, '#quiz', 'doing-over-6-months');

    // Again by keyboard: Enter on Take it again and on "Yes, start over" (it asks first), then on
    // each chosen radio (the quiz's own form moves on), the last one to the result.
    await quiz.getByRole('button', { name: 'Take it again', exact: true }).focus();
    await page.keyboard.press('Enter');
    await quiz.getByRole('button', { name: 'Yes, start over', exact: true }).focus();
    await page.keyboard.press('Enter');
    const steps: [string, string][] = [
      ['moving-more', 'Where are you with this change right now?'],
      ['within-6-months', 'How important is this change to you right now?'],
      ['7', 'If you decided to make this change (or keep it going), how confident are you that you could?'],
    ];
    await quiz.getByRole('heading', { level: 2, name: 'What change has been on your mind?' }).waitFor();
    for (const [value, next] of steps) {
      if (value === 'within-6-months') {
        // Enter too early on the required question: the quiz asks for an answer, the page stays
        // (here its form is still on screen, so only preventDefault keeps the page from submitting).
        await quiz.locator('input[value="not-in-6-months"]').focus();
        await page.keyboard.press('Enter');
        await quiz.locator('.sq-error', { hasText: 'Choose whichever answer fits best, then go on.' }).waitFor({ timeout: 5000 });
        await page.waitForTimeout(300);
        expect(host.navigations).toEqual([]);
      }
      await quiz.locator(`input[value="${value}"]`).check();
      await page.keyboard.press('Enter');
      await quiz.getByRole('heading', { level: 2, name: next, exact: true }).waitFor();
    }
    await quiz.locator('input[value="4"]').check();
    await page.keyboard.press('Enter');
    await quiz.getByRole('heading', { name: 'Part of you is thinking about it', exact: true }).waitFor();
    const log = await hostLog(page);
    expect(log.map((e) => `${e.type} ${e.target}`)).toEqual([
      'stages-quiz:start quiz',
      'stages-quiz:complete quiz',
      'stages-quiz:start quiz',
      'stages-quiz:complete quiz',
    ]);
    expect(log[3]!.detail).toEqual(quickCompletion('within-6-months'));
    await screenshot(page, 'embed-placement-wpautop-result');

    // The host form was never submitted: no submit event, no request, same page, the email kept.
    expect((await hostLog(page)).filter((e) => e.type === 'submit')).toEqual([]);
    expect(site().requests.filter((p) => p.startsWith('/submitted.html'))).toEqual([]);
    expect(page.url()).toBe(url);
    expect(await page.locator('#email').inputValue()).toBe('reader@example.org');
    await expectClean(host);

    // The control: Enter in the host's own field does submit its form, and the checks above see it.
    await page.locator('#email').press('Enter');
    await page.waitForURL(/submitted\.html/);
    expect(host.navigations).toEqual([`${site().url}/submitted.html?email=reader%40example.org`]);
    await page.close();
  });
});
