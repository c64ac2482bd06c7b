// Clinician mode in the <stages-quiz> element (open Shadow DOM, adopted style sheets) from
// dist/stages-quiz-clinician.js, on the example page that opts in to persistence (clinician.html):
// clinician mode never stores answers, its summary is
// styled and accessible inside the shadow root, and Next client leaves nothing behind.
// Run `npm run build` first.
import { expect, inject, test } from 'vitest';
import { axeViolations, screenshot } from './chromium';
import { useBrowser } from './page-helpers';

const browser = useBrowser();

test('mode="clinician" on the element: no storage even with persist, summary styled, Next client clears', async () => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', locale: 'en-US' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && problems.push(m.text()));
  await page.goto(`${inject('baseUrl')}/examples/clinician.html`);
  await page.evaluate(() => {
    const el = document.getElementById('quiz')!;
    el.setAttribute('mode', 'clinician');
    el.setAttribute('questionnaire', 'quick');
  });
  const storage = () => page.evaluate(() => ({ session: sessionStorage.length, local: localStorage.length }));

  await page.getByRole('heading', { name: 'Start an intake' }).waitFor();
  await page.getByLabel('Client reference (optional)').fill('El-5');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.getByRole('radio', { name: 'Moving more' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radio', { name: /planning to start in the next 30 days/ }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  // Mid-intake on a page that opted in to persistence: still nothing stored.
  expect(await storage()).toEqual({ session: 0, local: 0 });
  await page.getByRole('radio', { name: '6', exact: true }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click(); // the last question: the exercise follows
  // The exercise after the questions (tests/browser/next-step.test.ts): the client stops at once.
  await page.getByRole('button', { name: 'Stop here', exact: true }).click();
  await page.getByRole('button', { name: 'Clinician: show summary' }).click();
  await page.getByRole('button', { name: 'Yes, show the summary' }).click();
  await page.getByRole('heading', { name: 'Intake summary' }).waitFor();

  // Styled through the adopted sheets: the bar fill takes the accent colour, not the SVG default black.
  const fill = await page.locator('.sq-clin-bar-fill').first().evaluate((el) => getComputedStyle(el).fill);
  expect(fill).toBe('rgb(47, 111, 106)');
  expect(await page.getByRole('img', { name: '6 on a scale from 0 to 10' }).count()).toBe(1);
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, 'clinician-element-summary');
  expect(await storage()).toEqual({ session: 0, local: 0 });

  await page.getByRole('button', { name: 'Next client' }).click();
  // Nothing saved yet: it asks first.
  await page.getByRole('button', { name: 'Clear it and start the next client' }).click();
  await page.getByRole('heading', { name: 'Start an intake' }).waitFor();
  const html = await page.evaluate(() => document.getElementById('quiz')!.shadowRoot!.innerHTML);
  expect(html).not.toContain('El-5');
  expect(html).not.toContain('Moving more');
  expect(await storage()).toEqual({ session: 0, local: 0 });
  expect((await context.cookies()).length).toBe(0);
  expect(problems).toEqual([]);
  await context.close();
});
