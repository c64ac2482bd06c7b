// Theming the element from the host page (examples/themed.html + themed.css): the documented
// custom properties pass into the shadow root, ::part() rules reach the documented parts, every
// part name the README lists for the website quiz exists, and the branded quiz stays accessible.
// Run `npm run build` first.
import { expect, inject, test } from 'vitest';
import { axeViolations, screenshot } from './chromium';
import { answerQuick, shadowStyles } from './embed-helpers';
import { useBrowser } from './page-helpers';

const browser = useBrowser();

// The README's ::part() names for the website quiz (clinician mode's are tested with it).
const DOCUMENTED_PARTS = [
  'root', 'intro', 'question', 'result', 'progress', 'language', 'option', 'button', 'start', 'next',
  'back', 'retake', 'cta-link', 'cta', 'guidance', 'stage-diagram', 'crisis',
];

/** Part names present in the quiz's shadow root right now. */
const partsNow = (page: import('playwright-core').Page) =>
  page.evaluate(() =>
    [...document.getElementById('quiz')!.shadowRoot!.querySelectorAll('[part]')].flatMap((el) => el.getAttribute('part')!.split(' ')),
  );

test('custom properties and ::part() from the host page brand the quiz; every documented part exists', async () => {
  const context = await browser().newContext({ viewport: { width: 1000, height: 900 }, reducedMotion: 'reduce', locale: 'en-US' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${inject('baseUrl')}/examples/themed.html`);
  const quiz = page.locator('#quiz');
  await quiz.getByRole('button', { name: 'Start', exact: true }).waitFor();

  // themed.css: accent #5b3a8e, Georgia, 6px corners (card and buttons), ::part(button) weight 700 and spacing.
  const start = await shadowStyles(page, '#quiz', '[part~="start"]', [
    'background-color', 'color', 'border-top-left-radius', 'font-family', 'font-weight', 'letter-spacing',
  ]);
  expect(start).toMatchObject({
    'background-color': 'rgb(91, 58, 142)',
    color: 'rgb(255, 255, 255)',
    'border-top-left-radius': '6px',
    'font-weight': '700',
  });
  expect(start['font-family']).toContain('Georgia');
  expect(parseFloat(start['letter-spacing']!)).toBeGreaterThan(0);
  const root = await shadowStyles(page, '#quiz', '[part~="root"]', ['background-color']);
  expect(root['background-color']).toBe('rgb(243, 239, 248)');
  // The same button on the plain page keeps the default accent: the theme came from themed.css.
  const plain = await context.newPage();
  await plain.goto(`${inject('baseUrl')}/examples/plain.html`);
  await plain.locator('#quiz').getByRole('button', { name: 'Start', exact: true }).waitFor();
  const plainStart = await shadowStyles(plain, '#quiz', '[part~="start"]', ['background-color', 'font-weight', 'letter-spacing']);
  expect(plainStart).toMatchObject({ 'background-color': 'rgb(47, 111, 106)', 'letter-spacing': 'normal' });
  expect(plainStart['font-weight']).not.toBe('700');
  await plain.close();

  const seen = new Set(await partsNow(page));
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, 'embed-themed-intro');

  await answerQuick(quiz, 'within-30-days', 'en', { finish: false });
  for (const part of await partsNow(page)) seen.add(part);
  const progress = await shadowStyles(page, '#quiz', '[part~="progress"]', ['outline-style', 'outline-color']);
  expect(progress).toEqual({ 'outline-style': 'dashed', 'outline-color': 'rgb(91, 58, 142)' });
  // The ruler's options follow --sq-radius (0.6 of it: 3.6px for 6px), as the choice options do.
  const option = await shadowStyles(page, '#quiz', '[part~="option"]', ['border-top-left-radius']);
  expect(option['border-top-left-radius']).toBe('3.6px');
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, 'embed-themed-question');

  await quiz.getByRole('button', { name: 'See my result', exact: true }).click();
  await quiz.getByRole('heading', { level: 2, name: "You're getting ready" }).waitFor();
  for (const part of await partsNow(page)) seen.add(part);
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, 'embed-themed-result');

  for (const part of DOCUMENTED_PARTS) expect([...seen], part).toContain(part);
  expect(errors).toEqual([]);
  await context.close();
});

/** The colours along the middle row of a PNG, in the order they come, each run of one colour once. */
async function colourRuns(page: import('playwright-core').Page, png: Buffer): Promise<string[]> {
  const blank = await page.context().newPage();
  const runs = await blank.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [image.width, image.height];
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const row = context.getImageData(0, Math.floor(image.height / 2), image.width, 1).data;
    const out: string[] = [];
    for (let x = 0; x < image.width; x++) {
      const colour = `rgb(${row[x * 4]}, ${row[x * 4 + 1]}, ${row[x * 4 + 2]})`;
      if (out.at(-1) !== colour) out.push(colour);
    }
    return out;
  }, png.toString('base64'));
  await blank.close();
  return runs;
}

test.each(['dark', 'light'] as const)('in a high-contrast theme (forced colours, %s), the progress bar still shows how far along, and the chosen language is marked', async (scheme) => {
  const context = await browser().newContext({ viewport: { width: 390, height: 800 }, reducedMotion: 'reduce', locale: 'en-US', forcedColors: 'active', colorScheme: scheme });
  const page = await context.newPage();
  await page.goto(`${inject('baseUrl')}/examples/plain.html`);
  const quiz = page.locator('#quiz');
  await quiz.getByRole('button', { name: 'Start', exact: true }).click();
  await quiz.getByRole('button', { name: 'Next', exact: true }).click();
  await quiz.locator('.sq-progress-text').getByText('Question 2 of 5', { exact: true }).waitFor();
  // Question 2 of 5: a filled part, then the track (the theme drops backgrounds; without its own
  // colours the bar was one colour, the page's, end to end).
  const bar = await quiz.locator('progress').screenshot();
  const runs = await colourRuns(page, bar);
  expect(new Set(runs).size, runs.join(' ')).toBeGreaterThanOrEqual(2);
  // The chosen language has a heavier edge than the other.
  const edge = async (name: string) =>
    parseFloat(await quiz.getByRole('button', { name, exact: true }).evaluate((b) => getComputedStyle(b).borderTopWidth));
  expect(await edge('Español')).toBeGreaterThan(0);
  expect(await edge('English')).toBeGreaterThan(await edge('Español'));
  await screenshot(page, `embed-forced-colours-${scheme}`);
  await context.close();
});
