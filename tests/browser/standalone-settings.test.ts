// The standalone page's opt-in persistence and reflow at 200 % zoom, in real Chromium.
// Run `npm run build` first.
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { axeViolations, screenshot } from './chromium';
import { noSidewaysScroll, useBrowser } from './page-helpers';

const browser = useBrowser();

const storage = (page: Page) =>
  page.evaluate(() => ({ session: sessionStorage.length, local: localStorage.length, cookies: document.cookie }));

describe('persistence is opt-in', () => {
  test('without ?persist nothing is stored and a reload starts afresh', async () => {
    const context = await browser().newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/`);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('radio', { name: "I'm planning to start in the next 30 days" }).check();
    expect(await storage(page)).toEqual({ session: 0, local: 0, cookies: '' });
    await page.reload();
    await page.getByRole('button', { name: 'Start' }).waitFor();
    await context.close();
  });

  test('with ?persist an unfinished quiz survives a reload, and finishing clears it', async () => {
    const context = await browser().newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/?persist`);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('radio', { name: "I'm planning to start in the next 30 days" }).check();
    expect((await storage(page)).session).toBe(1);
    await page.reload();
    const radio = page.getByRole('radio', { name: "I'm planning to start in the next 30 days" });
    await radio.waitFor();
    expect(await radio.isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'See my result' }).click();
    await page.getByRole('heading', { level: 2, name: "You're getting ready" }).waitFor();
    expect(await storage(page)).toEqual({ session: 0, local: 0, cookies: '' });
    await context.close();
  });
});

describe('200 % zoom (a 1280 px window is 640 CSS px wide)', () => {
  test.each(['en', 'es'])('nothing scrolls sideways on any screen (%s)', async (lang) => {
    const context = await browser().newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/?lang=${lang}&cta-href=https://example.org/book`);
    const next = lang === 'en' ? 'Next' : 'Siguiente';
    await page.getByRole('button', { name: lang === 'en' ? 'Start' : 'Empezar' }).click();
    expect(await noSidewaysScroll(page)).toBe(true);
    await page.getByRole('button', { name: next }).click();
    await page.getByRole('radio').nth(3).check();
    await page.getByRole('button', { name: next }).click();
    await page.getByRole('button', { name: next }).click();
    // The importance ruler.
    await page.getByRole('radio', { name: '10', exact: true }).check();
    expect(await noSidewaysScroll(page)).toBe(true);
    await page.getByRole('button', { name: next }).click();
    await page.getByRole('button', { name: lang === 'en' ? 'See my result' : 'Ver mi resultado' }).click();
    await page.getByRole('img').first().waitFor();
    expect(await noSidewaysScroll(page)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `standalone-640-zoom-${lang}-result`);
    await context.close();
  });
});

describe('the ruler fits its card at every width', () => {
  test.each([320, 480, 600, 640, 800, 1280])('%i px', async (width) => {
    const context = await browser().newContext({ viewport: { width, height: 800 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/`);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('radio', { name: "I'm planning to start in the next 30 days" }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('radio', { name: '10', exact: true }).waitFor();
    // Issue 9: one row of eleven (never 0–5 over 6–10), each target at least 24 px wide (WCAG 2.2
    // target size) and 44 px tall, none past the card's padding.
    const { overflow, rows } = await page.evaluate(() => {
      const card = document.querySelector('.sq-card')!.getBoundingClientRect();
      const style = getComputedStyle(document.querySelector('.sq-card')!);
      const right = card.right - parseFloat(style.paddingRight);
      const boxes = [...document.querySelectorAll('.sq-ruler-option')].map((el) => el.getBoundingClientRect());
      return {
        overflow: boxes.filter((r) => r.right > right + 0.5 || r.width < 24 || r.height < 44).length,
        rows: new Set(boxes.map((r) => Math.round(r.top))).size,
      };
    });
    expect(overflow).toBe(0);
    expect(rows).toBe(1);
    if (width === 640) await screenshot(page, 'standalone-640-ruler');
    await context.close();
  });
});

describe('motion and focus', () => {
  test.each([
    ['reduce', 'none'],
    ['no-preference', 'sq-arrive'],
  ] as const)('prefers-reduced-motion: %s → the questions arrive with animation %s; the introduction appears at once', async (reducedMotion, animation) => {
    const context = await browser().newContext({ reducedMotion });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/`);
    await page.getByRole('button', { name: 'Start' }).waitFor();
    // The first screen appears at once, with the page (a fade-in would hide its Start button at first).
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.sq-screen')!).animationName)).toBe('none');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.locator('.sq-question').waitFor();
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.sq-screen')!).animationName)).toBe(animation);
    // Back to the introduction: it appears at once there too.
    await page.getByRole('button', { name: 'Back' }).click();
    await page.locator('.sq-intro').waitFor();
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.sq-screen')!).animationName)).toBe('none');
    await context.close();
  });

  test('keyboard focus is visible on buttons, options and ruler numbers', async () => {
    const context = await browser().newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/`);
    await page.getByRole('button', { name: 'Start' }).waitFor();
    const outline = (selector: string) =>
      page.evaluate((s) => {
        const style = getComputedStyle(document.querySelector(s)!);
        return `${style.outlineStyle} ${parseFloat(style.outlineWidth) >= 2}`;
      }, selector);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Start');
    expect(await outline('.sq-button-primary')).toBe('solid true');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await outline('.sq-option.is-selected')).toBe('solid true');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Where are you with this change right now?' }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('radio', { name: '7', exact: true }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await outline('.sq-ruler-option.is-selected')).toBe('solid true');
    await screenshot(page, 'standalone-1280-ruler-focus');
    await context.close();
  });
});

describe('theming', () => {
  test('custom properties change the accent and the font; part names are on the introduction', async () => {
    const context = await browser().newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/`);
    const start = page.getByRole('button', { name: 'Start' });
    await start.waitFor();
    const look = () =>
      start.evaluate((el) => {
        const s = getComputedStyle(el);
        return { bg: s.backgroundColor, color: s.color, font: s.fontFamily };
      });
    expect(await look()).toEqual({ bg: 'rgb(47, 111, 106)', color: 'rgb(255, 255, 255)', font: expect.stringContaining('system-ui') });
    await page.evaluate(() => {
      const root = document.documentElement.style;
      root.setProperty('--sq-accent', '#5b3a8e');
      root.setProperty('--sq-accent-contrast', '#fffbe6');
      root.setProperty('--sq-font', 'Georgia, serif');
    });
    expect(await look()).toEqual({ bg: 'rgb(91, 58, 142)', color: 'rgb(255, 251, 230)', font: 'Georgia, serif' });
    const parts = await page.evaluate(() => [...document.querySelectorAll('[part]')].flatMap((el) => el.getAttribute('part')!.split(' ')));
    for (const part of ['root', 'intro', 'button', 'start', 'language']) expect(parts).toContain(part);
    await context.close();
  });
});
