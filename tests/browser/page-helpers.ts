// Helpers shared by the browser tests: one Chromium per test file, the standalone page opened with
// its problems recorded, focus and keyboard steps as a person takes them, and the built-in
// questionnaires read as JSON.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { launch } from './chromium';

/**
 * Launches Chromium before the calling test file's tests and closes it after them. Call it at the
 * top level of a test file; the returned function gives the browser inside tests.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not launched yet: call it inside a test or hook');
    return browser;
  };
}

/**
 * Opens the standalone page (`baseUrl` + `/` + `query`) in a fresh context at `width` × 900,
 * reduced motion, en-US, and records as `problems` every console error, failed response (4xx/5xx)
 * and uncaught page error, which a test then expects to be empty.
 */
export async function openStandalone(
  browser: Browser,
  query: string,
  width = 1280,
): Promise<{ page: Page; context: BrowserContext; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, reducedMotion: 'reduce', locale: 'en-US' });
  const page = await context.newPage();
  const problems: string[] = [];
  // Failed requests are recorded by URL below; the browser's own favicon probe is not the page's.
  page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && problems.push(m.text()));
  // An absent settings.json (the practice's optional defaults) answers 404: the usual case, not a fault.
  page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && !r.url().endsWith('/settings.json') && problems.push(`${r.status()} ${r.url()}`));
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(`${inject('baseUrl')}/${query}`);
  return { page, context, problems };
}

/** Records the text of every console.error the page logs from now on. */
export function recordConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return errors;
}

/**
 * The focused element, looking through open shadow roots (the custom element's): tag name, trimmed
 * text and (for inputs) type.
 */
export const focused = (page: Page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return { tag: el?.tagName ?? '', text: el?.textContent?.trim() ?? '', type: (el as HTMLInputElement | null)?.type ?? '' };
  });

/** Presses Tab (at most 25 times) until the focused element's text is `name`, as a person tabbing to a button. */
export async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).text === name) return;
  }
  throw new Error(`never reached "${name}" with Tab`);
}

/** Waits for the level-2 heading `name` and expects focus to have moved onto it. */
export async function expectHeadingFocused(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { level: 2, name }).waitFor();
  await expect.poll(() => focused(page), { timeout: 2000 }).toMatchObject({ tag: 'H2', text: name });
}

/** Whether the page fits its viewport's width (nothing scrolls sideways). */
export const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => {
    const s = document.scrollingElement!;
    return s.scrollWidth <= s.clientWidth;
  });

export interface JsonOption {
  value: string | number;
  label: Record<string, string>;
}
export interface JsonItem {
  id: string;
  type: 'choice' | 'agreement' | 'ruler';
  required: boolean;
  text: Record<string, string>;
  options?: JsonOption[];
  showIf?: unknown;
}
/** The parts of a questionnaire's JSON the keyboard walks read. */
export interface JsonQuestionnaire {
  items: JsonItem[];
  responseSets?: Record<string, { options: JsonOption[] }>;
}

/** A built-in questionnaire (questionnaire/`id`.json) as plain JSON. */
export const loadQuestionnaire = (id: string) => JSON.parse(readFileSync(`questionnaire/${id}.json`, 'utf8')) as JsonQuestionnaire;

/**
 * Answers `item` with `value` by keyboard alone: Tab into its radio group (expecting a radio to take
 * focus), Space, ArrowRight to the option, then expects the radio with that option's label checked.
 * Rulers are 0–10; other items use their own options or the `agree5` set.
 */
export async function chooseByKeyboard(
  page: Page,
  q: JsonQuestionnaire,
  item: JsonItem,
  lang: string,
  value: string | number,
): Promise<void> {
  const options: JsonOption[] =
    item.type === 'ruler'
      ? Array.from({ length: 11 }, (_, n) => ({ value: n, label: { [lang]: String(n) } }))
      : (item.options ?? q.responseSets!['agree5']!.options);
  const target = options.findIndex((o) => o.value === value);
  expect(target).toBeGreaterThanOrEqual(0);
  await page.keyboard.press('Tab');
  expect((await focused(page)).type).toBe('radio');
  await page.keyboard.press('Space');
  for (let n = 0; n < target; n++) await page.keyboard.press('ArrowRight');
  expect(await page.getByRole('radio', { name: options[target]!.label[lang]!, exact: true }).isChecked()).toBe(true);
}
