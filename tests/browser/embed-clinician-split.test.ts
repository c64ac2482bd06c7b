// The website script (dist/stages-quiz.js) leaves clinician mode out: asked for it, the widget says
// so in a short friendly message (the page's language), fires stages-quiz:error naming `mode`, logs,
// and throws nothing into the host page. Clinician mode itself, from dist/stages-quiz-clinician.js:
// tests/browser/clinician-element.test.ts. Run `npm run build` first.
import { expect, inject, it } from 'vitest';
import { axeViolations, screenshot } from './chromium';
import { recordConsoleErrors, useBrowser } from './page-helpers';
import { hostLog } from './embed-helpers';

const browser = useBrowser();

it.each([
  ['en', 'Clinician mode isn’t available on this page.'],
  ['es', 'El modo para profesionales no está disponible en esta página.'],
])('mode="clinician" with the website script (%s): friendly message, error event, console.error, no throw', async (lang, title) => {
  const page = await browser().newPage({ viewport: { width: 1000, height: 800 } });
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  const consoleErrors = recordConsoleErrors(page);
  await page.goto(`${inject('baseUrl')}/examples/plain.html`);
  await page.locator('#quiz').getByRole('button', { name: 'Start', exact: true }).waitFor();
  await page.evaluate((lang) => {
    const el = document.getElementById('quiz')!;
    el.setAttribute('lang', lang);
    el.setAttribute('mode', 'clinician');
  }, lang);

  const alert = page.locator('#quiz').getByRole('alert');
  await alert.waitFor();
  expect(await alert.textContent()).toContain(title);
  expect(await alert.textContent()).toContain('stages-quiz-clinician.js');
  expect(await page.locator('#quiz').getByRole('button').count()).toBe(0);
  const errors = (await hostLog(page)).filter((e) => e.type === 'stages-quiz:error');
  expect(errors).toHaveLength(1);
  expect(errors[0]!.detail.problems).toEqual([{ path: 'mode', message: expect.stringContaining('stages-quiz-clinician.js') }]);
  expect(consoleErrors.some((t) => t.includes('stages-quiz-clinician.js'))).toBe(true);
  expect(pageErrors).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, `embed-no-clinician-${lang}`);
  // The host page goes on: back to self mode, the quiz returns.
  await page.evaluate(() => document.getElementById('quiz')!.setAttribute('mode', 'self'));
  await page.locator('#quiz').getByRole('button', { name: lang === 'es' ? 'Empezar' : 'Start', exact: true }).waitFor();
  await page.close();
});
