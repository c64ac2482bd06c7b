// Printing clinician mode from a host page (examples/clinician.html, dist/stages-quiz-clinician.js):
// the host's own header and footer must not print, the summary fits one page, and once printing is
// over the host page is exactly as it was. Run `npm run build` first.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { screenshot } from './chromium';
import { useBrowser } from './page-helpers';

const browser = useBrowser();

/** Number of page objects in a PDF (`/Type /Page`, not the `/Pages` tree). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

/** What the host page looks like to print media: which of its own parts show, and the marks left. */
const printView = (page: Page) =>
  page.evaluate(() => {
    const shown = (el: Element | null) => !!el && getComputedStyle(el).display !== 'none';
    return {
      header: shown(document.querySelector('header')),
      footer: shown(document.querySelector('footer')),
      widget: shown(document.getElementById('quiz')),
      widgetTop: document.getElementById('quiz')!.getBoundingClientRect().top,
      marks: document.querySelectorAll('[data-stages-quiz-print]').length,
      sheets: document.adoptedStyleSheets.length,
    };
  });

async function openSummary(page: Page): Promise<void> {
  await page.goto(`${inject('baseUrl')}/examples/clinician.html`);
  await page.evaluate(() => document.getElementById('quiz')!.setAttribute('questionnaire', 'quick'));
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Begin' }).click();
  // The client's turn: the change, "in the next 30 days" (preparation), importance 7, confidence 4.
  for (const value of ['moving-more', 'within-30-days', '7', '4']) {
    await page.locator(`input[value="${value}"]`).check();
    await page.getByRole('button', { name: 'Next', exact: true }).click(); // the last one too: the client's exercise follows
  }
  // The exercise after the questions (tests/browser/next-step.test.ts): the client stops at once.
  await page.getByRole('button', { name: 'Stop here', exact: true }).click();
  await page.getByRole('button', { name: 'Clinician: show summary' }).click();
  await page.getByRole('button', { name: 'Yes, show the summary' }).click();
  await page.getByRole('heading', { name: 'Intake summary' }).waitFor();
}

test('printing the clinician summary from a host page prints the summary alone, on one page, and leaves the page as it was', async () => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', locale: 'en-US' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // The example pages have no favicon: Chromium's request for /favicon.ico is the one 404.
  page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
  await openSummary(page);

  // Printing for real: page.pdf() fires beforeprint and afterprint, as the browser's print does.
  // A listener added after the widget's sees what the widget set up for the print.
  await page.evaluate(() => {
    addEventListener('beforeprint', () => {
      (window as unknown as { seen: unknown }).seen = {
        marks: document.querySelectorAll('[data-stages-quiz-print]').length,
        sheets: document.adoptedStyleSheets.length,
      };
    });
  });
  mkdirSync('test-results/pdf', { recursive: true });
  for (const format of ['Letter', 'A4'] as const) {
    const pdf = await page.pdf({ format, margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' } });
    writeFileSync(`test-results/pdf/embed-clinician-host-${format}.pdf`, pdf);
    expect(pdfPages(pdf), format).toBe(1);
    // The widget, body and html were marked and the print sheet adopted; afterprint undid both.
    expect(await page.evaluate(() => (window as unknown as { seen: unknown }).seen)).toEqual({ marks: 3, sheets: 1 });
    expect(await printView(page)).toMatchObject({ marks: 0, sheets: 0 });
  }

  // What the print shows: print media, with the print under way (beforeprint fired, no afterprint yet).
  await page.emulateMedia({ media: 'print' });
  expect(await printView(page), 'no print under way').toMatchObject({ header: true, footer: true, widget: true });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const printing = await printView(page);
  expect(printing).toMatchObject({ header: false, footer: false, widget: true, marks: 3, sheets: 1 });
  expect(printing.widgetTop, 'the summary starts at the top of the sheet').toBeLessThan(5);
  await page.setViewportSize({ width: 794, height: 1123 });
  await screenshot(page, 'embed-clinician-host-print');

  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  expect(await printView(page)).toMatchObject({ header: true, footer: true, widget: true, marks: 0, sheets: 0 });
  expect(errors).toEqual([]);
  await context.close();
});

test('the website quiz on a host page does not take over printing', async () => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${inject('baseUrl')}/examples/plain.html`);
  await page.locator('stages-quiz').getByRole('button', { name: 'Start' }).waitFor();
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await screenshot(page, 'embed-website-host-print');
  const view = await page.evaluate(() => ({
    header: getComputedStyle(document.querySelector('header')!).display,
    marks: document.querySelectorAll('[data-stages-quiz-print]').length,
  }));
  expect(view).toEqual({ header: 'block', marks: 0 });
  await context.close();
});

test('clinician mode showing an error message instead of the quiz does not take over printing either', async () => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${inject('baseUrl')}/examples/clinician.html`);
  await page.getByRole('heading', { name: 'Start an intake' }).waitFor();
  // A clinician element that starts with a bad value shows the message (one under way would go on
  // with its last good settings): it takes the first one's place.
  await page.evaluate(() => {
    const first = document.getElementById('quiz')!;
    const broken = document.createElement('stages-quiz');
    broken.setAttribute('mode', 'clinician');
    broken.setAttribute('lang', 'klingon');
    first.replaceWith(broken);
    broken.id = 'quiz';
  });
  await page.locator('#quiz').getByText('can’t be shown').waitFor();
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  expect(await page.evaluate(() => document.querySelectorAll('[data-stages-quiz-print]').length)).toBe(0);
  await context.close();
});
