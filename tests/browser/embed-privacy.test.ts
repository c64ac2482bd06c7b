import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { screenshot } from './chromium';
import { useBrowser } from './page-helpers';
import { answerQuick, hostLog } from './embed-helpers';

const browser = useBrowser();
const base = inject('baseUrl');

/** A page in its own context, logging every request it makes. */
async function open(path: string): Promise<{ context: BrowserContext; page: Page; requests: string[] }> {
  const context = await browser().newContext();
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url().replace(base, '')));
  await page.goto(`${base}${path}`);
  return { context, page, requests };
}

/** Everything a page could have written: cookies, Web Storage, IndexedDB, Cache Storage. */
async function written(context: BrowserContext, page: Page) {
  const inPage = await page.evaluate(async () => ({
    cookie: document.cookie,
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    indexedDB: (await indexedDB.databases()).map((d) => d.name),
    caches: await caches.keys(),
  }));
  return { ...inPage, cookies: await context.cookies() };
}

const NOTHING = { cookie: '', local: [], session: [], indexedDB: [], caches: [], cookies: [] };

describe('privacy: requests, cookies, storage', () => {
  it('requests nothing beyond the page, the script and its result parts, and writes nothing, through a whole quiz', async () => {
    const { context, page, requests } = await open('/examples/plain.html');
    const quiz = page.locator('#quiz');
    await quiz.getByRole('button', { name: 'Start', exact: true }).waitFor();
    const afterLoad = [...requests];
    expect(afterLoad).toEqual(['/examples/plain.html', '/examples/example.css', '/examples/host-log.js', '/stages-quiz.js']);
    await answerQuick(quiz, 'doing-under-6-months');
    await quiz.getByRole('heading', { name: "You're doing it" }).waitFor();
    // Switch language and retake too: still nothing on the wire, nothing stored.
    await quiz.getByRole('button', { name: 'Español', exact: true }).click();
    await quiz.getByRole('button', { name: 'Responder de nuevo', exact: true }).click();
    await quiz.getByRole('button', { name: 'Sí, empezar de nuevo', exact: true }).click();
    // Only the script's own parts, from beside it: the result and the English texts asked for at
    // Start, the Spanish texts when the person switched language (each once for the page).
    expect(requests).toEqual([...afterLoad, '/stages-quiz-result.js', '/stages-quiz-texts-en.js', '/stages-quiz-texts-es.js']);
    expect(await written(context, page)).toEqual(NOTHING);
    const log = await hostLog(page);
    expect(log.filter((e) => e.type === 'stages-quiz:complete').map((e) => e.detail.stage)).toEqual(['action']);
    await context.close();
  });

  it('what it loads does not depend on the answers: the server that hosts the script learns no one’s stage from its logs', async () => {
    // Each stage, in English and in Spanish: the same files, in the same order. (A part per stage
    // would tell the script's server, or a CDN, each visitor's result.)
    const seen = new Map<string, string[]>();
    for (const lang of ['en', 'es'] as const) {
      for (const [stage, headline] of [
        ['not-in-6-months', lang === 'en' ? "Not on your list right now — and that's okay" : 'Por ahora no está en tus planes, y está bien'],
        ['doing-over-6-months', lang === 'en' ? "You've kept it going" : 'Lo has mantenido'],
      ] as const) {
        const { context, page, requests } = await open(`/examples/${lang === 'en' ? 'plain' : 'two'}.html`);
        const quiz = page.locator(lang === 'en' ? '#quiz' : '#second');
        await answerQuick(quiz, stage, lang);
        await quiz.getByRole('heading', { name: headline, exact: true }).waitFor();
        await page.waitForLoadState('networkidle');
        seen.set(`${lang} ${stage}`, requests.filter((r) => r.startsWith('/stages-quiz')));
        await context.close();
      }
    }
    expect(seen.get('en not-in-6-months')).toEqual(['/stages-quiz.js', '/stages-quiz-result.js', '/stages-quiz-texts-en.js']);
    expect(seen.get('en doing-over-6-months')).toEqual(seen.get('en not-in-6-months'));
    expect(seen.get('es not-in-6-months')).toEqual(['/stages-quiz.js', '/stages-quiz-result.js', '/stages-quiz-texts-es.js']);
    expect(seen.get('es doing-over-6-months')).toEqual(seen.get('es not-in-6-months'));
  });

  it('fetches a questionnaire only when the host names one on its own origin, without cookies', async () => {
    const { context, page, requests } = await open('/examples/url.html');
    await context.addCookies([{ name: 'host-session', value: 'secret', url: base }]);
    const quiz = page.locator('#quiz');
    await quiz.getByRole('button', { name: 'Start', exact: true }).waitFor();
    expect(requests).toEqual([
      '/examples/url.html',
      '/examples/example.css',
      '/examples/host-log.js',
      '/stages-quiz.js',
      // The fetch and the validator, loaded on demand from beside the script for a questionnaire
      // the host supplies; then the questionnaire itself.
      '/stages-quiz-validator.js',
      '/examples/my-questionnaire.json',
    ]);
    // A questionnaire on another origin is refused before any request is made (and, set on a quiz
    // under way, left out: the quiz goes on as it was).
    const other = inject('otherUrl');
    await page.evaluate((url) => document.querySelector('#quiz')!.setAttribute('questionnaire', url), `${other}/examples/my-questionnaire.json`);
    await expect.poll(async () => (await hostLog(page)).at(-1)?.type).toBe('stages-quiz:error');
    expect(requests).toHaveLength(6);
    const log = await hostLog(page);
    expect(log.at(-1)!.detail.problems.map((p: { path: string }) => p.path)).toEqual(['questionnaire']);
    expect(await quiz.getByRole('button', { name: 'Start', exact: true }).count()).toBe(1);
    await context.close();
  });

  it('the questionnaire fetch sends no cookie', async () => {
    const context = await browser().newContext();
    await context.addCookies([{ name: 'host-session', value: 'secret', url: base }]);
    const page = await context.newPage();
    const cookieHeaders: (string | undefined)[] = [];
    page.on('request', async (r) => {
      if (r.url().endsWith('.json')) cookieHeaders.push((await r.allHeaders()).cookie);
    });
    await page.goto(`${base}/examples/url.html`);
    await page.locator('#quiz').getByRole('button', { name: 'Start', exact: true }).waitFor();
    expect(cookieHeaders).toEqual([undefined]);
    await context.close();
  });
});

describe('persist: opt-in resume from sessionStorage', () => {
  it('an unfinished quiz survives a reload, and finishing clears it', async () => {
    const { context, page, requests } = await open('/examples/persist.html');
    const quiz = page.locator('#quiz');
    await answerQuick(quiz, 'within-6-months', 'en', { finish: false });
    // On the last question with 4 chosen: one key in sessionStorage, nothing anywhere else.
    const stored = await written(context, page);
    expect(stored.session).toHaveLength(1);
    expect(stored.session[0]).toMatch(/^stages-quiz:/);
    expect({ ...stored, session: [] }).toEqual(NOTHING);

    await page.reload();
    await quiz.getByRole('button', { name: 'See my result', exact: true }).waitFor();
    expect(await quiz.locator('input[value="4"]').isChecked()).toBe(true);
    await quiz.getByRole('button', { name: 'Back', exact: true }).click();
    expect(await quiz.locator('input[value="7"]').isChecked()).toBe(true);
    await screenshot(page, 'embed-persist-resumed');
    await quiz.getByRole('button', { name: 'Next', exact: true }).click();
    await quiz.getByRole('button', { name: 'See my result', exact: true }).click();
    await quiz.getByRole('heading', { name: 'Part of you is thinking about it' }).waitFor();
    expect(await written(context, page)).toEqual(NOTHING);
    const log = await hostLog(page);
    expect(log.filter((e) => e.type === 'stages-quiz:complete').map((e) => e.detail.answers)).toEqual([
      { change: 'moving-more', stage: 'within-6-months', importance: 7, confidence: 4 },
    ]);
    // Still no request beyond the page, the script and its result parts, on both loads.
    expect(new Set(requests)).toEqual(
      new Set([
        '/examples/persist.html',
        '/examples/example.css',
        '/examples/host-log.js',
        '/stages-quiz.js',
        '/stages-quiz-result.js',
        '/stages-quiz-texts-en.js',
      ]),
    );
    await context.close();
  });
});
