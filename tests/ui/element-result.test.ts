// The element's side of issue 9: the practice-name attribute reaches the call to action (and
// follows a change), and typed words never reach the host's complete event.
import { fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import '../../src/embed/element-entry';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

function mount(attributes: Record<string, string>): HTMLElement {
  const el = document.createElement('stages-quiz');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.append(el);
  return el;
}

const button = (el: HTMLElement, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement;

const BUTTONS = { en: ['Start', 'Next', 'See my result'], es: ['Empezar', 'Siguiente', 'Ver mi resultado'] } as const;

/** To the result (preparation), "Something else: my sleep" as the change unless `lang` is Spanish (then skipped). */
async function toResult(el: HTMLElement, lang: 'en' | 'es' = 'en'): Promise<void> {
  const [start, next, result] = BUTTONS[lang];
  await waitFor(() => expect(button(el, start)).toBeTruthy());
  fireEvent.click(button(el, start));
  if (lang === 'en') {
    fireEvent.click(el.shadowRoot!.querySelector('input[value="something-else"]')!);
    fireEvent.input(el.shadowRoot!.querySelector('input[type="text"]')!, { target: { value: 'my sleep' } });
  }
  fireEvent.click(button(el, next));
  fireEvent.click(el.shadowRoot!.querySelector('input[value="within-30-days"]')!);
  fireEvent.click(button(el, next));
  fireEvent.click(button(el, next));
  fireEvent.click(button(el, result));
  await waitFor(() => expect(el.shadowRoot!.querySelector('.sq-result')).not.toBeNull());
}

it('practice-name names the practice on the call to action, and a change of it follows', async () => {
  const el = mount({ lang: 'en', 'cta-href': 'https://example.org/book', 'practice-name': 'Calm Waters' });
  await toResult(el);
  const intro = () => [...el.shadowRoot!.querySelectorAll('.sq-cta-text')].map((p) => p.textContent);
  expect(intro()).toEqual(["If you'd like to talk it through with someone, Calm Waters is here to listen.", "If you'd like to talk it through with someone, Calm Waters is here to listen."]);
  el.setAttribute('practice-name', 'Bright Path');
  await waitFor(() => expect(intro()[0]).toBe("If you'd like to talk it through with someone, Bright Path is here to listen."));
  // The result stays on screen through the change.
  expect(el.shadowRoot!.querySelector('.sq-reflection')!.textContent).toMatch(/^When it comes to “my sleep”/);
});

it('a bilingual practice: cta-label-es and crisis-es reach a Spanish reader, without a warning about unknown attributes', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const el = mount({
    lang: 'es',
    'cta-href': 'https://example.org/book',
    'cta-label': 'Book a call',
    'cta-label-es': 'Agenda una llamada',
    crisis: 'If you are in danger, call 911.',
    'crisis-es': 'Si estás en peligro, llama al 911.',
  });
  await toResult(el, 'es');
  const labels = [...el.shadowRoot!.querySelectorAll('[part~="cta-link"]')].map((a) => a.textContent);
  expect(labels).toEqual(['Agenda una llamada', 'Agenda una llamada']);
  expect(el.shadowRoot!.textContent).toContain('Si estás en peligro, llama al 911.');
  expect(el.shadowRoot!.textContent).not.toContain('call 911');
  expect(warn).not.toHaveBeenCalled();
});

it('a practice-name over 80 characters is a friendly message and an error event naming it', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  const events: CustomEvent[] = [];
  document.addEventListener('stages-quiz:error', (e) => events.push(e as CustomEvent), { once: true });
  const el = mount({ 'practice-name': 'x'.repeat(81) });
  await waitFor(() => expect(events).toHaveLength(1));
  expect(events[0]!.detail.problems).toEqual([{ path: 'practice-name', message: 'practice-name must be at most 80 characters (got 81)' }]);
  expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).not.toContain('practice-name');
});

it('the words a person types are never in the complete event', async () => {
  const details: unknown[] = [];
  document.addEventListener('stages-quiz:complete', (e) => details.push((e as CustomEvent).detail));
  const el = mount({ lang: 'en' });
  await toResult(el);
  await waitFor(() => expect(details).toHaveLength(1));
  expect(JSON.stringify(details[0])).not.toContain('my sleep');
  expect((details[0] as { answers: unknown }).answers).toEqual({ change: 'something-else', stage: 'within-30-days' });
});
