// The standalone page (dist/index.html) in real Chromium under the strict CSP: the whole quiz with
// the keyboard alone in both languages, axe-core on every screen, and screenshots to look at.
// Run `npm run build` first.
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, screenshot } from './chromium';
import {
  chooseByKeyboard,
  expectHeadingFocused,
  loadQuestionnaire as load,
  noSidewaysScroll,
  openStandalone,
  tabTo,
  useBrowser,
} from './page-helpers';

const browser = useBrowser();
const open = (query: string, width?: number) => openStandalone(browser(), query, width);

const liveText = (page: Page) => page.locator('[aria-live="polite"]').textContent();

const UI = {
  en: { start: 'Start', next: 'Next', result: 'See my result', of: (p: number, n: number) => `Question ${p} of ${n}` },
  es: { start: 'Empezar', next: 'Siguiente', result: 'Ver mi resultado', of: (p: number, n: number) => `Pregunta ${p} de ${n}` },
} as const;

/**
 * Runs a questionnaire with the keyboard alone. `choose` gives, per item id, the value to pick
 * (absent: skip an optional question). Checks at every step: focus on the new heading, the
 * announced progress, axe, no sideways scroll.
 */
async function completeByKeyboard(
  page: Page,
  id: string,
  lang: 'en' | 'es',
  choose: Record<string, string | number>,
  shots?: string,
): Promise<void> {
  const q = load(id);
  const ui = UI[lang];
  await page.getByRole('button', { name: ui.start }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  if (shots) await screenshot(page, `${shots}-intro`);
  await tabTo(page, ui.start);
  await page.keyboard.press('Enter');

  const asked = q.items.filter((item) => !item.showIf || Object.hasOwn(choose, item.id));
  // "Of N" counts the questions asked, and a conditional question not asked for as long as the
  // question it depends on is still ahead or on screen: so the number never goes back.
  const total = (at: number) =>
    asked.length +
    q.items.filter((item) => {
      const on = (item.showIf as { item?: string } | undefined)?.item;
      return on && !asked.includes(item) && q.items.findIndex((i) => i.id === on) >= q.items.findIndex((i) => i.id === asked[at]!.id);
    }).length;
  for (const [index, item] of asked.entries()) {
    // Focus moved to the question's heading, and the step was announced.
    await expectHeadingFocused(page, item.text[lang]!);
    expect(await liveText(page)).toBe(ui.of(index + 1, total(index)));
    expect(await noSidewaysScroll(page)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    if (shots && index === 1) await screenshot(page, `${shots}-question`);
    if (shots && item.type === 'ruler' && index === asked.length - 1) await screenshot(page, `${shots}-ruler`);

    const value = choose[item.id];
    if (value !== undefined) await chooseByKeyboard(page, q, item, lang, value);
    await tabTo(page, index === asked.length - 1 ? ui.result : ui.next);
    await page.keyboard.press('Enter');
  }
}

/** The result: focus on its headline, the drawing's text alternative ending with where the person is. */
async function expectResult(page: Page, headline: string, here: string, shots?: string): Promise<void> {
  await expectHeadingFocused(page, headline);
  expect(await page.getByRole('img', { name: new RegExp(`${here}\\.$`) }).count()).toBe(1);
  expect(await noSidewaysScroll(page)).toBe(true);
  expect(await axeViolations(page)).toEqual([]);
  if (shots) await screenshot(page, `${shots}-result`);
}

describe('the quick questionnaire by keyboard', () => {
  test('in English: planning within 30 days → preparation, with both ruler follow-ups', async () => {
    const { page, problems } = await open('');
    await completeByKeyboard(page, 'quick', 'en', { change: 'moving-more', stage: 'within-30-days', importance: 7, confidence: 4 }, 'standalone-1280-en');
    await expectResult(page, "You're getting ready", 'You are at preparation', 'standalone-1280-en');
    expect(await page.getByRole('heading', { name: 'About the numbers you chose' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Call 988' }).getAttribute('href')).toBe('tel:988');
    expect(await page.getByRole('link', { name: 'Text 988' }).getAttribute('href')).toBe('sms:988');
    expect(await page.getByRole('link', { name: 'Book a free call' }).count()).toBe(0);
    expect(problems).toEqual([]);
  });

  test('in Spanish: doing it for over six months → maintenance, the follow-up question shown', async () => {
    const { page, problems } = await open('?lang=es&cta-href=https://example.org/book');
    expect(await page.locator('.sq').getAttribute('lang')).toBe('es');
    await completeByKeyboard(page, 'quick', 'es', { stage: 'doing-over-6-months', lately: 'recent-slip', importance: 10 }, 'standalone-1280-es');
    await expectResult(page, 'Lo has mantenido', 'Estás en mantenimiento', 'standalone-1280-es');
    // After the reflection, and again at the end.
    const cta = page.getByRole('link', { name: 'Agenda una llamada gratis' });
    expect(await cta.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['https://example.org/book', 'https://example.org/book']);
    expect(await page.getByRole('link', { name: 'Llamar al 988' }).count()).toBe(1);
    // The standalone page is the quiz's own: its <html lang> and its title follow the language.
    const page_ = () => page.evaluate(() => [document.documentElement.lang, document.title]);
    expect(await page_()).toEqual(['es', '¿En qué punto estás con el cambio que tienes en mente?']);
    await page.getByRole('button', { name: 'English', exact: true }).click();
    expect(await page_()).toEqual(['en', "Where are you with the change you're thinking about?"]);
    expect(problems).toEqual([]);
  });
});

describe('the intake questionnaire by keyboard', () => {
  const agreements = (q: ReturnType<typeof load>, value: number) =>
    Object.fromEntries(q.items.filter((i) => i.type === 'agreement').map((i) => [i.id, value]));

  test('in English: thinking about it within six months → contemplation', async () => {
    const q = load('intake');
    const { page, problems } = await open('?questionnaire=intake');
    await completeByKeyboard(page, 'intake', 'en', { change: 'drinking', stage: 'within-6-months', ...agreements(q, 4) });
    await expectResult(page, 'Part of you is thinking about it', 'You are at contemplation');
    expect(problems).toEqual([]);
  });

  test('in Spanish: not in the next six months → precontemplation', async () => {
    const q = load('intake');
    const { page, problems } = await open('?questionnaire=intake&lang=es');
    await completeByKeyboard(page, 'intake', 'es', { stage: 'not-in-6-months', ...agreements(q, 2) });
    await expectResult(page, 'Por ahora no está en tus planes, y está bien', 'Estás en precontemplación');
    expect(problems).toEqual([]);
  });
});

describe('on a 320 px wide phone', () => {
  test.each(['en', 'es'] as const)('nothing scrolls sideways (%s), and screenshots', async (lang) => {
    const { page } = await open(`?lang=${lang}&cta-href=https://example.org/book`, 320);
    await completeByKeyboard(page, 'quick', lang, { change: 'relationship', stage: 'doing-under-6-months', lately: 'ups-and-downs', importance: 5, confidence: 8 }, `standalone-320-${lang}`);
    await expectResult(page, lang === 'en' ? "You're doing it" : 'Ya lo estás haciendo', lang === 'en' ? 'You are at action' : 'Estás en acción', `standalone-320-${lang}`);
  });

  test('targets are at least 44 × 44 px', async () => {
    const { page } = await open('', 320);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('radio', { name: 'Eating' }).waitFor();
    const sizes = await page.evaluate(() =>
      [...document.querySelectorAll('.sq button, .sq-option, .sq-ruler-option')].map((el) => {
        const r = el.getBoundingClientRect();
        return { text: el.textContent, w: r.width, h: r.height };
      }),
    );
    expect(sizes.length).toBeGreaterThan(5);
    for (const s of sizes) expect(s, JSON.stringify(s)).toMatchObject({ w: expect.toSatisfy((w: number) => w >= 44), h: expect.toSatisfy((h: number) => h >= 44) });
  });
});

describe('a required question', () => {
  test('explains what is missing, visibly and through the live region', async () => {
    const { page } = await open('');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: 'Where are you with this change right now?' }).waitFor();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator('.sq-error').getByText('Choose whichever answer fits best, then go on.').waitFor();
    expect(await liveText(page)).toContain('Choose whichever answer fits best, then go on.');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'standalone-1280-en-required');
  });
});

describe('bad settings never give a blank page', () => {
  test.each([
    ['an unknown built-in', '?questionnaire=nope', /questionnaire "nope" is not built into this script \(built in: quick, intake\)/],
    ['a questionnaire on another origin', () => `?questionnaire=${encodeURIComponent(`${inject('otherUrl')}/examples/my-questionnaire.json`)}`, /own origin/],
    ['a same-origin URL that is not JSON', '?questionnaire=/index.html', /not valid JSON/],
    ['a same-origin URL that is missing', '?questionnaire=/missing.json', /HTTP 404/],
    ['an unknown language', '?lang=fr', /lang must be en or es/],
    ['an unknown mode', '?mode=kiosk', /mode must be self or clinician/],
    ['a javascript: call to action', '?cta-href=javascript:alert(1)', /cta-href must be/],
  ])('%s', async (_, query, message) => {
    const { page, problems } = await open(typeof query === 'string' ? query : query());
    const alert = page.getByRole('alert');
    await alert.waitFor();
    // The visitor reads a short human message; what is wrong goes to the console (issue 9).
    expect(await alert.getByRole('heading', { name: 'This quiz can’t be shown right now' }).count()).toBe(1);
    await expect.poll(() => problems.join('\n')).toMatch(message);
    expect(await alert.textContent()).not.toMatch(message);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('a broken questionnaire lists what is wrong and where', async () => {
    // embed/examples/broken-questionnaire.json, copied into dist/examples by the build.
    const { page, problems } = await open('?questionnaire=/examples/broken-questionnaire.json');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    // Every problem with its path, for the site's owner in the console; none on the page.
    await expect.poll(() => problems.join('\n')).toMatch(/\n {2}id: /);
    expect(problems.join('\n')).toMatch(/\n {2}items\[0\]\.options: /);
    expect(await alert.textContent()).not.toMatch(/items\[0\]|\bid\b/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'standalone-1280-broken');
  });

  test('a questionnaire URL on the same origin loads', async () => {
    const { page, problems } = await open('?questionnaire=/examples/my-questionnaire.json');
    await page.getByRole('button', { name: 'Start' }).waitFor();
    expect(problems).toEqual([]);
  });
});
