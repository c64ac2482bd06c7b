// The result screen in real Chromium (issue 9): it leads with the person (headline before the
// stage's name, the call to action on the first screen at 390×844) for every stage in English and
// Spanish; it reflects a reported slip and the change named; it prints alone on at most two pages
// with no buttons; Share and email carry the result's text; and the 0–10 ruler fits every slot
// from 200 px in the element, the iframe and the standalone page. Screenshots of every result go
// to test-results/screenshots/result-*.png. Run `npm run build` first.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { BrowserContext, Frame, Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, screenshot } from './chromium';
import { BUTTONS } from './embed-helpers';
import { useBrowser } from './page-helpers';

const browser = useBrowser();

type Lang = 'en' | 'es';

/** quick.json's staging answers, with the headline and stage name each leads to (hand-copied). */
const STAGES = [
  { value: 'not-in-6-months', en: ["Not on your list right now — and that's okay", 'precontemplation'], es: ['Por ahora no está en tus planes, y está bien', 'precontemplación'] },
  { value: 'within-6-months', en: ['Part of you is thinking about it', 'contemplation'], es: ['Una parte de ti lo está pensando', 'contemplación'] },
  { value: 'within-30-days', en: ["You're getting ready", 'preparation'], es: ['Te estás preparando', 'preparación'] },
  { value: 'doing-under-6-months', en: ["You're doing it", 'action'], es: ['Ya lo estás haciendo', 'acción'] },
  { value: 'doing-over-6-months', en: ["You've kept it going", 'maintenance'], es: ['Lo has mantenido', 'mantenimiento'] },
] as const;

const CTA = 'cta-href=https%3A%2F%2Fexample.org%2Fbook&practice-name=Calm%20Waters%20Counseling';

async function newPage(width: number, height = 844): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
  const context = await browser().newContext({ viewport: { width, height }, reducedMotion: 'reduce', locale: 'en-US' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
  return { page, context, errors };
}

type Scope = Page | Frame | Locator;

/**
 * Answers quick in `scope`: the change (an option value, or 'something-else' with `typed`), the
 * stage, `lately` when asked, the rulers skipped, then "See my result".
 */
async function answer(scope: Scope, lang: Lang, stage: string, opts: { change?: string; typed?: string; lately?: string } = {}): Promise<void> {
  const b = BUTTONS[lang];
  await scope.getByRole('button', { name: b.start, exact: true }).click();
  if (opts.change) await scope.locator(`input[value="${opts.change}"]`).check();
  if (opts.typed) await scope.getByRole('textbox').fill(opts.typed);
  await scope.getByRole('button', { name: b.next, exact: true }).click();
  await scope.locator(`input[value="${stage}"]`).check();
  await scope.getByRole('button', { name: b.next, exact: true }).click();
  if (opts.lately) await scope.locator(`input[value="${opts.lately}"]`).check();
  for (;;) {
    const result = scope.getByRole('button', { name: b.result, exact: true });
    if ((await result.count()) > 0) break;
    await scope.getByRole('button', { name: b.next, exact: true }).click();
  }
  await scope.getByRole('button', { name: b.result, exact: true }).click();
  await scope.locator('.sq-result').waitFor();
}

describe('every result leads with the person, with the call to action in view (390×844)', () => {
  for (const lang of ['en', 'es'] as const) {
    for (const [i, s] of STAGES.entries()) {
      const [headline, name] = s[lang];
      it(`${lang}: ${name}`, async () => {
        const { page, context, errors } = await newPage(390);
        await page.goto(`${inject('baseUrl')}/?lang=${lang}&${CTA}`);
        await answer(page, lang, s.value, { change: 'drinking', lately: s.value.startsWith('doing') ? 'steady' : undefined });
        await page.evaluate(() => window.scrollTo(0, 0));
        const facts = await page.evaluate(() => {
          const h2 = document.querySelector('.sq-result h2')!;
          const stage = document.querySelector('.sq-stage-name')!;
          const cta = document.querySelector('.sq-cta-link')!.getBoundingClientRect();
          return {
            headline: h2.textContent,
            stage: stage.textContent,
            headlineFirst: !!(h2.compareDocumentPosition(stage) & Node.DOCUMENT_POSITION_FOLLOWING),
            ctaTop: cta.top,
            ctaBottom: cta.bottom,
            viewport: innerHeight,
          };
        });
        expect(facts).toMatchObject({ headline, stage: name, headlineFirst: true });
        expect(facts.ctaTop, 'the call to action starts on the first screen').toBeGreaterThanOrEqual(0);
        expect(facts.ctaTop).toBeLessThan(facts.viewport);
        expect(await axeViolations(page)).toEqual([]);
        await screenshot(page, `result-390-${lang}-${i + 1}-${s.value}`);
        await page.setViewportSize({ width: 1280, height: 900 });
        await screenshot(page, `result-1280-${lang}-${i + 1}-${s.value}`);
        expect(errors).toEqual([]);
        await context.close();
      });
    }
  }
});

describe('the result reflects what the person said', () => {
  it('a slip reported changes the guidance (en and es)', async () => {
    const { page, context } = await newPage(390);
    for (const [lang, heading, hypothetical] of [
      ['en', 'About the slip you mentioned', 'If you slip'],
      ['es', 'Sobre el tropiezo que mencionaste', 'Si tienes un tropiezo'],
    ] as const) {
      await page.goto(`${inject('baseUrl')}/?lang=${lang}`);
      await answer(page, lang, 'doing-under-6-months', { lately: 'recent-slip' });
      expect(await page.getByRole('heading', { level: 3, name: heading }).count()).toBe(1);
      expect(await page.getByRole('heading', { name: hypothetical }).count()).toBe(0);
      await page.goto(`${inject('baseUrl')}/?lang=${lang}`);
      await answer(page, lang, 'doing-under-6-months', { lately: 'steady' });
      expect(await page.getByRole('heading', { level: 3, name: heading }).count()).toBe(0);
      expect(await page.getByRole('heading', { level: 3, name: hypothetical }).count()).toBe(1);
    }
    await context.close();
  });

  it('the change named, or typed, is in the reflection', async () => {
    const { page, context } = await newPage(390);
    await page.goto(`${inject('baseUrl')}/?lang=en`);
    await answer(page, 'en', 'within-6-months', { change: 'something-else', typed: 'my sleep' });
    expect(await page.locator('.sq-reflection').textContent()).toMatch(/^When it comes to “my sleep”, it sounds like part of you/);
    await page.goto(`${inject('baseUrl')}/?lang=es`);
    await answer(page, 'es', 'within-6-months', { change: 'moving-more' });
    expect(await page.locator('.sq-reflection').textContent()).toMatch(/^En cuanto a moverte más, parece que una parte de ti quiere cambiar/);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('"Something else" opens a labelled text box, which passes axe (es, 320 px)', async () => {
    const { page, context } = await newPage(320);
    await page.goto(`${inject('baseUrl')}/?lang=es`);
    await page.getByRole('button', { name: 'Empezar', exact: true }).click();
    await page.locator('input[value="something-else"]').check();
    const box = page.getByRole('textbox', { name: 'En pocas palabras (opcional)' });
    await box.fill('dormir mejor');
    expect(await box.getAttribute('maxlength')).toBe('60');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'result-free-text-320-es');
    await context.close();
  });

  it('"Take it again" asks first; the question and its answers pass axe', async () => {
    const { page, context } = await newPage(390);
    await page.goto(`${inject('baseUrl')}/?lang=es`);
    await answer(page, 'es', 'within-30-days');
    await page.getByRole('button', { name: 'Responder de nuevo' }).click();
    const ask = page.getByRole('group', { name: /^¿Empezar de nuevo\?/ });
    await ask.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^¿Empezar de nuevo\?/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'result-390-es-retake-ask');
    await page.getByRole('button', { name: 'Quedarme con mi resultado' }).click();
    expect(await page.locator('.sq-result h2').textContent()).toBe('Te estás preparando');
    await context.close();
  });
});

/** Number of page objects in a PDF (`/Type /Page`, not the `/Pages` tree). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

/** Under print media: buttons and button-like links that still take space. */
const printedButtons = (root: string | null) =>
  `(() => {
    const root = ${root ? `document.querySelector(${JSON.stringify(root)}).shadowRoot` : 'document'};
    return [...root.querySelectorAll('button, .sq-button, [role="button"]')].filter((b) => {
      const r = b.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    }).map((b) => b.textContent);
  })()`;

describe('Save or print: the result alone, at most two pages, no buttons', () => {
  mkdirSync('test-results/pdf', { recursive: true });
  it.each(['en', 'es'] as const)('the standalone page, %s, the longest result (action, every ruler answered)', async (lang) => {
    const { page, context } = await newPage(390);
    await page.goto(`${inject('baseUrl')}/?lang=${lang}&${CTA}`);
    const b = BUTTONS[lang];
    await page.getByRole('button', { name: b.start, exact: true }).click();
    for (const value of ['drinking', 'doing-under-6-months', 'ups-and-downs', '7', '4']) {
      await page.locator(`input[value="${value}"]`).check();
      await page.getByRole('button', { name: value === '4' ? b.result : b.next, exact: true }).click();
    }
    await page.locator('.sq-result').waitFor();
    for (const format of ['Letter', 'A4'] as const) {
      const pdf = await page.pdf({ format, margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' } });
      writeFileSync(`test-results/pdf/result-${lang}-${format}.pdf`, pdf);
      expect(pdfPages(pdf), format).toBeGreaterThanOrEqual(1);
      expect(pdfPages(pdf), format).toBeLessThanOrEqual(2);
    }
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(printedButtons(null))).toEqual([]);
    // The date, the practice's name and link, and the crisis line are on the sheet.
    const printed = await page.evaluate(() => document.body.innerText);
    expect(printed).toContain(lang === 'en' ? 'Your result, ' : 'Tu resultado, ');
    expect(printed).toContain('Calm Waters Counseling · https://example.org/book');
    expect(printed).toContain('988');
    // The drawing keeps the stages' names (five bare dots say nothing), and the exercise's
    // invitation, whose button does not print, is left off.
    const names = lang === 'en' ? ['Precontemplation', 'Maintenance'] : ['Precontemplación', 'Mantenimiento'];
    for (const name of names) expect(printed).toContain(name);
    expect(await page.locator('[part="next-step-offer"]').evaluate((el) => getComputedStyle(el).display)).toBe('none');
    await page.setViewportSize({ width: 794, height: 1123 });
    await screenshot(page, `result-print-${lang}`);
    await context.close();
  });

  it('the element on a host page prints the result alone, and what the person wrote alone, and the page comes back as it was', async () => {
    const { page, context, errors } = await newPage(1280, 900);
    await page.goto(`${inject('baseUrl')}/examples/plain.html`);
    await answer(page.locator('#quiz'), 'en', 'within-30-days', { change: 'drinking' });
    const pdf = await page.pdf({ format: 'Letter', margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' } });
    writeFileSync('test-results/pdf/result-element-Letter.pdf', pdf);
    expect(pdfPages(pdf)).toBeLessThanOrEqual(2);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const view = await page.evaluate(() => ({
      header: getComputedStyle(document.querySelector('header')!).display,
      quizTop: document.getElementById('quiz')!.getBoundingClientRect().top,
    }));
    expect(view.header).toBe('none');
    expect(view.quizTop).toBeLessThan(5);
    expect(await page.evaluate(printedButtons('#quiz'))).toEqual([]);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('header')!).display)).toBe('block');
    // What the person wrote prints alone too: the page around it is not theirs to carry.
    const quiz = page.locator('#quiz');
    await page.emulateMedia({ media: 'screen' });
    await quiz.getByRole('button', { name: 'Put it in my own words' }).click();
    await quiz.getByRole('textbox').first().fill('My kids');
    await quiz.getByRole('button', { name: 'Stop here and see what I wrote' }).click();
    await expect.poll(() => quiz.getByRole('heading', { name: 'In my own words' }).count()).toBe(1);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('header')!).display)).toBe('none');
    expect(await page.evaluate(printedButtons('#quiz'))).toEqual([]);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('header')!).display)).toBe('block');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('Share or email', () => {
  it('with the Web Share API: the share sheet gets the title and the result as text', async () => {
    const { page, context } = await newPage(390);
    await context.addInitScript(() => {
      (navigator as unknown as { share: unknown }).share = (data: unknown) => {
        (window as unknown as { shared: unknown[] }).shared = [...((window as unknown as { shared?: unknown[] }).shared ?? []), data];
        return Promise.resolve();
      };
    });
    await page.goto(`${inject('baseUrl')}/?lang=en&${CTA}`);
    await answer(page, 'en', 'doing-under-6-months', { change: 'drinking', lately: 'recent-slip' });
    await page.getByRole('button', { name: 'Share or email' }).click();
    const shared = (await page.evaluate(() => (window as unknown as { shared: { title: string; text: string }[] }).shared)) ?? [];
    expect(shared).toHaveLength(1);
    expect(shared[0]!.title).toBe("Where are you with the change you're thinking about?");
    const text = shared[0]!.text;
    expect(text).toMatch(/^Where are you with the change you're thinking about\?\nYour result, \w+ \d+, \d{4}\n\nYou're doing it\nWhen it comes to drinking, /);
    expect(text).toContain('\n\nThis is what people who study change call action.\n\n');
    expect(text).toContain('\n\nAbout the slip you mentioned\nYou said you had a slip recently.');
    expect(text).toContain('\n\nCalm Waters Counseling\nBook a free call: https://example.org/book\n\n');
    expect(text).not.toContain('If you slip');
    await context.close();
  });

  it('without it: a mailto: link whose decoded body is the result, within 2000 characters', async () => {
    const { page, context } = await newPage(390);
    await context.addInitScript(() => {
      delete (Navigator.prototype as unknown as { share?: unknown }).share;
    });
    await page.goto(`${inject('baseUrl')}/?lang=es&${CTA}`);
    await answer(page, 'es', 'within-30-days', { change: 'drinking' });
    const href = (await page.getByRole('link', { name: 'Compartir o enviar' }).getAttribute('href'))!;
    expect(href.length).toBeLessThanOrEqual(2000);
    expect(href.startsWith('mailto:?subject=')).toBe(true);
    const params = new URLSearchParams(href.slice('mailto:?'.length));
    expect(params.get('subject')).toBe('¿En qué punto estás con el cambio que tienes en mente?');
    const body = params.get('body')!;
    expect(body).toMatch(/^¿En qué punto estás con el cambio que tienes en mente\?\nTu resultado, /);
    expect(body).toContain('\n\nTe estás preparando\nEn cuanto a tomar alcohol, ya decidiste hacer un cambio, y pronto.');
    // Whatever was cut to fit, the crisis line is the last paragraph.
    expect(body).toMatch(/988[^\n]*$/);
    await context.close();
  });
});

/** The ruler's geometry in `root` (a document or a shadow root, by script). */
const RULER_FACTS = `(root) => {
  const card = root.querySelector('.sq-card').getBoundingClientRect();
  const boxes = [...root.querySelectorAll('.sq-ruler-option')].map((el) => el.getBoundingClientRect());
  const ends = [...root.querySelectorAll('.sq-ruler-end')].map((el) => el.getBoundingClientRect());
  const inside = (r) => r.left >= card.left - 0.5 && r.right <= card.right + 0.5;
  const tops = new Set(boxes.map((r) => Math.round(r.top)));
  const lefts = new Set(boxes.map((r) => Math.round(r.left)));
  const rowOrder = boxes.every((r, i) => i === 0 || r.left > boxes[i - 1].left);
  const columnOrder = boxes.every((r, i) => i === 0 || r.top > boxes[i - 1].top);
  return {
    count: boxes.length,
    outside: [...boxes, ...ends].filter((r) => !inside(r)).length,
    small: boxes.filter((r) => r.width < 24 || r.height < 24).length,
    layout: tops.size === 1 && rowOrder ? 'row' : lefts.size === 1 && columnOrder ? 'column' : 'broken',
    // The min label sits by 0 and the max label by 10.
    minEndNear0: Math.abs(ends[0].top - boxes[0].top) < 80 || Math.abs(ends[0].bottom - boxes[0].top) < 40,
    maxEndNear10: Math.abs(ends[1].top - boxes[10].bottom) < 40 || Math.abs(ends[1].top - boxes[10].top) < 80,
  };
}`;

async function toRuler(scope: Scope, lang: Lang = 'en'): Promise<void> {
  const b = BUTTONS[lang];
  await scope.getByRole('button', { name: b.start, exact: true }).click();
  await scope.getByRole('button', { name: b.next, exact: true }).click();
  await scope.locator('input[value="within-6-months"]').check();
  await scope.getByRole('button', { name: b.next, exact: true }).click();
  await scope.locator('.sq-ruler').waitFor();
}

const WIDTHS = [200, 228, 256, 284, 320, 360] as const;
type RulerFacts = { count: number; outside: number; small: number; layout: string; minEndNear0: boolean; maxEndNear10: boolean };

function expectRuler(facts: RulerFacts, width: number): void {
  expect(facts).toMatchObject({ count: 11, outside: 0, small: 0, minEndNear0: true, maxEndNear10: true });
  expect(facts.layout).not.toBe('broken');
  if (width >= 360) expect(facts.layout).toBe('row');
}

describe('the ruler fits every slot, as one scale in reading order', () => {
  it.each(WIDTHS)('the element in a %i px slot', async (width) => {
    const { page, context } = await newPage(420, 900);
    await page.goto(`${inject('baseUrl')}/examples/plain.html`);
    await page.evaluate((w) => {
      document.getElementById('quiz')!.style.width = `${w}px`;
    }, width);
    await toRuler(page.locator('#quiz'), width === 284 ? 'en' : 'en');
    const facts = (await page.evaluate(`(${RULER_FACTS})(document.getElementById('quiz').shadowRoot)`)) as RulerFacts;
    expectRuler(facts, width);
    if (width === 200 || width === 360) {
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `result-ruler-element-${width}`);
    }
    await context.close();
  });

  it.each(WIDTHS)('the iframe %i px wide', async (width) => {
    const { page, context } = await newPage(420, 900);
    await page.goto(`${inject('baseUrl')}/examples/iframe.html?lang=es`);
    await page.evaluate((w) => {
      document.getElementById('quiz-frame')!.style.width = `${w}px`;
    }, width);
    const frame = page.frame({ url: (u) => u.pathname === '/frame.html' })!;
    await toRuler(frame, 'es');
    const facts = (await frame.evaluate(`(${RULER_FACTS})(document)`)) as RulerFacts;
    expectRuler(facts, width);
    // Nothing cut off by the frame: the document is no wider than the frame.
    expect(await frame.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    if (width === 228) await screenshot(page, `result-ruler-iframe-${width}`);
    await context.close();
  });

  it.each(WIDTHS)('the standalone page %i px wide', async (width) => {
    const { page, context } = await newPage(width, 800);
    await page.goto(`${inject('baseUrl')}/?lang=es`);
    await toRuler(page, 'es');
    const facts = (await page.evaluate(`(${RULER_FACTS})(document)`)) as RulerFacts;
    expectRuler(facts, width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    if (width === 256 || width === 320) {
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `result-ruler-standalone-${width}`);
    }
    await context.close();
  });
});
