// The website script's on-demand parts, loaded from beside the script under the strict CSP every
// test page has (default-src 'self'): the validator (dist/stages-quiz-validator.js, only for a
// questionnaire the host supplies; one fetch per questionnaire URL) and the result
// (dist/stages-quiz-result.js, loaded while the person answers); and `persist` removed mid-quiz.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { highestOfThree } from '../core/score-fixtures';
import { answerQuick, hostLog } from './embed-helpers';
import { focused, recordConsoleErrors, useBrowser } from './page-helpers';

const browser = useBrowser();
const VALIDATOR = '/stages-quiz-validator.js';
const RESULT = '/stages-quiz-result.js';

async function open(path: string, setup?: (page: Page) => Promise<unknown>) {
  const context = await browser().newContext({ reducedMotion: 'reduce', locale: 'en-US' });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  const errors = recordConsoleErrors(page);
  await setup?.(page);
  await page.goto(`${inject('baseUrl')}${path}`);
  return { page, context, requests, errors };
}

const count = (list: readonly string[], path: string) => list.filter((p) => p === path).length;

/** Answers `quick` (preparation), opens the next step, and writes `words` in its first box. */
async function writeInTheStep(quiz: Locator, words: string): Promise<void> {
  await answerQuick(quiz, 'within-30-days');
  await quiz.getByRole('button', { name: 'Put it in my own words', exact: true }).click();
  await quiz.getByRole('textbox').first().fill(words);
}
const violations = async (page: Page) => (await hostLog(page)).filter((e) => e.type === 'securitypolicyviolation');

describe('the validator, on demand', () => {
  test('a built-in questionnaire never loads it', async () => {
    const { page, context, requests } = await open('/examples/csp.html');
    await answerQuick(page.locator('#quiz'), 'within-6-months');
    await page.locator('#quiz').getByRole('heading', { name: 'Part of you is thinking about it', exact: true }).waitFor();
    expect(count(requests, VALIDATOR)).toBe(0);
    await context.close();
  });

  test('a questionnaire URL loads it once from beside the script, under default-src self, and the quiz completes', async () => {
    const { page, context, requests, errors } = await open('/examples/url.html');
    // A second widget naming the same URL: still one fetch, one validator.
    await page.evaluate(() => {
      const second = document.createElement('stages-quiz');
      second.id = 'second';
      second.setAttribute('questionnaire', 'my-questionnaire.json');
      document.body.append(second);
    });
    await page.locator('#second').getByRole('button', { name: 'Start', exact: true }).waitFor();
    await answerQuick(page.locator('#quiz'), 'within-30-days');
    await page.locator('#quiz').getByRole('heading', { name: "You're getting ready", exact: true }).waitFor();
    expect(count(requests, VALIDATOR)).toBe(1);
    expect(count(requests, '/examples/my-questionnaire.json')).toBe(1);
    // The host's own questionnaire has its texts: the result part loads, and the result's words in
    // the person's language alone, no built-in's texts.
    expect(count(requests, RESULT)).toBe(1);
    expect(requests.filter((p) => p.includes('stages-quiz-texts-') || p.includes('stages-quiz-words-'))).toEqual(['/stages-quiz-words-en.js']);
    // The part script leaves no element behind in the host's head.
    expect(await page.locator('script[src$="stages-quiz-validator.js"]').count()).toBe(0);
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a questionnaire with scales, staged by the highest, is scored right: the scale scoring comes with it, not in the script', async () => {
    const { page, context, requests, errors } = await open('/examples/csp.html');
    const quiz = page.locator('#quiz');
    await quiz.getByRole('button', { name: 'Start', exact: true }).waitFor();
    const questionnaire = highestOfThree(['action', 'contemplation', 'precontemplation'], { required: true });
    await page.evaluate((q) => {
      (document.getElementById('quiz') as HTMLElement & { questionnaire: unknown }).questionnaire = q;
    }, questionnaire);
    await quiz.getByRole('button', { name: 'Start', exact: true }).click();
    // p 2, c 9, a 4: the contemplation scale is highest.
    for (const [n, value] of [[1, '2'], [2, '9'], [3, '4']] as const) {
      await quiz.getByRole('radio', { name: value, exact: true }).check();
      await quiz.getByRole('button', { name: n === 3 ? 'See my result' : 'Next', exact: true }).click();
    }
    await expect.poll(() => quiz.getByRole('heading', { level: 2 }).first().innerText()).toBe('contemplation headline');
    expect(count(requests, VALIDATOR)).toBe(1);
    expect(await violations(page)).toEqual([]);
    // (This page has no favicon: its 404 is the one console error.)
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
    await context.close();
  });

  test('a broken questionnaire given as a property loads it and shows the friendly message', async () => {
    const { page, context, requests, errors } = await open('/examples/csp.html');
    await page.locator('#quiz').getByRole('button', { name: 'Start', exact: true }).waitFor();
    expect(count(requests, VALIDATOR)).toBe(0);
    await page.evaluate(() => {
      (document.getElementById('quiz') as HTMLElement & { questionnaire: unknown }).questionnaire = { id: 'Not Valid' };
    });
    const alert = page.locator('#quiz').getByRole('alert');
    await expect.poll(() => alert.innerText()).toMatch(/This quiz can’t be shown right now\./);
    expect(count(requests, VALIDATOR)).toBe(1);
    const error = (await hostLog(page)).find((e) => e.type === 'stages-quiz:error');
    expect(error?.detail.problems).toContainEqual({ path: 'id', message: expect.stringContaining("'Not Valid' is not a valid questionnaire id") });
    expect(errors.join('\n')).toContain('is not a valid questionnaire id');
    await context.close();
  });

  test('when the part cannot be loaded, the friendly message says so and the host page is unharmed', async () => {
    const { page, context, errors } = await open('/examples/url.html', (p) => p.route(`**${VALIDATOR}`, (route) => route.abort()));
    const alert = page.locator('#quiz').getByRole('alert');
    await expect.poll(() => alert.innerText()).toMatch(/This quiz can’t be shown right now\./);
    expect(errors.join('\n')).toMatch(/the validator could not be loaded: .*stages-quiz-validator\.js could not be loaded/);
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    expect(await page.locator('h1').innerText()).toBe('A questionnaire loaded from this site');
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});

describe('the result, on demand', () => {
  test('two widgets in two languages load it once, at Start, each its language’s texts, and both show their result in their language', async () => {
    const { page, context, requests, errors } = await open('/examples/two.html');
    const [first, second] = [page.locator('#first'), page.locator('#second')];
    await first.getByRole('button', { name: 'Start', exact: true }).waitFor();
    expect(count(requests, RESULT)).toBe(0);
    await answerQuick(first, 'within-6-months', 'en', { finish: false });
    expect(count(requests, RESULT)).toBe(1);
    await first.getByRole('button', { name: 'See my result', exact: true }).click();
    await first.getByRole('heading', { name: 'Part of you is thinking about it', exact: true }).waitFor();
    // `quick`'s texts come with the part, joined back in the person's language: the change they
    // named, the guidance, the next step's offer.
    await expect.poll(() => first.locator('.sq-reflection').innerText()).toContain('moving more');
    await first.getByRole('button', { name: 'Put it in my own words', exact: true }).waitFor();
    await answerQuick(second, 'doing-over-6-months', 'es');
    await second.getByRole('heading', { name: 'Lo has mantenido', exact: true }).waitFor();
    await second.getByRole('button', { name: 'Ponerlo en mis propias palabras', exact: true }).waitFor();
    expect(count(requests, RESULT)).toBe(1);
    // `quick`'s texts, one part per language, each loaded once.
    expect(count(requests, '/stages-quiz-texts-en.js')).toBe(1);
    expect(count(requests, '/stages-quiz-texts-es.js')).toBe(1);
    expect(await page.locator('script[src*="stages-quiz-"]').count()).toBe(0);
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a result that arrives after "Loading…" takes focus on its heading, as a screen that appears at once does', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { page, context } = await open('/examples/csp.html', (p) =>
      p.route('**/stages-quiz-texts-en.js', async (route) => {
        await gate;
        await route.continue();
      }),
    );
    const quiz = page.locator('#quiz');
    await answerQuick(quiz, 'within-6-months', 'en', { finish: false });
    await quiz.getByRole('button', { name: 'See my result', exact: true }).press('Enter');
    await quiz.getByRole('status').filter({ hasText: 'Loading…' }).waitFor();
    release();
    await quiz.getByRole('heading', { name: 'Part of you is thinking about it', exact: true }).waitFor();
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'H2', text: 'Part of you is thinking about it' });
    await context.close();
  });

  test('switching language in the middle of the next step keeps the screen and the words; the texts follow', async () => {
    const { page, context, requests, errors } = await open('/examples/csp.html');
    const quiz = page.locator('#quiz');
    await writeInTheStep(quiz, 'It matters for my kids');
    await quiz.getByRole('heading', { name: 'About the numbers you chose', exact: true }).waitFor();
    expect(count(requests, '/stages-quiz-texts-es.js')).toBe(0);
    await quiz.getByRole('button', { name: 'Español', exact: true }).click();
    await quiz.getByRole('heading', { name: 'Sobre los números que elegiste', exact: true }).waitFor();
    // The Spanish texts arrived and the ruler prompt is in Spanish; the words are still there.
    await expect.poll(() => quiz.getByText('Elegiste el 7', { exact: false }).count()).toBeGreaterThan(0);
    expect(await quiz.getByRole('textbox').first().inputValue()).toBe('It matters for my kids');
    expect(count(requests, '/stages-quiz-texts-es.js')).toBe(1);
    // (The browser's own favicon probe may log a 404: not ours.)
    expect(errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
    await context.close();
  });

  test('a switch of language whose part cannot be loaded says so, keeps what was written, and "Try again" brings it', async () => {
    let reachable = false;
    const { page, context } = await open('/examples/csp.html', (p) =>
      p.route('**/stages-quiz-texts-es.js', (route) => (reachable ? route.continue() : route.abort())),
    );
    const quiz = page.locator('#quiz');
    await writeInTheStep(quiz, 'It matters for my kids');
    await quiz.getByRole('button', { name: 'Español', exact: true }).click();
    // Not an English screen under a Spanish switch: the person is told, in Spanish.
    await expect.poll(() => quiz.getByRole('alert').innerText()).toContain('No pudimos mostrar tu resultado en este momento');
    reachable = true;
    await quiz.getByRole('button', { name: 'Intentar de nuevo', exact: true }).click();
    // Back with what they wrote, in Spanish now.
    await quiz.getByRole('heading', { name: 'En mis propias palabras', exact: true }).waitFor();
    expect(await quiz.getByRole('listitem').allInnerTexts()).toContain('It matters for my kids');
    await context.close();
  });

  test('a host’s own questionnaire: the result’s words come in the person’s language, and a switch of language brings the other’s', async () => {
    const { page, context, requests, errors } = await open('/examples/url.html');
    const quiz = page.locator('#quiz');
    await answerQuick(quiz, 'within-30-days');
    await quiz.getByRole('heading', { name: 'Keep this for yourself', exact: true }).waitFor();
    await quiz.getByRole('button', { name: 'Put it in my own words', exact: true }).click();
    await quiz.getByRole('textbox').first().fill('It matters for my kids');
    await quiz.getByRole('button', { name: 'Español', exact: true }).click();
    await quiz.getByRole('heading', { name: 'Sobre los números que elegiste', exact: true }).waitFor();
    expect(await quiz.getByRole('textbox').first().inputValue()).toBe('It matters for my kids');
    await quiz.getByRole('button', { name: 'Atrás', exact: true }).click();
    await quiz.getByRole('heading', { name: 'Guárdalo para ti', exact: true }).waitFor();
    const parts = requests.filter((p) => p.includes('stages-quiz-texts-') || p.includes('stages-quiz-words-'));
    expect(parts).toEqual(['/stages-quiz-words-en.js', '/stages-quiz-words-es.js']);
    expect(errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
    await context.close();
  });

  test.each([
    [RESULT, '/examples/csp.html'],
    ['/stages-quiz-texts-en.js', '/examples/csp.html'],
    ['/stages-quiz-words-en.js', '/examples/url.html'],
  ])('when %s cannot be loaded (%s), the person is told, keeps their answers, and "Try again" shows the result', async (file, path) => {
    let reachable = false;
    const { page, context, errors } = await open(path, (p) =>
      p.route(`**${file}`, (route) => (reachable ? route.continue() : route.abort())),
    );
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    const quiz = page.locator('#quiz');
    await answerQuick(quiz, 'within-30-days');
    const alert = quiz.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('Your result could not be shown just now');
    expect(errors.join('\n')).toMatch(/the result could not be loaded/);
    // The button that asked for the result is gone: focus goes on from "Try again", not the page's top.
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'BUTTON', text: 'Try again' });
    // Nothing is lost: "Change my answers" goes back to the last question, answered.
    await quiz.getByRole('button', { name: 'Change my answers', exact: true }).click();
    expect(await quiz.locator('input[value="4"]').isChecked()).toBe(true);
    await quiz.getByRole('button', { name: 'See my result', exact: true }).click();
    await alert.waitFor();
    reachable = true;
    await quiz.getByRole('button', { name: 'Try again', exact: true }).click();
    await quiz.getByRole('heading', { name: "You're getting ready", exact: true }).waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});

describe('persist', () => {
  test('removed mid-quiz, what was saved is cleared', async () => {
    const { page, context } = await open('/examples/persist.html');
    const quiz = page.locator('#quiz');
    await quiz.getByRole('button', { name: 'Start', exact: true }).click();
    await quiz.locator('input[value="moving-more"]').check();
    await quiz.getByRole('button', { name: 'Next', exact: true }).click();
    const saved = () => page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('stages-quiz:')));
    await expect.poll(saved).toHaveLength(1);
    await page.evaluate(() => document.getElementById('quiz')!.removeAttribute('persist'));
    await expect.poll(saved).toEqual([]);
    // The quiz goes on where it was, and nothing is written again.
    await quiz.locator('input[value="within-6-months"]').check();
    await quiz.getByRole('button', { name: 'Next', exact: true }).click();
    expect(await saved()).toEqual([]);
    await context.close();
  });
});
