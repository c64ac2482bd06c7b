import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitFor } from '@testing-library/preact';
import quick from '../../questionnaire/quick.json';
import { defineStagesQuiz } from '../../src/embed/define-element';
import '../../src/embed/element-clinician-entry';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

function mount(attributes: Record<string, string>, tag = 'stages-quiz'): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.append(el);
  return el;
}

const heading = (el: HTMLElement) => el.shadowRoot?.querySelector('h2')?.textContent ?? null;

describe('<stages-quiz> (happy-dom)', () => {
  it('renders the introduction in an open shadow root, in the language asked for', async () => {
    const el = mount({ lang: 'es' });
    await waitFor(() => expect(heading(el)).toBe(quick.title.es));
    expect(el.shadowRoot!.mode).toBe('open');
    expect(el.shadowRoot!.querySelector('style')).toBeNull();
  });

  it('a bad attribute: friendly message, a bubbling composed error event naming it, a console.error, no throw', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const events: CustomEvent[] = [];
    document.addEventListener('stages-quiz:error', (e) => events.push(e as CustomEvent), { once: true });
    const el = mount({ mode: 'admin' });
    await waitFor(() => expect(events).toHaveLength(1));
    expect(events[0]!.bubbles && events[0]!.composed).toBe(true);
    expect(events[0]!.detail.problems).toEqual([{ path: 'mode', message: expect.stringContaining('self or clinician') }]);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).toContain('can’t be shown');
    expect(logged).toHaveBeenCalled();
  });

  it('a bad value set on a quiz under way is reported and left out: the quiz stays as it was', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = mount({ lang: 'en' });
    await waitFor(() => expect(heading(el)).toBe(quick.title.en));
    const events: CustomEvent[] = [];
    document.addEventListener('stages-quiz:error', (e) => events.push(e as CustomEvent), { once: true });
    el.setAttribute('cta-href', 'javascript:alert(1)');
    await waitFor(() => expect(events).toHaveLength(1));
    expect(events[0]!.detail.problems).toEqual([{ path: 'cta-href', message: expect.stringContaining('https:, mailto: or tel:') }]);
    expect(logged.mock.calls[0]![0]).toMatch(/^stages-quiz: a value was left out; the quiz goes on as it was\.\n {2}cta-href: /);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).toBeNull();
    expect(heading(el)).toBe(quick.title.en);
    // A good value after it applies as usual.
    el.setAttribute('lang', 'es');
    el.removeAttribute('cta-href');
    await waitFor(() => expect(heading(el)).toBe(quick.title.es));
  });

  it('a misspelt attribute is named in the console (its own and global attributes are not), and the quiz works', async () => {
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = mount({ questionare: 'intake', cta_href: 'https://x.example', lang: 'en', id: 'q', class: 'c', 'data-x': '1', 'aria-label': 'Quiz' });
    await waitFor(() => expect(heading(el)).toBe(quick.title.en));
    // Moved (disconnected and connected again): not named a second time.
    document.body.prepend(el);
    expect(warned).toHaveBeenCalledTimes(1);
    expect(warned.mock.calls[0]![0]).toMatch(/^stages-quiz: not an attribute of <stages-quiz>, ignored: questionare, cta_href \(its attributes: questionnaire, lang, cta-href, /);
  });

  it('an unknown built-in id is an error, not a blank widget', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = mount({ questionnaire: 'nope' });
    await waitFor(() => expect(el.shadowRoot!.querySelector('[role="alert"]')).not.toBeNull());
  });

  it('a questionnaire object set before the element is defined is picked up on upgrade', async () => {
    const el = document.createElement('stages-quiz-late') as HTMLElement & { questionnaire?: unknown };
    el.questionnaire = { ...quick, title: { en: 'Set early', es: 'Puesto antes' } };
    el.setAttribute('lang', 'en');
    document.body.append(el);
    defineStagesQuiz('stages-quiz-late');
    await waitFor(() => expect(heading(el)).toBe('Set early'));
  });

  it('mode="clinician" opens the clinician start screen', async () => {
    const el = mount({ mode: 'clinician', questionnaire: 'intake' });
    await waitFor(() => expect(el.shadowRoot!.querySelector('[part~="clinician-start"]')).not.toBeNull());
  });

  it('defining twice returns the first definition and throws nothing', () => {
    const first = customElements.get('stages-quiz');
    expect(defineStagesQuiz()).toBe(first);
  });
});
