// Clinician mode's PIN, lock and history in real Chromium under the strict CSP (run `npm run build`
// first): a full intake with a PIN by keyboard in English and Spanish, the printed summary on one
// Letter and one A4 page with no overlapping text boxes and body text of at least 9 pt, earlier
// visits loaded through the file input (chart and "since the last visit" matching hand-computed
// values, history on a clearly headed second page), inactivity locking the summary out of the DOM,
// and nothing left after clear-minutes (DOM, storage, clipboard, object URLs). axe on every new
// screen; screenshots in test-results/screenshots.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { axeViolations, screenshot } from './chromium';
import { chooseByKeyboard, expectHeadingFocused, focused, loadQuestionnaire, tabTo, useBrowser, type JsonQuestionnaire } from './page-helpers';

const intake = loadQuestionnaire('intake');
const flagMessage = (id: string, lang: 'en' | 'es'): string =>
  (intake as unknown as { flags: { id: string; message: Record<string, string> }[] }).flags.find((f) => f.id === id)!.message[lang]!;
const browser = useBrowser();

/** Opens the standalone page with the clipboard allowed and every object URL tracked (created, revoked). */
async function open(query: string, width = 1280): Promise<{ page: Page; context: BrowserContext; problems: string[] }> {
  const context = await browser().newContext({ viewport: { width, height: 900 }, reducedMotion: 'reduce', locale: 'en-US', timezoneId: 'America/Los_Angeles' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: inject('baseUrl') });
  await context.addInitScript(() => {
    const live = new Set<string>();
    const create = URL.createObjectURL.bind(URL);
    const revoke = URL.revokeObjectURL.bind(URL);
    URL.createObjectURL = (obj: Blob | MediaSource) => {
      const url = create(obj);
      live.add(url);
      return url;
    };
    URL.revokeObjectURL = (url: string) => {
      live.delete(url);
      revoke(url);
    };
    (window as unknown as { liveObjectUrls: () => number }).liveObjectUrls = () => live.size;
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(`${inject('baseUrl')}/${query}`);
  return { page, context, problems };
}

const expectNoAxeViolations = async (page: Page) => expect(await axeViolations(page)).toEqual([]);

const UI = {
  en: {
    start: 'Start an intake',
    handoff: 'Please hand the device to your client',
    begin: 'Begin',
    next: 'Next',
    result: 'Next', // the client's last question: they see no result, the exercise follows
    stop: 'Stop here',
    handback: 'Thank you. Please hand the device back to your clinician.',
    pin: 'Clinician PIN',
    unlock: 'Show the summary',
    wrong: 'That PIN is not right. 4 tries left before this session is cleared.',
    summary: 'Intake summary',
    flags: 'Flags',
    nextClient: 'Next client',
    confirmNext: 'Clear it and start the next client',
    locked: 'Summary locked',
    files: 'Earlier visits (files)',
  },
  es: {
    start: 'Comenzar una evaluación inicial',
    handoff: 'Por favor, dale el dispositivo a tu cliente',
    begin: 'Empezar',
    next: 'Siguiente',
    result: 'Siguiente',
    stop: 'Parar aquí',
    handback: 'Gracias. Por favor, devuélvele el dispositivo a tu terapeuta.',
    pin: 'PIN del profesional',
    unlock: 'Ver el resumen',
    wrong: 'Ese PIN no es correcto. Quedan 4 intentos antes de que se borre esta sesión.',
    summary: 'Resumen de la evaluación inicial',
    flags: 'Avisos',
    nextClient: 'Siguiente cliente',
    confirmNext: 'Borrarlo y pasar al siguiente cliente',
    locked: 'Resumen bloqueado',
    files: 'Visitas anteriores (archivos)',
  },
} as const;

/** Start screen (reference and PIN typed), hand-over, every question by keyboard, hand-back, a wrong PIN, then the right one. */
async function intakeWithPin(page: Page, q: JsonQuestionnaire, lang: 'en' | 'es', reference: string, pin: string, choose: Record<string, string | number>, shots: string) {
  const ui = UI[lang];
  await page.getByRole('heading', { level: 2, name: ui.start }).waitFor();
  for (let i = 0; i < 10 && (await focused(page)).tag !== 'INPUT'; i++) await page.keyboard.press('Tab');
  await page.keyboard.type(reference);
  for (let i = 0; i < 5 && (await focused(page)).type !== 'password'; i++) await page.keyboard.press('Tab');
  expect((await focused(page)).type).toBe('password');
  await page.keyboard.type(pin);
  await expectNoAxeViolations(page);
  await screenshot(page, `${shots}-start`);
  await page.keyboard.press('Enter');
  await expectHeadingFocused(page, ui.handoff);
  await tabTo(page, ui.begin);
  await page.keyboard.press('Enter');
  const asked = q.items.filter((item) => !item.showIf || Object.hasOwn(choose, item.id));
  for (const [index, item] of asked.entries()) {
    await expectHeadingFocused(page, item.text[lang]!);
    const value = choose[item.id];
    if (value !== undefined) await chooseByKeyboard(page, q, item, lang, value);
    await tabTo(page, index === asked.length - 1 ? ui.result : ui.next);
    await page.keyboard.press('Enter');
  }
  // The next-step exercise (issue 10) follows the questions; the client stops it at once here.
  await tabTo(page, ui.stop);
  await page.keyboard.press('Enter');
  await expectHeadingFocused(page, ui.handback);
  // No reveal button for the client: only the PIN field.
  expect(await page.getByRole('button', { name: /summary|resumen/i }).count()).toBe(1);
  expect(await page.locator('.sq').innerText()).not.toContain(reference);
  await expectNoAxeViolations(page);
  await screenshot(page, `${shots}-handback-pin`);
  for (let i = 0; i < 5 && (await focused(page)).type !== 'password'; i++) await page.keyboard.press('Tab');
  await page.keyboard.type('0000');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByRole('alert').filter({ hasText: ui.wrong }).count()).toBe(1);
  expect((await focused(page)).type).toBe('password');
  await expectNoAxeViolations(page);
  await page.keyboard.type(pin);
  await page.keyboard.press('Enter');
  await expectHeadingFocused(page, ui.summary);
}

function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

async function printedPages(page: Page, name: string): Promise<Record<'Letter' | 'A4', number>> {
  mkdirSync('test-results/pdf', { recursive: true });
  const out = { Letter: 0, A4: 0 };
  for (const format of ['Letter', 'A4'] as const) {
    const pdf = await page.pdf({ format, margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' } });
    writeFileSync(`test-results/pdf/${name}-${format}.pdf`, pdf);
    out[format] = pdfPageCount(pdf);
  }
  return out;
}

/**
 * Lays the summary out as printed (print media, the printable width of Letter with 10 mm margins)
 * and returns every pair of text boxes that overlap by more than a pixel each way, and every text
 * smaller than 9 pt (12 px).
 */
async function printedLayoutProblems(page: Page, summary: Locator): Promise<{ overlaps: string[]; small: string[] }> {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 740, height: 1000 });
  const found = await summary.evaluate((root) => {
    const boxes: { node: number; text: string; l: number; t: number; r: number; b: number }[] = [];
    const small: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let index = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode(), index++) {
      const text = n.textContent?.trim() ?? '';
      const parent = n.parentElement!;
      if (!text || parent.closest('svg')) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      if (rects.length === 0) continue; // not printed
      if (parseFloat(getComputedStyle(parent).fontSize) < 11.99) small.push(`${text.slice(0, 30)} (${getComputedStyle(parent).fontSize})`);
      for (const r of rects) boxes.push({ node: index, text: text.slice(0, 30), l: r.left, t: r.top, r: r.right, b: r.bottom });
    }
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.node === b.node) continue;
        const w = Math.min(a.r, b.r) - Math.max(a.l, b.l);
        const h = Math.min(a.b, b.b) - Math.max(a.t, b.t);
        if (w > 1 && h > 1) overlaps.push(`"${a.text}" × "${b.text}"`);
      }
    }
    return { overlaps, small };
  });
  await screenshot(page, `${await page.evaluate(() => document.documentElement.lang || 'page')}-print-layout`);
  // null, not 'screen': page.pdf() prints with screen styles after an explicit 'screen'.
  await page.emulateMedia({ media: null });
  await page.setViewportSize({ width: 1280, height: 900 });
  return found;
}

const AGREE = intake.items.filter((i) => i.type === 'agreement').map((i) => i.id);
const all = (v: number) => Object.fromEntries(AGREE.map((id) => [id, v]));

/** A JSON download as the summary writes it, with the result computed by hand (see each visit). */
function visitFile(name: string, completedAt: string, stage: string, scores: Record<string, number>, ref = 'P-900'): { name: string; mimeType: string; buffer: Buffer } {
  const data = {
    questionnaire: { id: 'intake', version: '1.0.0', url: 'https://stages-quiz.dev/questionnaire/intake' },
    lang: 'en',
    completedAt,
    clientReference: ref,
    answers: {},
    result: { status: 'complete', stage, questionnaire: { id: 'intake', version: '1.0.0' }, scores: Object.entries(scores).map(([id, value]) => ({ id, value })) },
  };
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) };
}

// Three earlier visits: readiness = C + A + M − PC, by hand.
const VISITS = [
  // 3.2 + 3 + 3 − 2.8 = 6.4
  visitFile('visit-1.json', '2026-03-03T18:00:00.000Z', 'contemplation', { precontemplation: 2.8, contemplation: 3.2, action: 3, maintenance: 3, readiness: 6.4 }),
  // 3.6 × 3 − 2.6 = 8.2
  visitFile('visit-2.json', '2026-04-07T18:00:00.000Z', 'preparation', { precontemplation: 2.6, contemplation: 3.6, action: 3.6, maintenance: 3.6, readiness: 8.2 }),
  // 4.2 × 3 − 1 = 11.6
  visitFile('visit-3.json', '2026-05-05T18:00:00.000Z', 'action', { precontemplation: 1, contemplation: 4.2, action: 4.2, maintenance: 4.2, readiness: 11.6 }),
];

describe('a full intake with a PIN, by keyboard', () => {
  test('English: PIN at the hand-back, flags first, one printed page with no overlaps, earlier visits on a second page, Next client asks', async () => {
    const { page, problems } = await open('?mode=clinician&questionnaire=intake&lang=en');
    // "Already started" with the Action statements mostly disagreed: a-1 1, a-2 2, a-3 5 (→ 1), a-4 3, a-5 2 → Action 1.8.
    const choose = { change: 'drinking', stage: 'doing-under-6-months', ...all(4), 'a-1': 1, 'a-2': 2, 'a-3': 5, 'a-4': 3, 'a-5': 2, 'pc-1': 2 };
    await intakeWithPin(page, intake, 'en', 'P-900', '482913', choose, 'clinician-pin-en');
    const summary = page.locator('.sq-clin-summary');
    const flags = summary.getByRole('list', { name: UI.en.flags }).getByRole('listitem');
    // pc-2 = 4: "here because someone else wanted me to come" agreed, too.
    expect(await flags.allInnerTexts()).toEqual([
      `Worth asking about: ${flagMessage('doing-it-few-steps', 'en')}`,
      `Worth asking about: ${flagMessage('someone-else-wanted', 'en')}`,
    ]);
    expect(await summary.getByRole('list', { name: 'How it was scored' }).getByRole('listitem').count()).toBe(4);
    expect(await summary.getByText('English', { exact: true }).count()).toBe(1);
    await expectNoAxeViolations(page);
    await screenshot(page, 'clinician-pin-en-summary');

    expect(await printedPages(page, 'clinician-pin-en')).toEqual({ Letter: 1, A4: 1 });
    expect(await printedLayoutProblems(page, summary)).toEqual({ overlaps: [], small: [] });

    // Three earlier visits through the file input; this intake is the fourth.
    // This visit: PC (2 + 4 + (6 − 4) + 4 + 4) / 5 = 3.2; C = M = (4 + 4 + 2 + 4 + 4) / 5 = 3.6; A = 1.8;
    // readiness = 3.6 + 1.8 + 3.6 − 3.2 = 5.8. Since the last visit: 11.6 → 5.8, action → action.
    await page.getByLabel(UI.en.files).setInputFiles(VISITS);
    await page.getByText('3 earlier visits loaded.').waitFor();
    expect(await page.locator('.sq-clin-since').innerText()).toBe('Since the last visit (May 5, 2026): Readiness (C + A + M − PC) 11.6 → 5.8; stage action, as before.');
    expect(await page.getByRole('img', { name: 'Readiness (C + A + M − PC) at each visit: 6.4, 8.2, 11.6, 5.8' }).count()).toBe(1);
    expect(await page.getByRole('img', { name: 'Stage of change at each visit: Contemplation, Preparation, Action, Action' }).count()).toBe(1);
    expect(await page.getByRole('table', { name: 'The visits in numbers' }).getByRole('row').count()).toBe(5);
    await expectNoAxeViolations(page);
    await page.locator('.sq-clin-history').screenshot({ path: 'test-results/screenshots/clinician-history-en.png' });
    // On paper: the summary's page, then the visits on a page of their own.
    expect(await printedPages(page, 'clinician-pin-en-history')).toEqual({ Letter: 2, A4: 2 });

    await tabTo(page, UI.en.nextClient);
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('alertdialog', { name: 'Clear this intake?' });
    await confirm.waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'clinician-next-confirm-en');
    await confirm.getByRole('button', { name: UI.en.confirmNext }).click();
    await expectHeadingFocused(page, UI.en.start);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toContain('P-900');
    expect(problems).toEqual([]);
  });

  test('Spanish: the same, and the record keeps Spanish when the summary is read in English', async () => {
    const { page, problems } = await open('?mode=clinician&questionnaire=intake&lang=es');
    const choose = { change: 'eating', stage: 'not-in-6-months', ...all(4), 'pc-2': 2, 'c-1': 5 };
    // Action = (4 + 4 + (6 − 4) + 4 + 4) / 5 = 3.6 ≥ 3.5 with "not in the next 6 months": flagged.
    await intakeWithPin(page, intake, 'es', 'Q-12', '5555', choose, 'clinician-pin-es');
    const summary = page.locator('.sq-clin-summary');
    expect(await summary.getByRole('list', { name: UI.es.flags }).getByRole('listitem').allInnerTexts()).toEqual([
      `Para conversar: ${flagMessage('not-yet-many-steps', 'es')}`,
    ]);
    expect(await summary.getByText('español', { exact: true }).count()).toBe(1);
    await expectNoAxeViolations(page);
    await screenshot(page, 'clinician-pin-es-summary');
    expect(await printedPages(page, 'clinician-pin-es')).toEqual({ Letter: 1, A4: 1 });
    expect(await printedLayoutProblems(page, summary)).toEqual({ overlaps: [], small: [] });

    // The clinician reads the summary in English; the downloads keep the client's Spanish.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: UI.en.summary }).waitFor();
    expect(await summary.getByText('Spanish', { exact: true }).count()).toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download FHIR response' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^intake-Q-12-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.questionnaire-response\.fhir\.json$/);
    const qr = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(qr.language).toBe('es');
    expect(qr.item[0].text).toBe(intake.items[0]!.text.es);
    expect(problems).toEqual([]);
  });
});

describe('earlier visits with files only', () => {
  test.each([
    ['en', 'Compare earlier visits (files only)', 'Change across visits', 'Since the last visit (Apr 7, 2026): Readiness (C + A + M − PC) 8.2 → 11.6; stage preparation → action.', 'Readiness (C + A + M − PC) at each visit: 6.4, 8.2, 11.6'],
    ['es', 'Comparar visitas anteriores (solo archivos)', 'Cambios entre visitas', 'Desde la última visita (7 abr 2026): Disposición (C + A + M − PC) 8.2 → 11.6; etapa preparación → acción.', 'Disposición (C + A + M − PC) en cada visita: 6.4, 8.2, 11.6'],
  ] as const)('%s: three files give the chart, the table and the sentence', async (lang, open_, heading, sentence, chart) => {
    const { page, problems } = await open(`?mode=clinician&questionnaire=intake&lang=${lang}`);
    await page.getByRole('button', { name: open_ }).click();
    await expectHeadingFocused(page, heading);
    await expectNoAxeViolations(page);
    // The picker's button is in the widget's language, not the browser's ("Choose Files").
    const pick = page.locator('.sq-clin-file-button');
    expect(await pick.innerText()).toBe(lang === 'en' ? 'Choose files' : 'Elegir archivos');
    expect(await page.locator('input[type="file"]').boundingBox().then((box) => (box?.width ?? 0) <= 1)).toBe(true);
    // By keyboard: the hidden input takes focus, and its button shows the ring.
    await page.locator('input[type="file"]').focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await pick.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    await page.getByLabel(UI[lang].files).setInputFiles([VISITS[2]!, VISITS[0]!, VISITS[1]!]);
    await page.locator('.sq-clin-since').waitFor();
    expect(await page.locator('.sq-clin-since').innerText()).toBe(sentence);
    expect(await page.getByRole('img', { name: chart }).count()).toBe(1);
    // The stage as a step line: three points, over five labelled levels.
    const stageChart = page.locator('.sq-clin-chart-wide svg');
    expect(await stageChart.locator('circle').count()).toBe(3);
    expect(await stageChart.locator('text').count()).toBe(5 + 3);
    await expectNoAxeViolations(page);
    await screenshot(page, `clinician-history-only-${lang}`);
    await page.setViewportSize({ width: 390, height: 900 });
    await screenshot(page, `clinician-history-only-${lang}-390`);
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= document.scrollingElement!.clientWidth)).toBe(true);
    expect(problems).toEqual([]);
  });
});

describe('earlier visits on paper', () => {
  test('files of two clients: the warning is printed with whose files they are; what was left out is not; going back forgets them', async () => {
    const { page, problems } = await open('?mode=clinician&questionnaire=intake&lang=en');
    await page.getByRole('button', { name: 'Compare earlier visits (files only)' }).click();
    const other = visitFile('other.json', '2026-06-01T18:00:00.000Z', 'action', { readiness: 9 }, 'Q-1');
    await page.getByLabel(UI.en.files).setInputFiles([VISITS[0]!, other, { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('x') }]);
    const warning = page.getByText('These files name different clients (P-900, Q-1). Check that they all belong to one person.');
    const leftOut = page.getByText('“notes.txt” could not be read as JSON; it was left out.');
    const loaded = page.getByText('2 earlier visits loaded.');
    const printLine = page.getByText(/^Client: P-900, Q-1 · printed [A-Z][a-z]{2} \d{1,2}, \d{4}$/);
    await warning.waitFor();
    expect([await leftOut.isVisible(), await loaded.isVisible(), await printLine.isVisible()]).toEqual([true, true, false]);
    await page.emulateMedia({ media: 'print' });
    expect([await warning.isVisible(), await leftOut.isVisible(), await loaded.isVisible(), await printLine.isVisible()]).toEqual([true, false, false, true]);
    await page.emulateMedia({ media: null });
    await page.getByRole('button', { name: 'Forget these files and go back' }).click();
    await expectHeadingFocused(page, UI.en.start);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toContain('Q-1');
    expect(problems).toEqual([]);
  });
});

describe('inactivity with a PIN', () => {
  test('locks the summary out of the DOM, and after clear-minutes nothing remains (DOM, storage, clipboard, object URLs)', async () => {
    // The shortest allowed: 1 minute to lock, 2 minutes to the warning, then a 60 s countdown, on the page's fake clock.
    const { page, context, problems } = await open('?mode=clinician&questionnaire=quick&lang=en&idle-minutes=1&clear-minutes=2');
    await page.clock.install();
    await page.getByLabel('Client reference (optional)').fill('Lock-55');
    await page.getByLabel('Clinician PIN (optional)').fill('2468');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('radio', { name: /I've already started/ }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Next' }).click(); // the last question: the exercise follows
    await page.getByRole('button', { name: UI.en.stop, exact: true }).click();
    await page.getByLabel(UI.en.pin).fill('2468');
    await page.getByRole('button', { name: UI.en.unlock }).click();
    await page.getByRole('heading', { name: UI.en.summary }).waitFor();
    await page.getByRole('button', { name: 'Copy as text' }).click();
    await page.getByText('Summary copied to the clipboard.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Client: Lock-55');
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);

    // Locked after a minute without input: the summary is not hidden but gone from the DOM.
    await page.clock.fastForward(59_000);
    expect(await page.locator('.sq-clin-summary').count()).toBe(1);
    await page.clock.fastForward(2_000);
    await page.getByRole('heading', { name: UI.en.locked }).waitFor({ timeout: 5000 });
    expect(await page.locator('.sq-clin-summary').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toContain('Lock-55');
    await expectNoAxeViolations(page);
    await screenshot(page, 'clinician-locked-en');
    await page.getByLabel(UI.en.pin).fill('2468');
    await page.getByRole('button', { name: UI.en.unlock }).click();
    expect(await page.locator('.sq-clin-summary').getByText('Lock-55').count()).toBe(1);

    // Then no input at all: locked again after a minute, warned after two, cleared after the countdown.
    await page.clock.fastForward(61_000);
    await page.getByRole('heading', { name: UI.en.locked }).waitFor({ timeout: 5000 });
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    await page.clock.fastForward(60_000);
    await page.getByRole('alertdialog', { name: 'Still there?' }).waitFor({ timeout: 5000 });
    await page.clock.runFor(61_000); // every tick of the countdown
    await page.getByRole('heading', { level: 2, name: UI.en.start }).waitFor({ timeout: 8000 });
    expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toContain('Lock-55');
    expect(await page.evaluate(() => [sessionStorage.length, localStorage.length])).toEqual([0, 0]);
    expect(await page.evaluate(() => navigator.clipboard.readText())).not.toContain('Lock-55');
    expect(await page.evaluate(() => (window as unknown as { liveObjectUrls: () => number }).liveObjectUrls())).toBe(0);
    expect((await context.cookies()).length).toBe(0);
    expect(problems).toEqual([]);
  });
});

describe('the start screen with a PIN, by mouse', () => {
  test('the exercise can be switched off after the PIN is typed; the client then finishes, and five wrong PINs say so on screen', async () => {
    const { page, context, problems } = await open('?mode=clinician&questionnaire=quick');
    await page.getByLabel('Clinician PIN (optional)').fill('2468');
    // With a PIN the idle timer watches every click; it must not put the tick back.
    const offer = page.getByRole('checkbox', { name: /short exercise in their own words/ });
    await offer.click();
    expect(await offer.isChecked()).toBe(false);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.getByRole('button', { name: 'Next' }).click(); // change: optional
    await page.locator('input[value="within-30-days"]').check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Next' }).click(); // importance: optional
    // The client sees no result, and no exercise follows: the last question finishes.
    expect(await page.getByRole('button', { name: 'See my result' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Finish', exact: true }).click();
    for (let i = 0; i < 5; i++) {
      await page.getByLabel('Clinician PIN').fill('1111');
      await page.getByRole('button', { name: 'Show the summary' }).click();
    }
    await page.getByRole('heading', { name: 'Start an intake' }).waitFor();
    expect(await page.locator('[part="clinician-notice"]').innerText()).toBe('Session cleared after five wrong PINs. Ready for the next client.');
    await screenshot(page, 'clinician-cleared-wrong-pins');
    expect(problems).toEqual([]);
    await context.close();
  });
});
