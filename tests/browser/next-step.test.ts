// The next step in real Chromium: every stage's exercise reached and done by keyboard in English
// and Spanish (axe on every screen), the typed words in "In my own words" (MyPlan), its print (one page), the
// share sheet and the mailto: text, nothing stored without persist, nothing left after "Take it
// again" (DOM, storage, the host's event log), host events carry words only with share-words, and
// clinician mode: the client's words on the summary and in its FHIR export, gone after Next client.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { axeViolations, screenshot } from './chromium';
import { answerQuick, hostLog } from './embed-helpers';
import { expectHeadingFocused, focused, openStandalone, tabTo, useBrowser } from './page-helpers';

const browser = useBrowser();
const base = inject('baseUrl');

const UI = {
  en: {
    open: 'Put it in my own words',
    rulers: 'About the numbers you chose',
    next: 'Next',
    plan: 'See what I wrote',
    stop: 'Stop here and see what I wrote',
    myPlan: 'In my own words',
    back: 'Back to my result',
    retake: 'Take it again',
    print: 'Save or print',
    share: 'Share or email',
  },
  es: {
    open: 'Ponerlo en mis propias palabras',
    rulers: 'Sobre los números que elegiste',
    next: 'Siguiente',
    plan: 'Ver lo que escribí',
    stop: 'Parar aquí y ver lo que escribí',
    myPlan: 'En mis propias palabras',
    back: 'Volver a mi resultado',
    retake: 'Responder de nuevo',
    print: 'Guardar o imprimir',
    share: 'Compartir o enviar',
  },
} as const;

/** The stage answer in quick that leads to each stage. */
const STAGE_ANSWER = {
  precontemplation: 'not-in-6-months',
  contemplation: 'within-6-months',
  preparation: 'within-30-days',
  action: 'doing-under-6-months',
  maintenance: 'doing-over-6-months',
} as const;
type StageName = keyof typeof STAGE_ANSWER;

async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  expect(await axeViolations(page), where).toEqual([]);
}

/** Everything the page could have written: Web Storage, cookies. */
async function stored(page: Page, context: BrowserContext) {
  return {
    local: await page.evaluate(() => Object.keys(localStorage).length),
    session: await page.evaluate(() => Object.keys(sessionStorage).length),
    cookie: await page.evaluate(() => document.cookie),
    cookies: (await context.cookies()).length,
  };
}

/** Everything in the DOM, shadow roots included. */
const allHtml = (page: Page) =>
  page.evaluate(() => {
    const parts: string[] = [document.documentElement.outerHTML];
    for (const el of document.querySelectorAll('*')) if (el.shadowRoot) parts.push(el.shadowRoot.innerHTML);
    // Typed text lives in form fields' values, which outerHTML does not show.
    const fields = (root: Document | ShadowRoot) => Array.from(root.querySelectorAll('input, textarea'), (f) => (f as HTMLInputElement).value);
    for (const el of document.querySelectorAll('*')) if (el.shadowRoot) parts.push(...fields(el.shadowRoot));
    parts.push(...fields(document));
    return parts.join('\n');
  });

/**
 * From the result, by keyboard alone: Tab to the offer, Enter, then on every screen Tab into its
 * first field and type a word made for it (or Space on the first choice), axe, then Tab to the
 * way on. Returns the words typed and the choices made, as the plan should show them.
 */
async function doStepByKeyboard(page: Page, lang: 'en' | 'es', tag: string, shots?: string): Promise<string[]> {
  const ui = UI[lang];
  await tabTo(page, ui.open);
  await page.keyboard.press('Enter');
  await expectHeadingFocused(page, ui.rulers);
  const total = Number((await page.locator('.sq-step .sq-eyebrow').innerText()).match(/(\d+)\s*$/)![1]);
  const kept: string[] = [];
  for (let i = 1; i <= total; i++) {
    const heading = await page.locator('.sq-step h2').innerText();
    await expectHeadingFocused(page, heading);
    await page.keyboard.press('Tab');
    const field = await focused(page);
    if (field.type === 'checkbox') {
      await page.keyboard.press('Space');
      kept.push(await page.locator('.sq-step .sq-pick-option').first().innerText());
    } else {
      expect(['TEXTAREA', 'INPUT']).toContain(field.tag);
      const word = `${tag} ${i} <b>&amp;</b>`;
      await page.keyboard.type(word);
      kept.push(word);
    }
    await expectNoAxeViolations(page, `${tag} part ${i}`);
    if (shots && i === 2) await screenshot(page, `${shots}-part`);
    await tabTo(page, i === total ? ui.plan : ui.next);
    await page.keyboard.press('Enter');
  }
  await expectHeadingFocused(page, ui.myPlan);
  await expectNoAxeViolations(page, `${tag} plan`);
  if (shots) await screenshot(page, `${shots}-plan`);
  return kept;
}

/** Number of page objects in a PDF (`/Type /Page`, not the `/Pages` tree). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

describe('every stage reaches its step by keyboard; the words come back in "In my own words"', () => {
  for (const lang of ['en', 'es'] as const) {
    for (const stage of Object.keys(STAGE_ANSWER) as StageName[]) {
      // English at 1280 px, Spanish at 390 px; the print test below takes the other widths.
      const width = lang === 'en' ? 1280 : 390;
      test(`${lang}, ${stage} (${width} px)`, async () => {
        const { page, context, problems } = await openStandalone(browser(), `?questionnaire=quick&lang=${lang}`, width);
        await answerQuick(page, STAGE_ANSWER[stage], lang);
        const tag = `w-${lang}-${stage}`;
        const kept = await doStepByKeyboard(page, lang, tag, `next-step-${stage}-${lang}-${width}`);
        const plan = page.locator('.sq-plan');
        // Shown as text: the markup typed is shown literally, never interpreted.
        for (const word of kept) expect(await plan.innerText()).toContain(word);
        expect(await plan.locator('b').count()).toBe(0);
        expect(await stored(page, context)).toEqual({ local: 0, session: 0, cookie: '', cookies: 0 });
        expect(problems).toEqual([]);
        await context.close();
      });
    }
  }
});

describe('keeping the plan', () => {
  for (const [lang, width] of [
    ['en', 390],
    ['es', 1280],
  ] as const) {
    test(`${lang}: print is one page with the words and no buttons; the share sheet and the email carry the words`, async () => {
      const { page, context, problems } = await openStandalone(browser(), `?questionnaire=quick&lang=${lang}&cta-href=https://practice.example/book`, width);
      await answerQuick(page, STAGE_ANSWER.preparation, lang);
      const kept = await doStepByKeyboard(page, lang, `keep-${lang}`);
      // The call to action sits beside the plan.
      expect(await page.locator('.sq-plan .sq-cta-link').getAttribute('href')).toBe('https://practice.example/book');

      // Print: the plan alone on one page, words in, buttons out.
      await page.emulateMedia({ media: 'print' });
      const printed = await page.locator('.sq').innerText();
      for (const word of kept) expect(printed).toContain(word);
      for (const hidden of [UI[lang].print, UI[lang].back]) expect(printed).not.toContain(hidden);
      // The date heads the printed plan (shown only on paper).
      const dated = page.locator('.sq-plan .sq-print-only');
      expect(await dated.isVisible()).toBe(true);
      expect(await dated.innerText()).toContain(String(new Date().getFullYear()));
      await screenshot(page, `next-step-plan-print-${lang}-${width}`);
      // Back to no emulation: page.pdf prints with whatever media is emulated.
      await page.emulateMedia({ media: null });
      expect(await dated.isVisible()).toBe(false);
      mkdirSync('test-results/pdf', { recursive: true });
      for (const format of ['Letter', 'A4'] as const) {
        const pdf = await page.pdf({ format, margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' } });
        writeFileSync(`test-results/pdf/next-step-plan-${lang}-${format}.pdf`, pdf);
        expect(pdfPageCount(pdf), format).toBe(1);
      }

      // Without a share sheet: a mailto: link with the plan as its body.
      const href = await page.getByRole('link', { name: UI[lang].share }).getAttribute('href');
      const mail = new URL(href!);
      expect(mail.protocol).toBe('mailto:');
      expect(href!.length).toBeLessThanOrEqual(2000);
      for (const word of kept) expect(mail.searchParams.get('body')).toContain(word);

      // With one (stubbed, as a phone has it): the same text goes to the sheet.
      await page.evaluate(() => {
        (navigator as unknown as { share: (d: unknown) => Promise<void> }).share = (d) => {
          (window as unknown as { shared: unknown }).shared = d;
          return Promise.resolve();
        };
      });
      await page.getByRole('button', { name: UI[lang].back }).click();
      await page.getByRole('button', { name: lang === 'en' ? 'Back to what I wrote' : 'Volver a lo que escribí' }).click();
      await page.getByRole('button', { name: UI[lang].share }).click();
      const shared = (await page.evaluate(() => (window as unknown as { shared: { title: string; text: string } }).shared))!;
      for (const word of kept) expect(shared.text).toContain(word);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

describe('the words stay the person’s', () => {
  test('element on a host page: no storage without persist, no typed word in any event; after "Take it again" none left anywhere', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${base}/examples/plain.html`);
    const quiz = page.locator('#quiz');
    await answerQuick(quiz, STAGE_ANSWER.contemplation);
    await quiz.getByRole('button', { name: UI.en.open }).click();
    await quiz.getByRole('heading', { level: 2, name: UI.en.rulers }).waitFor();
    await quiz.getByRole('textbox').first().fill('secret-ruler-words');
    await quiz.getByRole('button', { name: UI.en.next }).click();
    await quiz.getByRole('textbox', { name: 'Answer 1' }).fill('secret-reason-words');
    await quiz.getByRole('button', { name: UI.en.stop }).click();
    await quiz.getByRole('heading', { level: 2, name: UI.en.myPlan }).waitFor();
    expect(await allHtml(page)).toContain('secret-reason-words');
    expect(await stored(page, context)).toEqual({ local: 0, session: 0, cookie: '', cookies: 0 });
    await quiz.getByRole('button', { name: UI.en.back }).click();
    await quiz.getByRole('button', { name: UI.en.retake }).click();
    // It asks first (issue 9).
    await quiz.getByRole('button', { name: 'Yes, start over' }).click();
    await quiz.getByRole('heading', { level: 2 }).first().waitFor();
    const html = await allHtml(page);
    const log = JSON.stringify(await hostLog(page));
    for (const word of ['secret-ruler-words', 'secret-reason-words']) {
      expect(html).not.toContain(word);
      expect(log).not.toContain(word);
    }
    expect((await hostLog(page)).some((e) => e.type === 'stages-quiz:words')).toBe(false);
    expect(await stored(page, context)).toEqual({ local: 0, session: 0, cookie: '', cookies: 0 });
    await context.close();
  });

  test('with share-words the host hears the words in stages-quiz:words', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${base}/examples/plain.html`);
    await page.evaluate(() => document.querySelector('#quiz')!.setAttribute('share-words', ''));
    const quiz = page.locator('#quiz');
    await answerQuick(quiz, STAGE_ANSWER.preparation);
    await quiz.getByRole('button', { name: UI.en.open }).click();
    await quiz.getByRole('heading', { level: 2, name: UI.en.rulers }).waitFor();
    await quiz.getByRole('button', { name: 'Skip this one' }).click();
    await quiz.getByRole('textbox', { name: 'What change do you want to make?' }).fill('shared on purpose');
    await quiz.getByRole('button', { name: UI.en.stop }).click();
    await quiz.getByRole('heading', { level: 2, name: UI.en.myPlan }).waitFor();
    const words = (await hostLog(page)).filter((e) => e.type === 'stages-quiz:words');
    expect(words.map((e) => e.detail.nextStep.parts)).toEqual([{ change: 'shared on purpose' }]);
    await context.close();
  });
});

describe('clinician mode: the client’s words on the summary and in FHIR', () => {
  for (const lang of ['en', 'es'] as const) {
    test(`${lang}: client writes, summary shows them (axe, one printed page), FHIR carries them, Next client leaves nothing`, async () => {
      const { page, context, problems } = await openStandalone(browser(), `?questionnaire=quick&mode=clinician&lang=${lang}`, 1280);
      const en = lang === 'en';
      await page.getByRole('button', { name: en ? 'Continue' : 'Continuar' }).click();
      await page.getByRole('button', { name: en ? 'Begin' : 'Empezar' }).click();
      // The client's answers (as answerQuick gives them, without its Start button).
      const next = () => page.getByRole('button', { name: UI[lang].next, exact: true }).click();
      for (const value of ['moving-more', STAGE_ANSWER.maintenance, 'steady', '7']) {
        await page.locator(`input[value="${value}"]`).check();
        await next();
      }
      await page.locator('input[value="4"]').check();
      await next(); // the client sees no result: the last question leads on to their exercise
      await expectHeadingFocused(page, UI[lang].rulers);
      await expectNoAxeViolations(page, 'client step');
      await screenshot(page, `next-step-client-${lang}`);
      await page.getByRole('textbox').first().fill(`client-ruler-${lang}`);
      await page.getByRole('button', { name: UI[lang].next }).click();
      await page.getByRole('textbox').first().fill(`client-learned-${lang}`);
      await page.getByRole('button', { name: en ? 'Stop here' : 'Parar aquí', exact: true }).click();
      await page.getByRole('button', { name: en ? 'Clinician: show summary' : 'Profesional: ver el resumen' }).click();
      await page.getByRole('button', { name: en ? 'Yes, show the summary' : 'Sí, ver el resumen' }).click();
      const words = page.locator('.sq-clin-words');
      await words.waitFor();
      expect(await words.getByRole('heading').innerText()).toBe(en ? "In the client's words: What you've learned" : 'En palabras de la persona: Lo que has aprendido');
      for (const w of [`client-ruler-${lang}`, `client-learned-${lang}`]) expect(await words.innerText()).toContain(w);
      await expectNoAxeViolations(page, 'summary');
      await screenshot(page, `next-step-summary-${lang}`);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.sq-clin-words').isVisible()).toBe(true);
      await page.emulateMedia({ media: null });
      const pdf = await page.pdf({ format: 'Letter', margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' } });
      expect(pdfPageCount(pdf)).toBe(1);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: en ? 'Download FHIR response' : /FHIR/ }).first().click(),
      ]);
      const qr = JSON.parse(readFileSync(await download.path(), 'utf8'));
      const ruler = qr.item.find((i: { linkId: string }) => i.linkId === 'ruler-answer.importance');
      expect(ruler.answer).toEqual([{ valueString: `client-ruler-${lang}` }]);
      const group = qr.item.find((i: { linkId: string }) => i.linkId === 'next-step.maintenance');
      expect(group.item[0]).toMatchObject({ linkId: 'next-step.maintenance.learned', answer: [{ valueString: `client-learned-${lang}` }] });

      // Downloaded: the browser cannot say whether the file was kept, so Next client asks first.
      await page.getByRole('button', { name: en ? 'Next client' : 'Siguiente cliente' }).click();
      await page.getByRole('button', { name: en ? 'Clear it and start the next client' : 'Borrarlo y pasar al siguiente cliente' }).click();
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      const html = await allHtml(page);
      for (const w of [`client-ruler-${lang}`, `client-learned-${lang}`]) expect(html).not.toContain(w);
      expect(await stored(page, context)).toEqual({ local: 0, session: 0, cookie: '', cookies: 0 });
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

describe('in the iframe, at 320 px', () => {
  test('the step runs in the frame, fits without sideways scroll, and its words stay in the frame (no words message without share-words)', async () => {
    const context = await browser().newContext({ viewport: { width: 320, height: 800 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${base}/examples/iframe.html`);
    const frame = page.frameLocator('#quiz-frame');
    await answerQuick(frame, STAGE_ANSWER.action);
    await frame.getByRole('button', { name: UI.en.open }).click();
    await frame.getByRole('heading', { level: 2, name: UI.en.rulers }).waitFor();
    await frame.getByRole('button', { name: 'Skip this one' }).click();
    await frame.getByRole('textbox', { name: 'Answer 1' }).fill('words-in-the-frame');
    await frame.getByRole('button', { name: UI.en.stop }).click();
    await frame.getByRole('heading', { level: 2, name: UI.en.myPlan }).waitFor();
    expect(await frame.locator('.sq-plan').innerText()).toContain('words-in-the-frame');
    const inner = page.frames().find((f) => f.url().includes('frame.html'))!;
    expect(await inner.evaluate(() => document.scrollingElement!.scrollWidth <= document.scrollingElement!.clientWidth)).toBe(true);
    await screenshot(page, 'next-step-iframe-en-320');
    const log = await hostLog(page);
    expect(JSON.stringify(log)).not.toContain('words-in-the-frame');
    expect(log.some((e) => e.type === 'stages-quiz:words')).toBe(false);
    await context.close();
  });
});

describe('with persist', () => {
  test('the unfinished quiz is kept, but nothing of the step is ever stored (it comes after the quiz is finished)', async () => {
    const { page, context, problems } = await openStandalone(browser(), '?questionnaire=quick&persist', 1280);
    await answerQuick(page, STAGE_ANSWER.maintenance, 'en', { finish: false });
    // Mid-quiz, the snapshot is there (persist works).
    expect(await page.evaluate(() => sessionStorage.length)).toBe(1);
    await page.getByRole('button', { name: 'See my result', exact: true }).click();
    await page.getByRole('button', { name: UI.en.open }).click();
    await page.getByRole('heading', { level: 2, name: UI.en.rulers }).waitFor();
    await page.getByRole('textbox').first().fill('persist-never-stores-this');
    await page.getByRole('button', { name: UI.en.stop }).click();
    await page.getByRole('heading', { level: 2, name: UI.en.myPlan }).waitFor();
    const all = await page.evaluate(() => JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }) + document.cookie);
    expect(all).not.toContain('persist-never-stores-this');
    expect(problems).toEqual([]);
    await context.close();
  });
});
