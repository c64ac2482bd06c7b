// Clinician mode on the standalone page (dist/index.html?mode=clinician) in real Chromium under
// the strict CSP: a full intake by keyboard, axe on every screen, the summary printed to PDF on
// exactly one Letter and one A4 page, and nothing left behind after "Next client" or a timeout.
// Run `npm run build` first.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, screenshot } from './chromium';
import {
  chooseByKeyboard,
  expectHeadingFocused,
  focused,
  loadQuestionnaire as load,
  noSidewaysScroll,
  openStandalone,
  tabTo,
  useBrowser,
  type JsonQuestionnaire,
} from './page-helpers';

const intake = load('intake');
const quick = load('quick');

const browser = useBrowser();
const open = (query: string, width?: number) => openStandalone(browser(), query, width);

async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

const UI = {
  en: {
    start: 'Start an intake',
    ref: 'Client reference (optional)',
    continue: 'Continue',
    handoff: 'Please hand the device to your client',
    begin: 'Begin',
    next: 'Next',
    result: 'Next', // the client's last question: they see no result, the exercise follows
    handback: 'Thank you. Please hand the device back to your clinician.',
    reveal: 'Clinician: show summary',
    confirm: 'Yes, show the summary',
    summary: 'Intake summary',
    nextClient: 'Next client',
    stop: 'Stop here',
  },
  es: {
    start: 'Comenzar una evaluación inicial',
    ref: 'Referencia del cliente (opcional)',
    continue: 'Continuar',
    handoff: 'Por favor, dale el dispositivo a tu cliente',
    begin: 'Empezar',
    next: 'Siguiente',
    result: 'Siguiente',
    handback: 'Gracias. Por favor, devuélvele el dispositivo a tu terapeuta.',
    reveal: 'Profesional: ver el resumen',
    confirm: 'Sí, ver el resumen',
    summary: 'Resumen de la evaluación inicial',
    nextClient: 'Siguiente cliente',
    stop: 'Parar aquí',
  },
} as const;

/**
 * The clinician's part and the client's, by keyboard alone: start screen (reference typed),
 * hand-over, every question (value from `choose`, skipped when absent), hand-back, the two-step
 * reveal. axe runs on every kind of screen; `shots` names screenshots.
 */
async function intakeByKeyboard(
  page: Page,
  q: JsonQuestionnaire,
  lang: 'en' | 'es',
  reference: string,
  choose: Record<string, string | number>,
  shots: string,
): Promise<void> {
  const ui = UI[lang];
  await page.getByRole('heading', { level: 2, name: ui.start }).waitFor();
  await expectNoAxeViolations(page);
  await screenshot(page, `${shots}-start`);
  for (let i = 0; i < 10 && (await focused(page)).tag !== 'INPUT'; i++) await page.keyboard.press('Tab');
  expect(await page.getByLabel(ui.ref).evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.type(reference);
  await page.keyboard.press('Enter');

  await expectHeadingFocused(page, ui.handoff);
  await expectNoAxeViolations(page);
  await screenshot(page, `${shots}-handoff`);
  await tabTo(page, ui.begin);
  await page.keyboard.press('Enter');

  const asked = q.items.filter((item) => !item.showIf || Object.hasOwn(choose, item.id));
  for (const [index, item] of asked.entries()) {
    await expectHeadingFocused(page, item.text[lang]!);
    // Every kind of question once, and the first: axe.
    if (index < 3 || item.type === 'ruler') await expectNoAxeViolations(page);
    const value = choose[item.id];
    if (value !== undefined) await chooseByKeyboard(page, q, item, lang, value);
    if (index === 1) await screenshot(page, `${shots}-question`);
    // The client sees no result: no button promises one.
    if (index === asked.length - 1) expect(await page.getByRole('button', { name: /See my result|Ver mi resultado/ }).count()).toBe(0);
    await tabTo(page, index === asked.length - 1 ? ui.result : ui.next);
    await page.keyboard.press('Enter');
  }

  // The exercise after the questions (tests/browser/next-step.test.ts covers it): the client stops.
  await page.locator('.sq-step').waitFor();
  await tabTo(page, ui.stop);
  await page.keyboard.press('Enter');

  await expectHeadingFocused(page, ui.handback);
  // No score, stage or reference is shown to the client.
  expect(await page.locator('.sq').innerText()).not.toContain(reference);
  expect(await page.locator('table, svg[role="img"]').count()).toBe(0);
  await expectNoAxeViolations(page);
  await screenshot(page, `${shots}-handback`);
  await tabTo(page, ui.reveal);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: ui.confirm }).waitFor();
  await expectNoAxeViolations(page);
  await tabTo(page, ui.confirm);
  await page.keyboard.press('Enter');
  await expectHeadingFocused(page, ui.summary);
  await expectNoAxeViolations(page);
  await screenshot(page, `${shots}-summary`);
}

/** Number of page objects in a PDF (`/Type /Page`, not the `/Pages` tree). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

async function expectOnePrintedPage(page: Page, name: string): Promise<void> {
  mkdirSync('test-results/pdf', { recursive: true });
  for (const format of ['Letter', 'A4'] as const) {
    // Chromium's default print margins are about 10 mm; the summary must fit inside them.
    const pdf = await page.pdf({ format, margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' } });
    writeFileSync(`test-results/pdf/${name}-${format}.pdf`, pdf);
    expect(pdfPageCount(pdf), `${name} on ${format}`).toBe(1);
  }
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 });
  await screenshot(page, `${name}-print`);
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Everything a page keeps: visible text, storage and cookies. */
async function leftovers(page: Page, context: BrowserContext) {
  return {
    text: await page.evaluate(() => document.body.innerText),
    html: await page.evaluate(() => document.documentElement.outerHTML),
    session: await page.evaluate(() => sessionStorage.length),
    local: await page.evaluate(() => localStorage.length),
    cookies: (await context.cookies()).length,
  };
}

/** After "Next client" or a timeout: none of `gone` is in the page's HTML, and nothing is in storage or cookies. */
async function expectNothingLeft(page: Page, context: BrowserContext, gone: readonly string[]): Promise<void> {
  const left = await leftovers(page, context);
  for (const text of gone) expect(left.html).not.toContain(text);
  expect(left).toMatchObject({ session: 0, local: 0, cookies: 0 });
}

const agreements = (value: number) => Object.fromEntries(intake.items.filter((i) => i.type === 'agreement').map((i) => [i.id, value]));

describe('clinician intake by keyboard', () => {
  test('English intake: summary, one printed page (Letter and A4), then "Next client" leaves nothing', async () => {
    const { page, context, problems } = await open('?mode=clinician&questionnaire=intake&lang=en');
    const choose = { change: 'drinking', stage: 'within-30-days', ...agreements(4), 'pc-1': 2 };
    await intakeByKeyboard(page, intake, 'en', 'Ref-4471', choose, 'clinician-intake-en');

    const summary = page.locator('.sq-clin-summary');
    expect(await summary.getByText('Ref-4471').count()).toBe(1);
    expect(await summary.getByText('Preparation', { exact: true }).count()).toBe(1);
    const stage = summary.getByRole('group', { name: 'Stage of change' });
    expect(await stage.getByText('Decided by the answer to “Where are you with this change right now?”: “I\'m planning to start in the next 30 days”.').count()).toBe(1);
    expect(await stage.getByText('Rule id: planning-within-30-days').count()).toBe(1);
    // PC = (2 + 4 + 2 + 4 + 4) / 5 = 3.2 (pc-3 reversed: 6 − 4); the others 3.6; readiness 3.6 × 3 − 3.2 = 7.6
    expect(await page.getByRole('img', { name: '3.2 on a scale from 1 to 5' }).count()).toBe(1);
    expect(await page.getByRole('img', { name: '3.6 on a scale from 1 to 5' }).count()).toBe(3);
    expect(await page.getByRole('img', { name: '7.6 on a scale from -2 to 14' }).count()).toBe(1);
    expect(await summary.getByText('(scored in reverse)').count()).toBe(4);
    // pc-2 = 4: "here because someone else wanted me to come" agreed; the intake's flag comes first.
    expect(await summary.getByRole('list', { name: 'Flags' }).getByRole('listitem').count()).toBe(1);
    // Scoring notes name questions by their number in the Answers list and their text, never by item id.
    const flags = summary.getByRole('list', { name: 'How it was scored' }).getByRole('listitem');
    expect(await flags.allInnerTexts()).toEqual([
      'Scored in reverse for Precontemplation: question 7, “I can see ways my life would be better with this change”',
      'Scored in reverse for Contemplation: question 16, “I haven\'t really given this change any serious thought”',
      'Scored in reverse for Action: question 9, “So far, I haven\'t actually done anything about this”',
      'Scored in reverse for Maintenance: question 14, “I haven\'t made this change yet, so keeping it up…”',
    ]);
    const answerList = summary.getByRole('list', { name: 'Answers' }).getByRole('listitem');
    expect(await answerList.nth(6).innerText()).toMatch(/^7\.\s+I can see ways my life would be better with this change\./);
    expect(await summary.getByText('Not a validated instrument.').count()).toBe(1);
    expect(await summary.getByRole('heading', { name: /^Guidance for this stage: / }).count()).toBe(1);
    // No inline style. (axe, run above, leaves an empty style="" on the file input it inspected.)
    expect(await page.locator('[style]:not([style=""])').evaluateAll((els) => els.map((e) => e.outerHTML.slice(0, 200)))).toEqual([]);

    await expectOnePrintedPage(page, 'clinician-intake-en');

    // The client's answers and reference are in the DOM until "Next client".
    const answerText = intake.items.find((i) => i.id === 'c-1')!.text.en!;
    expect((await leftovers(page, context)).text).toContain(answerText);
    await tabTo(page, UI.en.nextClient);
    await page.keyboard.press('Enter');
    // Nothing was printed (page.pdf is not the Print button), downloaded or copied: it asks first.
    await tabTo(page, 'Clear it and start the next client');
    await page.keyboard.press('Enter');
    await expectHeadingFocused(page, UI.en.start);
    await expectNoAxeViolations(page);
    await expectNothingLeft(page, context, ['Ref-4471', answerText, 'Preparation', 'Drinking', 'Agree']);
    expect(await page.getByLabel(UI.en.ref).inputValue()).toBe('');
    expect(problems).toEqual([]);
  });

  test('Spanish quick intake: summary with rulers, one printed page', async () => {
    const { page, context, problems } = await open('?mode=clinician&questionnaire=quick&lang=es');
    await intakeByKeyboard(page, quick, 'es', 'C-12', { change: 'eating', stage: 'doing-over-6-months', lately: 'recent-slip', importance: 8, confidence: 3 }, 'clinician-quick-es');
    const summary = page.locator('.sq-clin-summary');
    expect(await summary.getByText('Mantenimiento', { exact: true }).count()).toBe(1);
    const stage = summary.getByRole('group', { name: 'Etapa de cambio' });
    expect(await stage.getByText('Según la respuesta a “¿En qué punto estás con este cambio ahora mismo?”: “Ya llevo más de 6 meses haciéndolo”.').count()).toBe(1);
    expect(await page.getByRole('img', { name: '8 en una escala de 0 a 10' }).count()).toBe(1);
    expect(await page.getByRole('img', { name: '3 en una escala de 0 a 10' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Descargar respuesta FHIR' }).count()).toBe(1);
    await expectOnePrintedPage(page, 'clinician-quick-es');
    await page.getByRole('button', { name: UI.es.nextClient }).click();
    await page.getByRole('button', { name: 'Borrarlo y pasar al siguiente cliente' }).click();
    await expectHeadingFocused(page, UI.es.start);
    await expectNothingLeft(page, context, ['C-12', 'Mantenimiento']);
    expect(problems).toEqual([]);
  });

  test('the downloads are real files: JSON, FHIR QuestionnaireResponse, FHIR Questionnaire', async () => {
    const { page, problems } = await open('?mode=clinician&questionnaire=quick&lang=en');
    await page.getByLabel(UI.en.ref).fill('Patient/42');
    await page.getByRole('button', { name: UI.en.continue }).click();
    await page.getByRole('button', { name: UI.en.begin }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('radio', { name: /I've already started/ }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('radio', { name: 'Mostly steady' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Next' }).click(); // the last question: the exercise follows
    await page.getByRole('button', { name: 'Stop here', exact: true }).click();
    await page.getByRole('button', { name: UI.en.reveal }).click();
    await page.getByRole('button', { name: UI.en.confirm }).click();
    const read = async (name: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      return { file: download.suggestedFilename(), data: JSON.parse(readFileSync(await download.path(), 'utf8')) };
    };
    const json = await read('Download JSON');
    expect(json.data.result.stage).toBe('action');
    expect(json.data.clientReference).toBe('Patient/42');
    const qr = await read('Download FHIR response');
    expect(qr.file).toMatch(/questionnaire-response\.fhir\.json$/);
    expect(qr.data).toMatchObject({ resourceType: 'QuestionnaireResponse', status: 'completed', subject: { reference: 'Patient/42' } });
    expect(qr.data.item.at(-1)).toEqual({
      linkId: 'stage-snomed',
      text: 'Stage of change (SNOMED CT)',
      answer: [{ valueCoding: { system: 'http://snomed.info/sct', code: '134411008', display: 'Action stage' } }],
    });
    const fq = await read('Download FHIR questionnaire');
    expect(fq.data).toMatchObject({ resourceType: 'Questionnaire', url: 'https://stages-quiz.dev/questionnaire/quick', status: 'active' });
    await page.getByRole('button', { name: 'Copy as text' }).click();
    // Headless Chromium may or may not grant the clipboard; either way the person is told.
    await expect
      .poll(() => page.locator('.sq-clin-status').innerText())
      .toMatch(/^(Summary copied to the clipboard\.|Copying is not allowed here\. Use Print or a download instead\.)$/);
    expect(problems).toEqual([]);
  });
});

describe('clinician inactivity timeout', () => {
  test('warns with a countdown, then clears like "Next client"', async () => {
    // 1 minute (the shortest allowed) without input, then a 30 s countdown: on the page's fake clock.
    const { page, context, problems } = await open('?mode=clinician&questionnaire=quick&lang=en&idle-minutes=1');
    await page.clock.install();
    await page.getByLabel(UI.en.ref).fill('Idle-77');
    await page.getByRole('button', { name: UI.en.continue }).click();
    await page.getByRole('button', { name: UI.en.begin }).click();
    await page.getByRole('radio', { name: 'Screen time' }).check();
    const dialog = page.getByRole('alertdialog', { name: 'Still there?' });
    await page.clock.fastForward(59_000);
    expect(await dialog.count()).toBe(0);
    await page.clock.fastForward(1_500);
    await dialog.waitFor({ timeout: 5000 });
    await screenshot(page, 'clinician-idle-warning');
    expect(await dialog.innerText()).toMatch(/cleared in (30|29) seconds/);
    // Focus moves to the warning's button, so a keyboard user can keep the session at once.
    expect((await focused(page)).text).toBe('Keep this session');
    expect(await axeViolations(page)).toEqual([]);
    expect(await dialog.count()).toBe(1);
    await page.clock.runFor(31_000); // every tick of the countdown (fastForward fires an interval once)
    await page.getByRole('heading', { level: 2, name: UI.en.start }).waitFor({ timeout: 8000 });
    await expectNothingLeft(page, context, ['Idle-77', 'Screen time']);
    expect(problems).toEqual([]);
  });

  test('"Keep this session" keeps the answers', async () => {
    const { page } = await open('?mode=clinician&questionnaire=quick&lang=en&idle-minutes=1');
    await page.clock.install();
    await page.getByRole('button', { name: UI.en.continue }).click();
    await page.getByRole('button', { name: UI.en.begin }).click();
    await page.getByRole('radio', { name: 'Screen time' }).check();
    await page.clock.fastForward(61_000);
    await page.getByRole('button', { name: 'Keep this session' }).click({ timeout: 8000 });
    await page.clock.fastForward(10_000);
    expect(await page.getByRole('radio', { name: 'Screen time' }).isChecked()).toBe(true);
  });
});

describe('clinician summary on a 320 px wide phone', () => {
  test('nothing scrolls sideways (Spanish intake, the longest labels), and it prints on one page', async () => {
    const { page, problems } = await open('?mode=clinician&questionnaire=intake&lang=es', 320);
    await page.getByRole('button', { name: UI.es.continue }).click();
    await page.getByRole('button', { name: UI.es.begin }).click();
    await page.getByRole('button', { name: UI.es.next }).click();
    for (let guard = 0; guard < 40; guard++) {
      const radios = page.getByRole('radio');
      if ((await radios.count()) === 0) break;
      await radios.nth(3).check();
      await page.getByRole('button', { name: UI.es.next }).click();
    }
    // The exercise after the questions, at 320 px: nothing sideways; the client stops.
    await page.getByRole('button', { name: UI.es.stop, exact: true }).waitFor();
    expect(await noSidewaysScroll(page)).toBe(true);
    await screenshot(page, 'clinician-intake-es-320-step');
    await page.getByRole('button', { name: UI.es.stop, exact: true }).click();
    await page.getByRole('button', { name: UI.es.reveal }).click();
    await page.getByRole('button', { name: UI.es.confirm }).click();
    await page.getByRole('heading', { name: UI.es.summary }).waitFor();
    await screenshot(page, 'clinician-intake-es-320-summary');
    const stage = page.getByRole('group', { name: 'Etapa de cambio' });
    expect(await stage.getByText('Según la respuesta a “¿En qué punto estás con este cambio ahora mismo?”: “Ya empecé, hace menos de 6 meses”.').count()).toBe(1);
    expect(await stage.getByText('ID de la regla: doing-less-than-6-months').count()).toBe(1);
    await stage.screenshot({ path: 'test-results/screenshots/clinician-intake-es-320-stage.png' });
    const flags = page.getByRole('list', { name: 'Cómo se calculó' });
    expect(await flags.getByRole('listitem').allInnerTexts()).toEqual([
      'Puntuación invertida en Precontemplación: pregunta 7, “Veo maneras en que mi vida sería mejor con este cambio”',
      'Puntuación invertida en Contemplación: pregunta 16, “La verdad no me he puesto a pensar en serio en este cambio”',
      'Puntuación invertida en Acción: pregunta 9, “Hasta ahora, la verdad no he hecho nada al respecto”',
      'Puntuación invertida en Mantenimiento: pregunta 14, “Todavía no he hecho este cambio, así que…”',
    ]);
    await page.locator('.sq-clin-section', { has: flags }).screenshot({ path: 'test-results/screenshots/clinician-intake-es-320-flags.png' });
    expect(await noSidewaysScroll(page)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    // The longest summary (Spanish intake) still prints on one page.
    await expectOnePrintedPage(page, 'clinician-intake-es');
    expect(problems).toEqual([]);
  });
});
