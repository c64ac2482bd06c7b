// The element in a narrow slot of a host page (a sidebar 228 px wide, a 288 px column on a small
// phone): no word of the result's headline breaks across lines in English and Spanish, the drawing
// gives way to the numbered list when it would be too small to read, nothing scrolls sideways,
// and axe finds nothing. Run `npm run build` first.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, screenshot } from './chromium';
import { answerQuick } from './embed-helpers';
import { useBrowser } from './page-helpers';

const browser = useBrowser();

/** Line boxes of each word of the element's result heading: a word broken across lines has two. */
const headingWordLines = (page: Page) =>
  page.evaluate(() => {
    const heading = document.getElementById('quiz')!.shadowRoot!.querySelector('h2')!;
    const text = heading.firstChild as Text;
    const lines: Record<string, number> = {};
    for (const match of text.data.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(text, match.index);
      range.setEnd(text, match.index + match[0].length);
      lines[match[0]] = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    }
    return lines;
  });

const facts = (page: Page) =>
  page.evaluate(() => {
    const root = document.getElementById('quiz')!.shadowRoot!;
    const svg = root.querySelector('.sq-diagram-svg')!;
    const card = root.querySelector('.sq-card')!;
    return {
      drawing: getComputedStyle(svg).display !== 'none',
      current: root.querySelector('[aria-current="step"]')?.textContent,
      sideways: card.scrollWidth > card.clientWidth + 1,
    };
  });

describe('the element in a narrow slot', () => {
  const HEADLINE = { en: "Not on your list right now — and that's okay", es: 'Por ahora no está en tus planes, y está bien' };
  it.each([
    ['en', 228, 'Precontemplation', false],
    ['es', 228, 'Precontemplación', false],
    ['en', 288, 'Precontemplation', true],
    ['es', 288, 'Precontemplación', true],
  ] as const)('%s, %i px wide: every word of the headline whole, "%s" current in the list; drawing shown: %s', async (lang, width, stageName, drawing) => {
    const context = await browser().newContext({ viewport: { width: 400, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/examples/plain.html`);
    // The host gives the quiz a narrow slot (CSSOM, which a strict CSP allows).
    await page.evaluate(
      ([lang, width]) => {
        const el = document.getElementById('quiz')!;
        el.style.width = `${width}px`;
        el.setAttribute('lang', lang);
      },
      [lang, width] as const,
    );
    // "Not in the next 6 months" → precontemplation (quick.json's rule not-yet-6-months).
    await answerQuick(page.locator('#quiz'), 'not-in-6-months', lang);
    await page.locator('#quiz').getByRole('heading', { level: 2, name: HEADLINE[lang] }).waitFor();

    const words = await headingWordLines(page);
    expect(Object.keys(words)).toEqual(HEADLINE[lang].split(' ').filter((w, i, all) => all.indexOf(w) === i));
    expect(Object.values(words).every((lines) => lines === 1), JSON.stringify(words)).toBe(true);
    expect(await facts(page)).toEqual({ drawing, current: stageName, sideways: false });
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `embed-narrow-${lang}-${width}`);
    await context.close();
  });
});

describe('large text on a small phone', () => {
  it.each(['en', 'es'] as const)('%s, 320 px, text at twice its size: the intro scrolls only down, both languages can be pressed, no word is broken', async (lang) => {
    const context = await browser().newContext({ viewport: { width: 320, height: 640 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/?lang=${lang}`);
    // The phone's text size setting, as the page's root font size (CSSOM: the CSP allows it).
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    await page.getByRole('button', { name: lang === 'en' ? 'Start' : 'Empezar', exact: true }).waitFor();
    const view = await page.evaluate(() => {
      const inside = (el: Element) => {
        const r = el.getBoundingClientRect();
        return r.left >= 0 && r.right <= document.documentElement.clientWidth;
      };
      // A word broken across lines: a fact's text nodes, word by word, each on one line.
      const broken: string[] = [];
      for (const fact of document.querySelectorAll('.sq-fact')) {
        const walker = document.createTreeWalker(fact, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          for (const m of node.data.matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(node, m.index);
            range.setEnd(node, m.index + m[0].length);
            if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) broken.push(m[0]);
          }
        }
      }
      return {
        sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
        languages: [...document.querySelectorAll('.sq-lang-button')].map(inside),
        broken,
      };
    });
    expect(view).toEqual({ sideways: false, languages: [true, true], broken: [] });
    await screenshot(page, `standalone-large-text-${lang}-320`);
    await context.close();
  });
});
