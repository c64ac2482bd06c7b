import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, screenshot } from './chromium';
import { recordConsoleErrors, useBrowser } from './page-helpers';
import { answerQuick, hostLog, shadowStyles } from './embed-helpers';

const browser = useBrowser();
const base = inject('baseUrl');

/** A fresh page that records page errors and CSP violations from before any page script runs. */
async function openPage(path: string, width = 1000): Promise<{ page: Page; errors: string[] }> {
  const page = await browser().newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    const w = window as unknown as { violations: string[] };
    w.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`), true);
  });
  await page.goto(`${base}${path}`);
  return { page, errors };
}

describe('<stages-quiz> on a strict-CSP page', () => {
  it('renders styled, with no policy violations, no <style> element and no style attribute', async () => {
    const { page, errors } = await openPage('/examples/csp.html');
    const start = page.locator('#quiz').getByRole('button', { name: 'Start', exact: true });
    await start.waitFor();
    const headers = await (await page.request.get(`${base}/examples/csp.html`)).headers();
    expect(headers['content-security-policy']).toContain("default-src 'self'");
    const facts = await page.evaluate(() => {
      const root = document.querySelector('stages-quiz')!.shadowRoot!;
      const all = [...document.querySelectorAll('*'), ...root.querySelectorAll('*')];
      return {
        adopted: root.adoptedStyleSheets.length,
        styleElements: all.filter((e) => e.tagName === 'STYLE').length,
        styleAttributes: all.filter((e) => e.hasAttribute('style')).length,
        violations: (window as unknown as { violations: string[] }).violations,
      };
    });
    expect(facts).toEqual({ adopted: 2, styleElements: 0, styleAttributes: 0, violations: [] });
    // Visibly styled: the accent-coloured, rounded Start button and the card's own font size.
    const button = await shadowStyles(page, '#quiz', '.sq-button-primary', ['background-color', 'border-top-left-radius', 'color']);
    expect(button['background-color']).toBe('rgb(47, 111, 106)');
    expect(button.color).toBe('rgb(255, 255, 255)');
    expect(parseFloat(button['border-top-left-radius']!)).toBeGreaterThan(10);
    // Walk the quiz to the result: still no violation, no error.
    await answerQuick(page.locator('#quiz'), 'within-30-days');
    await page.locator('#quiz').getByRole('heading', { name: "You're getting ready" }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(errors).toEqual([]);
    await screenshot(page, 'embed-csp-result');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

const KEY_PARTS: [string, string][] = [
  ['root', '.sq'],
  ['card', '.sq-card'],
  ['heading', 'h2'],
  ['paragraph', 'p'],
  ['primary button', '.sq-button-primary'],
  ['language switch', '.sq-lang-button'],
];
const QUESTION_PARTS: [string, string][] = [
  ['option', '.sq-option'],
  ['option label', '.sq-option-label'],
  ['radio', 'input[type="radio"]'],
  ['back button', '.sq-button-quiet'],
  ['progress text', '.sq-progress-text'],
  ['progress bar', '.sq-progress-bar'],
];
const PROPS = [
  'font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'color', 'background-color',
  'letter-spacing', 'text-transform', 'text-align', 'text-decoration-line', 'padding-top', 'padding-left',
  'margin-top', 'margin-left', 'border-top-width', 'border-top-style', 'border-top-left-radius', 'display',
  'box-sizing', 'cursor', 'appearance', 'min-height', 'visibility', 'opacity',
  // Inherited properties hostile.css sets on html and body (issue 12): the shadow root resets them.
  'pointer-events', '-webkit-text-security', 'writing-mode', 'word-break', 'color-scheme', 'accent-color',
  'user-select', 'font-feature-settings', 'hyphens', 'text-align-last', 'tab-size', 'caret-color',
  'text-emphasis-style', 'text-emphasis-color', '-webkit-text-stroke-width', '-webkit-text-stroke-color',
];

async function partStyles(page: Page, parts: [string, string][]): Promise<Record<string, Record<string, string>>> {
  const out: Record<string, Record<string, string>> = {};
  for (const [name, selector] of parts) out[name] = await shadowStyles(page, '#quiz', selector, PROPS);
  return out;
}

describe('<stages-quiz> on a page with hostile CSS', () => {
  it('looks exactly as on a plain page: key parts have the same computed styles', async () => {
    const plain = await openPage('/examples/plain.html', 1000);
    const hostile = await openPage('/examples/hostile.html', 1000);
    for (const { page } of [plain, hostile]) {
      await page.locator('#quiz').getByRole('button', { name: 'Start', exact: true }).waitFor();
      // The host decides how wide the widget is (the hostile page's 10px rem shrinks its column,
      // and the widget rightly adapts): give both the same width, through the CSSOM (CSP-safe).
      await page.evaluate(() => document.querySelector<HTMLElement>('#quiz')!.style.setProperty('width', '640px', 'important'));
    }
    expect(await partStyles(hostile.page, KEY_PARTS)).toEqual(await partStyles(plain.page, KEY_PARTS));
    await screenshot(hostile.page, 'embed-hostile-intro');
    for (const { page } of [plain, hostile]) await page.locator('#quiz').getByRole('button', { name: 'Start', exact: true }).click();
    expect(await partStyles(hostile.page, QUESTION_PARTS)).toEqual(await partStyles(plain.page, QUESTION_PARTS));
    await screenshot(hostile.page, 'embed-hostile-question');
    await screenshot(plain.page, 'embed-plain-question');
    expect(hostile.errors).toEqual([]);
    await plain.page.close();
    await hostile.page.close();
  });

  it('completes by clicks and by keyboard although html and body switch off pointer events, selection and text', async () => {
    const { page, errors } = await openPage('/examples/hostile.html', 1000);
    const quiz = page.locator('#quiz');
    // Sanity: the host's own text really is affected (else this test would prove nothing).
    expect(await page.evaluate(() => getComputedStyle(document.body).pointerEvents)).toBe('none');
    // The page itself runs vertically (writing-mode on html): give the widget its width, as the host would.
    await page.evaluate(() => document.querySelector<HTMLElement>('#quiz')!.style.setProperty('width', '640px', 'important'));
    await screenshot(page, 'embed-hostile-inherited-intro');
    await answerQuick(quiz, 'within-6-months');
    await quiz.getByRole('heading', { name: 'Part of you is thinking about it', exact: true }).waitFor();
    await screenshot(page, 'embed-hostile-result');
    // By keyboard: Retake (it asks first: "Yes, start over"), then each question with Tab, arrows and Enter.
    await quiz.getByRole('button', { name: 'Take it again', exact: true }).focus();
    await page.keyboard.press('Enter');
    await quiz.getByRole('button', { name: 'Yes, start over', exact: true }).focus();
    await page.keyboard.press('Enter');
    await quiz.getByRole('heading', { level: 2 }).first().waitFor();
    const radio = quiz.locator('input[value="moving-more"]');
    await radio.waitFor();
    await radio.focus();
    await page.keyboard.press('Space');
    expect(await radio.isChecked()).toBe(true);
    await quiz.getByRole('button', { name: 'Next', exact: true }).focus();
    await page.keyboard.press('Enter');
    const stage = quiz.locator('input[value="within-30-days"]');
    await stage.waitFor();
    await stage.focus();
    await page.keyboard.press('Space');
    await quiz.getByRole('button', { name: 'Next', exact: true }).focus();
    await page.keyboard.press('Enter');
    await quiz.locator('input[value="7"]').focus();
    await page.keyboard.press('Space');
    await quiz.getByRole('button', { name: 'Next', exact: true }).focus();
    await page.keyboard.press('Enter');
    await quiz.locator('input[value="4"]').focus();
    await page.keyboard.press('Space');
    await quiz.getByRole('button', { name: 'See my result', exact: true }).focus();
    await page.keyboard.press('Enter');
    await quiz.getByRole('heading', { name: "You're getting ready", exact: true }).waitFor();
    // The words are readable: no disc masking inside, though the host's own text is masked.
    expect(await shadowStyles(page, '#quiz', 'h2', ['-webkit-text-security', 'writing-mode'])).toEqual({
      '-webkit-text-security': 'none',
      'writing-mode': 'horizontal-tb',
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("does not change any host element's computed style", async () => {
    // The same page with and without the script (served empty): every host element compared on
    // every computed property except those that follow from the widget taking up room.
    const GEOMETRY = /^(width|height|inline-size|block-size|perspective-origin|transform-origin|min-|max-)/;
    const snapshot = async (withWidget: boolean) => {
      const page = await browser().newPage({ viewport: { width: 700, height: 900 } });
      if (!withWidget) await page.route('**/stages-quiz.js', (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
      await page.goto(`${base}/examples/hostile.html`);
      if (withWidget) await page.locator('#quiz').getByRole('button', { name: 'Start', exact: true }).waitFor();
      const styles = await page.evaluate(() =>
        [document.documentElement, ...document.querySelectorAll('html *:not(stages-quiz)')].map((el) => {
          const s = getComputedStyle(el);
          const values: Record<string, string> = {};
          for (let i = 0; i < s.length; i++) values[s[i]!] = s.getPropertyValue(s[i]!);
          return { el: `${el.tagName}#${el.id}`, values };
        }),
      );
      await page.close();
      return styles.map(({ el, values }) => ({
        el,
        values: Object.fromEntries(Object.entries(values).filter(([k]) => !GEOMETRY.test(k))),
      }));
    };
    const without = await snapshot(false);
    const withIt = await snapshot(true);
    expect(withIt.length).toBeGreaterThan(10);
    expect(withIt).toEqual(without);
  });
});

describe('two widgets on one page', () => {
  it('complete independently, each firing its own events with its own detail', async () => {
    const { page, errors } = await openPage('/examples/two.html', 1200);
    const first = page.locator('#first');
    const second = page.locator('#second');
    await first.getByRole('button', { name: 'Start', exact: true }).waitFor();
    await second.getByRole('button', { name: 'Empezar', exact: true }).waitFor();
    // Interleave: the first half-way, the second all the way, then the first.
    await answerQuick(first, 'within-30-days', 'en', { finish: false });
    await answerQuick(second, 'not-in-6-months', 'es');
    await second.getByRole('heading', { name: 'Por ahora no está en tus planes, y está bien' }).waitFor();
    let log = await hostLog(page);
    expect(log.filter((e) => e.type === 'stages-quiz:complete').map((e) => e.target)).toEqual(['second']);
    await first.getByRole('button', { name: 'See my result', exact: true }).click();
    await first.getByRole('heading', { name: "You're getting ready" }).waitFor();
    log = await hostLog(page);
    const completes = log.filter((e) => e.type === 'stages-quiz:complete');
    expect(completes.map((e) => [e.target, e.detail.stage, e.detail.lang])).toEqual([
      ['second', 'precontemplation', 'es'],
      ['first', 'preparation', 'en'],
    ]);
    for (const { detail } of completes) {
      expect(detail.questionnaire).toEqual({ id: 'quick', version: expect.any(String) });
      expect(detail.decidedBy.method).toBe('rules');
      expect(Number.isNaN(Date.parse(detail.completedAt))).toBe(false);
    }
    expect(completes[0]!.detail.answers).toEqual({ change: 'moving-more', stage: 'not-in-6-months', importance: 7, confidence: 4 });
    expect(completes[1]!.detail.answers).toEqual({ change: 'moving-more', stage: 'within-30-days', importance: 7, confidence: 4 });
    expect(log.filter((e) => e.type === 'stages-quiz:start').map((e) => e.target).sort()).toEqual(['first', 'second']);
    expect(errors).toEqual([]);
    await screenshot(page, 'embed-two-results');
    await page.close();
  });
});

describe('attributes, the questionnaire property, and errors', () => {
  it('a changed attribute keeps the answers; a new questionnaire starts afresh', async () => {
    const { page } = await openPage('/examples/plain.html');
    const quiz = page.locator('#quiz');
    await answerQuick(quiz, 'within-6-months', 'en', { finish: false });
    await quiz.getByRole('button', { name: 'Back', exact: true }).click();
    await page.evaluate(() => document.querySelector('#quiz')!.setAttribute('lang', 'es'));
    await quiz.getByRole('button', { name: 'Atrás', exact: true }).waitFor();
    expect(await quiz.locator('h2').first().textContent()).not.toContain('How important');
    expect(await quiz.locator('input[value="7"]').isChecked()).toBe(true);
    await quiz.getByRole('button', { name: 'Atrás', exact: true }).click();
    expect(await quiz.locator('input[value="within-6-months"]').isChecked()).toBe(true);
    // Another questionnaire (a URL: the website script carries `quick` alone).
    await page.evaluate(() => document.querySelector('#quiz')!.setAttribute('questionnaire', 'my-questionnaire.json'));
    await quiz.getByRole('button', { name: 'Empezar', exact: true }).waitFor();
    expect(await quiz.locator('input[type="radio"]').count()).toBe(0);
    await page.close();
  });

  it('takes a questionnaire object through the property and validates it', async () => {
    const { page, errors } = await openPage('/examples/plain.html');
    const quiz = page.locator('#quiz');
    await quiz.getByRole('button', { name: 'Start', exact: true }).waitFor();
    const titles = await page.evaluate(async () => {
      const el = document.querySelector('stages-quiz') as HTMLElement & { questionnaire: unknown };
      const q = await (await fetch('/examples/my-questionnaire.json')).json();
      q.title = { en: 'Our own questions', es: 'Nuestras preguntas' };
      // The validator part loads on demand: wait for what appears (up to 10 s on a busy machine).
      const appears = async <T,>(read: () => T | null | undefined): Promise<T | undefined> => {
        for (let i = 0; i < 200; i++) {
          const value = read();
          if (value) return value;
          await new Promise((r) => setTimeout(r, 50));
        }
        return undefined;
      };
      el.questionnaire = q;
      const first = await appears(() => [...el.shadowRoot!.querySelectorAll('h2')].find((h) => h.textContent === 'Our own questions')?.textContent);
      el.questionnaire = { id: 'broken' };
      const alert = await appears(() => el.shadowRoot!.querySelector('[role="alert"]')?.textContent);
      return { first, alert };
    });
    expect(titles.first).toBe('Our own questions');
    expect(titles.alert).toContain('can’t be shown');
    const log = await hostLog(page);
    const errorsFired = log.filter((e) => e.type === 'stages-quiz:error');
    expect(errorsFired).toHaveLength(1);
    expect(errorsFired[0]!.detail.problems.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a bad attribute shows the friendly message and names the attribute in the error event; set on a quiz under way, it is named and left out', async () => {
    const { page, errors } = await openPage('/examples/plain.html');
    const consoleErrors = recordConsoleErrors(page);
    const quiz = page.locator('#quiz');
    await quiz.getByRole('button', { name: 'Start', exact: true }).click();
    await quiz.locator('input[value="drinking"]').check();
    // Under way: reported, and the person's place and answer stay.
    await page.evaluate(() => document.querySelector('#quiz')!.setAttribute('cta-href', 'javascript:alert(1)'));
    await expect.poll(async () => (await hostLog(page)).at(-1)?.type).toBe('stages-quiz:error');
    expect((await hostLog(page)).at(-1)!.detail.problems.map((p: { path: string }) => p.path)).toEqual(['cta-href']);
    expect(consoleErrors.join('\n')).toContain('cta-href');
    expect(await quiz.getByRole('alert').count()).toBe(0);
    expect(await quiz.locator('input[value="drinking"]').isChecked()).toBe(true);
    // From the start: the friendly message, and the same event.
    await page.evaluate(() => {
      const second = document.createElement('stages-quiz');
      second.id = 'second';
      second.setAttribute('cta-href', 'javascript:alert(1)');
      document.body.append(second);
    });
    const second = page.locator('#second');
    await second.getByRole('alert').waitFor();
    expect((await hostLog(page)).at(-1)!.detail.problems.map((p: { path: string }) => p.path)).toEqual(['cta-href']);
    // Fixing the attribute brings the quiz.
    await page.evaluate(() => document.querySelector('#second')!.setAttribute('cta-href', 'https://practice.example/book'));
    await second.getByRole('button', { name: 'Start', exact: true }).waitFor();
    expect(await second.getByRole('alert').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a questionnaire that fails validation: friendly message, error event, and the host script after it still runs', async () => {
    const { page, errors } = await openPage('/examples/broken.html');
    const alert = page.locator('#quiz').getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('This quiz can’t be shown right now.');
    const log = await hostLog(page);
    expect(log.map((e) => e.type)).toEqual(['stages-quiz:error']);
    expect(log[0]!.detail.problems.length).toBeGreaterThan(0);
    expect(log[0]!.detail.problems.some((p: { path: string }) => p.path.startsWith('id') || p.path.startsWith('items'))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { hostScriptRan?: boolean }).hostScriptRan)).toBe(true);
    expect(await page.locator('#after').textContent()).toContain('still ran');
    expect(errors).toEqual([]);
    await screenshot(page, 'embed-broken');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('loading the script twice defines the element once and throws nothing', async () => {
    const { page, errors } = await openPage('/examples/plain.html');
    await page.locator('#quiz').getByRole('button', { name: 'Start', exact: true }).waitFor();
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const s = document.createElement('script');
          s.src = '/stages-quiz.js';
          s.onload = () => resolve();
          s.onerror = () => reject(new Error('script failed'));
          document.body.append(s);
        }),
    );
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => typeof customElements.get('stages-quiz'))).toBe('function');
    await page.close();
  });
});
