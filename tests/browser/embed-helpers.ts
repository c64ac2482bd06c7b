import type { Locator, Page } from 'playwright-core';

/** What a host page's example script (examples/host-log.js) recorded. */
export interface LogEntry {
  type: string;
  target: string;
  detail: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export const BUTTONS = {
  en: { start: 'Start', next: 'Next', result: 'See my result', back: 'Back' },
  es: { start: 'Empezar', next: 'Siguiente', result: 'Ver mi resultado', back: 'Atrás' },
} as const;

/** Reads window.stagesQuizLog from examples/host-log.js. */
export function hostLog(page: Page): Promise<LogEntry[]> {
  return page.evaluate(() => (window as unknown as { stagesQuizLog: LogEntry[] }).stagesQuizLog);
}

/**
 * Answers the built-in `quick` questionnaire in `scope` (a widget, or a frame): the change, the
 * stage option `stage` (its value), importance 7, confidence 4. Buttons by their visible names.
 */
export async function answerQuick(
  scope: Pick<Locator, 'getByRole' | 'locator'>,
  stage: string,
  lang: 'en' | 'es' = 'en',
  { finish = true } = {},
): Promise<void> {
  const b = BUTTONS[lang];
  await scope.getByRole('button', { name: b.start, exact: true }).click();
  await scope.locator('input[value="moving-more"]').check();
  await scope.getByRole('button', { name: b.next, exact: true }).click();
  await scope.locator(`input[value="${stage}"]`).check();
  await scope.getByRole('button', { name: b.next, exact: true }).click();
  if (stage.startsWith('doing')) {
    await scope.locator('input[value="steady"]').check();
    await scope.getByRole('button', { name: b.next, exact: true }).click();
  }
  await scope.locator('input[value="7"]').check();
  await scope.getByRole('button', { name: b.next, exact: true }).click();
  await scope.locator('input[value="4"]').check();
  if (finish) await scope.getByRole('button', { name: b.result, exact: true }).click();
}

/** Computed values of `props` for the first element matching `selector` inside `host`'s shadow root. */
export function shadowStyles(page: Page, host: string, selector: string, props: readonly string[]): Promise<Record<string, string>> {
  return page.evaluate(
    ([host, selector, props]) => {
      const el = document.querySelector(host)?.shadowRoot?.querySelector(selector);
      if (!el) throw new Error(`${selector} not found in ${host}`);
      const style = getComputedStyle(el);
      return Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)]));
    },
    [host, selector, props] as const,
  );
}
