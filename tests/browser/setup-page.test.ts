// The setup page (dist/setup.html) in real Chromium: the preview follows each setting, jumps to
// every stage's result in both languages, an own questionnaire's problems point at their lines,
// a copied snippet works on a blank host page on another origin, and axe finds nothing.
// Run `npm run build` first.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { axeViolations, screenshot } from './chromium';
import { noSidewaysScroll, useBrowser } from './page-helpers';

const browser = useBrowser();
const quick = JSON.parse(readFileSync('questionnaire/quick.json', 'utf8'));

// Written out by hand (not imported) so a wrong name in the code would show.
const STAGE_NAMES = {
  en: { precontemplation: 'Precontemplation', contemplation: 'Contemplation', preparation: 'Preparation', action: 'Action', maintenance: 'Maintenance' },
  es: { precontemplation: 'Precontemplación', contemplation: 'Contemplación', preparation: 'Preparación', action: 'Acción', maintenance: 'Mantenimiento' },
} as const;
const STAGES = ['precontemplation', 'contemplation', 'preparation', 'action', 'maintenance'] as const;

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

async function openSetup(width = 1280): Promise<{ context: BrowserContext; page: Page; problems: string[]; requests: string[] }> {
  const base = inject('baseUrl');
  const context = await browser().newContext({ viewport: { width, height: 900 }, reducedMotion: 'reduce', locale: 'en-US' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  const page = await context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && problems.push(m.text()));
  page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && problems.push(`${r.status()} ${r.url()}`));
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${base}/setup.html`);
  await page.getByRole('heading', { level: 1, name: 'Set up the quiz for your website' }).waitFor();
  return { context, page, problems, requests };
}

const preview = (page: Page): Locator => page.getByRole('region', { name: 'The quiz as your visitors see it' });
const previewHeading = (page: Page) => preview(page).getByRole('heading', { level: 2 }).first().textContent();
/** The stage a result screen names (in lower case, inside its sentence of context). */
const stageNamed = (scope: Locator) => scope.locator('.sq-stage-name').textContent();
/** Picks a screen as a person does: focus on the choice, then the option. */
async function jump(page: Page, label: string): Promise<void> {
  const select = page.getByRole('combobox', { name: 'Screen' });
  await select.focus();
  await select.selectOption({ label });
}
/** Replaces the text of `area` by pasting `text`, as a person does (Ctrl+A, Ctrl+V). */
async function paste(page: Page, area: Locator, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await area.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
  await expect.poll(() => area.inputValue()).toBe(text);
}
const styleOf = (locator: Locator, property: string) => locator.evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);

describe('setup page', () => {
  test.each([1280, 390])('at %i px: only its own files, axe clean in English and Spanish, nothing scrolls sideways', async (width) => {
    const { context, page, problems, requests } = await openSetup(width);
    for (const lang of ['en', 'es'] as const) {
      if (lang === 'es') await page.getByRole('group', { name: 'Language of this page' }).getByRole('button', { name: 'Español' }).click();
      await page.getByRole('heading', { level: 1, name: lang === 'en' ? 'Set up the quiz for your website' : 'Prepara el cuestionario para tu sitio web' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(await axeViolations(page)).toEqual([]);
      expect(await noSidewaysScroll(page)).toBe(true);
      await screenshot(page, `setup-${width}-${lang}`);
    }
    const base = inject('baseUrl');
    expect(requests.every((u) => u.startsWith(`${base}/`))).toBe(true);
    expect(requests.map((u) => u.slice(base.length).replace(/-[\w-]+\.(js|css)$/, '.$1')).filter((u) => u !== '/favicon.ico').sort()).toEqual(
      ['/assets/setup.css', '/assets/setup.js', '/setup.html'].sort(),
    );
    expect(problems).toEqual([]);
    await context.close();
  });

  test('each setting changes the preview', async () => {
    const { context, page, problems } = await openSetup();
    // Language of the quiz.
    expect(await previewHeading(page)).toBe(quick.title.en);
    await page.getByRole('combobox', { name: 'Language of the quiz' }).selectOption('es');
    await expect.poll(() => previewHeading(page)).toBe(quick.title.es);
    await page.getByRole('combobox', { name: 'Language of the quiz' }).selectOption('en');
    await expect.poll(() => previewHeading(page)).toBe(quick.title.en);
    // Theme: accent, fonts, radii on the preview's own Start button and card.
    const start = preview(page).getByRole('button', { name: 'Start' });
    await page.getByLabel('Accent colour', { exact: true }).fill('#7a3e9d');
    await expect.poll(() => styleOf(start, 'background-color')).toBe('rgb(122, 62, 157)');
    await page.getByRole('combobox', { name: 'Body font' }).selectOption({ label: 'Book serif' });
    await expect.poll(() => styleOf(start, 'font-family')).toContain('Georgia');
    await page.getByRole('combobox', { name: 'Corners of the buttons' }).selectOption('0');
    await expect.poll(() => styleOf(start, 'border-top-left-radius')).toBe('0px');
    await page.getByRole('combobox', { name: 'Corners of the card and options' }).selectOption('4px');
    await expect.poll(() => styleOf(preview(page).locator('.sq-card'), 'border-top-left-radius')).toBe('4px');
    // Width.
    await page.getByRole('combobox', { name: 'Width' }).selectOption({ label: 'Phone (390 px)' });
    await expect.poll(() => preview(page).evaluate((el) => el.getBoundingClientRect().width)).toBe(390);
    await page.getByRole('combobox', { name: 'Width' }).selectOption({ label: 'Sidebar (280 px)' });
    await expect.poll(() => preview(page).evaluate((el) => el.getBoundingClientRect().width)).toBe(280);
    await page.getByRole('combobox', { name: 'Width' }).selectOption({ label: 'Full width' });
    // Call to action, on a result.
    await jump(page, 'Result: Preparation');
    await expect.poll(() => stageNamed(preview(page))).toBe('preparation');
    expect(await preview(page).getByRole('link', { name: 'Book a free call' }).count()).toBe(0);
    await page.getByRole('textbox', { name: 'Call to action: link' }).fill('https://practice.example/book');
    await page.getByRole('textbox', { name: 'Call to action: button text' }).fill('Talk with Ana');
    // The call to action comes right after the result's headline and again after the guidance.
    await expect.poll(() => preview(page).getByRole('link', { name: 'Talk with Ana' }).count()).toBe(2);
    expect(await preview(page).getByRole('link', { name: 'Talk with Ana' }).first().getAttribute('href')).toBe('https://practice.example/book');
    // The practice's name, beside the call to action.
    await page.getByRole('textbox', { name: 'Your practice’s name' }).fill('Casa Calma Counseling');
    await preview(page).locator('.sq-cta-text').getByText(/Casa Calma Counseling/).first().waitFor();
    // Crisis notice: hidden, then the practice's own.
    expect(await preview(page).getByRole('heading', { name: 'If you are in crisis' }).count()).toBe(1);
    await page.getByRole('combobox', { name: 'Crisis notice' }).selectOption({ label: 'No crisis notice' });
    await expect.poll(() => preview(page).getByRole('heading', { name: 'If you are in crisis' }).count()).toBe(0);
    await page.getByRole('combobox', { name: 'Crisis notice' }).selectOption({ label: 'Your own notice' });
    await page.getByRole('textbox', { name: 'Your own crisis notice' }).fill('Call our after-hours line');
    await page.getByRole('textbox', { name: 'Link for your own notice' }).fill('tel:+15555550100');
    await preview(page).getByText('Call our after-hours line').waitFor();
    expect(await preview(page).getByRole('link', { name: 'Call +15555550100' }).getAttribute('href')).toBe('tel:+15555550100');
    // Mode: the clinician's start screen.
    await page.getByRole('combobox', { name: 'Mode' }).selectOption('clinician');
    await preview(page).getByRole('heading', { name: 'Start an intake' }).waitFor();
    await page.getByRole('combobox', { name: 'Mode' }).selectOption('');
    // Back in self mode, on the screen chosen before.
    await expect.poll(() => stageNamed(preview(page))).toBe('preparation');
    expect(problems).toEqual([]);
    await context.close();
  });

  test.each(['en', 'es'] as const)('jumps to the introduction, a question, each stage’s result and its next step in %s, focus staying on the choice', async (lang) => {
    const { context, page, problems } = await openSetup();
    await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption(lang);
    const screenSelect = page.getByRole('combobox', { name: 'Screen' });
    for (const stage of STAGES) {
      await jump(page, `Result: ${STAGE_NAMES.en[stage]}`);
      await expect.poll(() => stageNamed(preview(page))).toBe(STAGE_NAMES[lang][stage].toLowerCase());
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('su-screen');
      if (stage === 'action') await screenshot(page, `setup-result-action-${lang}`);
    }
    // Each stage's next-step exercise (quick has one for every stage), open on its first screen,
    // which names the exercise.
    for (const stage of STAGES) {
      await jump(page, `Next step: ${STAGE_NAMES.en[stage]}`);
      await preview(page).locator('[part="root"][data-phase="next-step"]').getByText(quick.nextSteps[stage].title[lang]).first().waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('su-screen');
      if (stage === 'preparation') await screenshot(page, `setup-next-step-preparation-${lang}`);
    }
    await jump(page, 'Question 2');
    await preview(page).getByText(quick.items[1].text[lang], { exact: true }).first().waitFor();
    expect(await preview(page).getByRole('radio', { checked: true }).count()).toBe(0);
    await jump(page, 'Introduction');
    await expect.poll(() => previewHeading(page)).toBe(quick.title[lang]);
    expect(await screenSelect.isEnabled()).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('own questionnaire: each problem with its line, the cursor put on it, fixed, the preview shows it', async () => {
    const { context, page, problems } = await openSetup();
    await page.getByRole('radio', { name: 'Your own questionnaire (JSON)' }).check();
    const json = structuredClone(quick);
    json.title.en = 'Our practice check-in';
    json.items[1].text.es = '';
    json.items[3].max = 'ten';
    const text = JSON.stringify(json, null, 2);
    const lines = text.split('\n');
    const area = page.getByRole('textbox', { name: 'Questionnaire JSON' });
    await paste(page, area, text);
    await page.getByRole('heading', { name: /problems? to fix$/ }).waitFor();
    const buttons = page.getByRole('list').filter({ has: page.getByRole('button', { name: /^Line \d+/ }) }).getByRole('button');
    const names = await buttons.allTextContents();
    expect(names.length).toBeGreaterThanOrEqual(2);
    // Every problem's line holds the key its path ends with; the two made here are among them.
    const items = await page.locator('.su-problems li').allTextContents();
    for (const [n, name] of names.entries()) {
      const line = Number(/^Line (\d+)/.exec(name)![1]);
      const path = /(\S+): /.exec(items[n]!.slice(name.length).trim())![1]!;
      const key = path.split(/[.[\]]/).filter(Boolean).at(-1)!;
      if (!/^\d+$/.test(key)) expect(lines[line - 1]).toContain(`"${key}"`);
    }
    const esLine = lines.findIndex((l) => l.includes('"es": ""')) + 1;
    const maxLine = lines.findIndex((l) => l.includes('"max": "ten"')) + 1;
    expect(names).toContain(`Line ${esLine}, column 9, question 2`);
    expect(names.some((n) => n.startsWith(`Line ${maxLine}, column `) && n.endsWith('question 4'))).toBe(true);
    await page.getByRole('button', { name: `Line ${esLine}, column 9, question 2` }).click();
    const caret = await area.evaluate((el: HTMLTextAreaElement) => ({ focused: document.activeElement === el, line: el.value.slice(0, el.selectionStart).split('\n').length }));
    expect(caret).toEqual({ focused: true, line: esLine });
    await screenshot(page, 'setup-own-problems');
    // Still the built-in in the preview while the text fails.
    expect(await previewHeading(page)).toBe(quick.title.en);
    json.items[1].text.es = '¿En qué punto estás con este cambio ahora mismo?';
    json.items[3].max = 10;
    await paste(page, area, JSON.stringify(json, null, 2));
    await page.getByText('The questionnaire passes every check; the preview shows it.').waitFor();
    await expect.poll(() => previewHeading(page)).toBe('Our practice check-in');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('own questionnaire from a chosen file or a dropped one, never uploaded; problems reached by keyboard', async () => {
    const { context, page, problems, requests } = await openSetup();
    await page.getByRole('radio', { name: 'Your own questionnaire (JSON)' }).check();
    const chosen = structuredClone(quick);
    chosen.title.en = 'Chosen from a file';
    await page.getByLabel('Choose a file').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(chosen)) });
    await expect.poll(() => previewHeading(page)).toBe('Chosen from a file');
    const dropped = structuredClone(quick);
    dropped.title.en = 'Dropped on the text';
    dropped.version = 7;
    const text = JSON.stringify(dropped, null, 2);
    const area = page.getByRole('textbox', { name: 'Questionnaire JSON' });
    const transfer = await page.evaluateHandle((body) => {
      const data = new DataTransfer();
      data.items.add(new File([body], 'dropped.json', { type: 'application/json' }));
      return data;
    }, text);
    await area.dispatchEvent('drop', { dataTransfer: transfer });
    await expect.poll(() => area.inputValue()).toBe(text);
    // version 7 is a number: one problem, on its line; reached from the text by Tab, chosen by Enter.
    const versionLine = text.split('\n').findIndex((l) => l.includes('"version": 7')) + 1;
    await page.getByRole('heading', { name: '1 problem to fix' }).waitFor();
    await area.focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(`Line ${versionLine}, column 3`);
    await page.keyboard.press('Enter');
    expect(await area.evaluate((el: HTMLTextAreaElement) => ({ focused: document.activeElement === el, line: el.value.slice(0, el.selectionStart).split('\n').length }))).toEqual({
      focused: true,
      line: versionLine,
    });
    // The preview still shows the last questionnaire that passed.
    expect(await previewHeading(page)).toBe('Chosen from a file');
    const base = inject('baseUrl');
    expect(requests.filter((u) => !u.startsWith(`${base}/`))).toEqual([]);
    expect(requests.filter((u) => /\.json/.test(u))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a copied snippet works on a blank host page on another origin, as in the preview', async () => {
    const other = inject('otherUrl');
    const { context, page, problems } = await openSetup();
    // The practice hosts the files on its own site: here, the other origin.
    await page.getByRole('textbox', { name: 'Where the quiz files are hosted' }).fill(`${other}/`);
    await page.getByRole('combobox', { name: 'Language of the quiz' }).selectOption('es');
    const label = 'Agenda "ya" & </script> <b>hoy</b>';
    await page.getByRole('textbox', { name: 'Call to action: link' }).fill('https://practice.example/book?a=1&b=2');
    await page.getByRole('textbox', { name: 'Call to action: button text' }).fill(label);
    await page.getByLabel('Accent colour', { exact: true }).fill('#7a3e9d');
    const copy = async (name: string) => {
      await page.getByRole('button', { name }).click();
      await page.getByRole('status').filter({ hasText: 'Copied.' }).waitFor();
      return page.evaluate(() => navigator.clipboard.readText());
    };
    const snippet = await copy('Copy Script tag and element');
    const css = await copy('Copy Your look, for your site’s stylesheet');
    expect(css).toBe('stages-quiz {\n  --sq-accent: #7a3e9d;\n}\n');
    // The preview's result, for comparison.
    await jump(page, 'Result: Preparation');
    await expect.poll(() => stageNamed(preview(page))).toBe('preparación');
    const previewCta = preview(page).getByRole('link', { name: label }).first();
    const previewLook = { href: await previewCta.getAttribute('href'), background: await styleOf(previewCta, 'background-color') };

    const dir = `dist/setup-host-${Date.now()}`;
    made.push(dir);
    mkdirSync(dir);
    writeFileSync(`${dir}/host.css`, css);
    writeFileSync(
      `${dir}/host.js`,
      "document.addEventListener('stages-quiz:complete', (e) => { document.body.dataset.completed = e.detail.stage; });\n",
    );
    writeFileSync(
      `${dir}/index.html`,
      `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>A blank host page</title><link rel="stylesheet" href="host.css"><script src="host.js"></script></head>\n<body>\n<h1>Our practice</h1>\n${snippet}</body>\n</html>\n`,
    );
    const host = await context.newPage();
    const hostErrors: string[] = [];
    host.on('console', (m) => m.type() === 'error' && !m.location().url.endsWith('/favicon.ico') && hostErrors.push(`${m.text()} ${m.location().url}`));
    host.on('pageerror', (e) => hostErrors.push(String(e)));
    await host.goto(`${other}/${dir.slice('dist/'.length)}/index.html`);
    const quiz = host.locator('stages-quiz');
    await quiz.getByRole('heading', { level: 2, name: quick.title.es }).waitFor();
    await quiz.getByRole('button', { name: 'Empezar' }).click();
    for (let step = 0; step < 8 && (await host.locator('body').getAttribute('data-completed')) === null; step++) {
      const wanted = quiz.getByRole('radio', { name: quick.items[1].options[2].label.es });
      if ((await wanted.count()) > 0) await wanted.check();
      await quiz.locator('[part~="next"]').click();
    }
    await expect.poll(() => stageNamed(quiz)).toBe('preparación');
    expect(await host.locator('body').getAttribute('data-completed')).toBe('preparation');
    expect(await quiz.getByRole('link', { name: label }).count()).toBe(await preview(page).getByRole('link', { name: label }).count());
    const hostCta = quiz.getByRole('link', { name: label }).first();
    expect({ href: await hostCta.getAttribute('href'), background: await styleOf(hostCta, 'background-color') }).toEqual(previewLook);
    expect(previewLook).toEqual({ href: 'https://practice.example/book?a=1&b=2', background: 'rgb(122, 62, 157)' });
    // The hostile label stayed text: the host page has its one heading and no <b> of ours.
    expect(await host.locator('b').count()).toBe(0);
    await screenshot(host, 'setup-host-result');
    expect(hostErrors).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('the website script carries none of the setup page', () => {
    const script = readFileSync('dist/stages-quiz.js', 'utf8');
    for (const marker of ['Set up the quiz for your website', 'su-preview', 'jsonc', 'settings.json']) expect(script).not.toContain(marker);
  });
});

/** A folder in dist/ with copies of the standalone and frame pages (and their assets), and maybe a settings.json. */
function pagesWith(name: string, settings: string | null): string {
  const dir = `dist/settings-${name}-${Date.now()}`;
  made.push(dir);
  mkdirSync(dir);
  for (const page of ['index.html', 'frame.html']) writeFileSync(`${dir}/${page}`, readFileSync(`dist/${page}`));
  // frame.html names its assets relative to itself.
  mkdirSync(`${dir}/assets`);
  for (const file of readdirSync('dist/assets')) writeFileSync(`${dir}/assets/${file}`, readFileSync(`dist/assets/${file}`));
  if (settings !== null) writeFileSync(`${dir}/settings.json`, settings);
  return dir.slice('dist/'.length);
}

async function openPage(path: string): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser().newContext({ viewport: { width: 900, height: 900 }, reducedMotion: 'reduce', locale: 'en-US' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    // The browser's own line for the 404 of an absent settings.json is not the page's.
    if (m.text().startsWith('Failed to load resource') && m.location().url.endsWith('/settings.json')) return;
    errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${inject('baseUrl')}/${path}`);
  return { context, page, errors };
}

describe('settings.json beside the standalone and frame pages', () => {
  const good = JSON.stringify({ lang: 'es', 'cta-href': 'https://practice.example/book', 'cta-label': 'Agenda una llamada', theme: { accent: '#7a3e9d', 'button-radius': '4px' } });

  test('present: its language, call to action and theme; URL parameters win', async () => {
    const dir = pagesWith('present', good);
    const { context, page, errors } = await openPage(`${dir}/index.html`);
    await page.getByRole('heading', { level: 2, name: quick.title.es }).waitFor();
    const start = page.getByRole('button', { name: 'Empezar' });
    expect(await styleOf(start, 'background-color')).toBe('rgb(122, 62, 157)');
    expect(await styleOf(start, 'border-top-left-radius')).toBe('4px');
    await start.click();
    for (let step = 0; step < 8 && (await page.getByRole('link', { name: 'Agenda una llamada' }).count()) === 0; step++) {
      const wanted = page.getByRole('radio', { name: quick.items[1].options[0].label.es });
      if ((await wanted.count()) > 0) await wanted.check();
      await page.locator('[part~="next"]').click();
    }
    expect(await page.getByRole('link', { name: 'Agenda una llamada' }).first().getAttribute('href')).toBe('https://practice.example/book');
    await screenshot(page, 'settings-json-present');
    const english = await context.newPage();
    await english.goto(`${inject('baseUrl')}/${dir}/index.html?lang=en&cta-label=Book%20now`);
    await english.getByRole('heading', { level: 2, name: quick.title.en }).waitFor();
    expect(await styleOf(english.getByRole('button', { name: 'Start' }), 'background-color')).toBe('rgb(122, 62, 157)');
    // The frame page reads it too.
    const frame = await context.newPage();
    await frame.goto(`${inject('baseUrl')}/${dir}/frame.html`);
    await frame.getByRole('heading', { level: 2, name: quick.title.es }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the file the setup page downloads, put beside the pages, gives them its settings and look', async () => {
    const setup = await openSetup();
    await setup.page.getByRole('combobox', { name: 'Language of the quiz' }).selectOption('es');
    await setup.page.getByRole('textbox', { name: 'Call to action: link' }).fill('https://practice.example/agenda');
    await setup.page.getByLabel('Accent colour', { exact: true }).fill('#1d4f8a');
    const [download] = await Promise.all([
      setup.page.waitForEvent('download'),
      setup.page.getByRole('button', { name: 'Download settings.json' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('settings.json');
    expect(download.url()).toMatch(/^blob:/);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(text)).toEqual({ lang: 'es', 'cta-href': 'https://practice.example/agenda', theme: { accent: '#1d4f8a' } });
    expect(setup.problems).toEqual([]);
    await setup.context.close();
    const dir = pagesWith('downloaded', text);
    const { context, page, errors } = await openPage(`${dir}/index.html`);
    await page.getByRole('heading', { level: 2, name: quick.title.es }).waitFor();
    expect(await styleOf(page.getByRole('button', { name: 'Empezar' }), 'background-color')).toBe('rgb(29, 79, 138)');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('absent: the defaults, no error and nothing logged', async () => {
    const dir = pagesWith('absent', null);
    const { context, page, errors } = await openPage(`${dir}/index.html`);
    await page.getByRole('heading', { level: 2, name: quick.title.en }).waitFor();
    expect(await styleOf(page.getByRole('button', { name: 'Start' }), 'background-color')).toBe('rgb(47, 111, 106)');
    const frame = await context.newPage();
    frame.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
    await frame.goto(`${inject('baseUrl')}/${dir}/frame.html`);
    await frame.getByRole('heading', { level: 2, name: quick.title.en }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  test('broken: each bad value named (file, key, what is wrong), the rest used', async () => {
    const dir = pagesWith('broken', JSON.stringify({ lang: 'xx', 'cta-label': 'Agenda', colour: 'red', theme: { accent: '#ffff00', radius: '3px' } }));
    const { context, page, errors } = await openPage(`${dir}/index.html`);
    await page.getByRole('heading', { level: 2, name: quick.title.en }).waitFor();
    expect(await styleOf(page.getByRole('button', { name: 'Start' }), 'background-color')).toBe('rgb(47, 111, 106)');
    expect(errors).toHaveLength(3);
    expect(errors).toContain('stages-quiz: settings.json: lang must be en or es (got "xx")');
    expect(errors.filter((e) => /^stages-quiz: settings\.json: "colour" is not a setting \(one of questionnaire, lang, .*, theme\)$/.test(e))).toHaveLength(1);
    expect(errors.find((e) => e.startsWith('stages-quiz: settings.json: theme.accent #ffff00 with text #ffffff on it has a contrast of 1.07:1, below 4.5:1; try #'))).toBeDefined();
    await context.close();

    const notJson = pagesWith('not-json', '{ "lang": "es", }');
    const second = await openPage(`${notJson}/frame.html`);
    await second.page.getByRole('heading', { level: 2, name: quick.title.en }).waitFor();
    expect(second.errors).toHaveLength(1);
    expect(second.errors[0]).toMatch(/^stages-quiz: settings\.json is not valid JSON \(SyntaxError: /);
    await second.context.close();
  });
});
