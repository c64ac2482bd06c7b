// The website build's element (dist/stages-quiz.js): defined without clinician mode. Asked for it,
// it shows a short friendly message in the page's language, fires stages-quiz:error naming `mode`,
// logs, and never throws; the same page can still run self mode.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitFor } from '@testing-library/preact';
import quick from '../../questionnaire/quick.json';
import { defineStagesQuiz } from '../../src/embed/define-element';
import { clinicianFeature } from '../../src/embed/clinician-feature';

// What src/embed/script-entry.ts does, under a tag name of its own.
defineStagesQuiz('sq-website');
defineStagesQuiz({ name: 'sq-clinic', clinician: clinicianFeature });

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

function mount(tag: string, attributes: Record<string, string>): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.append(el);
  return el;
}

const alertText = (el: HTMLElement) => el.shadowRoot?.querySelector('[role="alert"]')?.textContent ?? null;

describe('<stages-quiz> from the website script (no clinician mode)', () => {
  it.each([
    ['en', 'Clinician mode isn’t available on this page.', 'stages-quiz-clinician.js'],
    ['es', 'El modo para profesionales no está disponible en esta página.', 'stages-quiz-clinician.js'],
  ])('mode="clinician", lang=%s: friendly message, error event naming mode, console.error, no throw', async (lang, title, script) => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const events: CustomEvent[] = [];
    const listener = (e: Event) => events.push(e as CustomEvent);
    document.addEventListener('stages-quiz:error', listener);
    const el = mount('sq-website', { mode: 'clinician', questionnaire: 'intake', lang });
    await waitFor(() => expect(events).toHaveLength(1));
    document.removeEventListener('stages-quiz:error', listener);
    expect(events[0]!.bubbles && events[0]!.composed).toBe(true);
    expect(events[0]!.detail.problems).toEqual([{ path: 'mode', message: expect.stringContaining('stages-quiz-clinician.js') }]);
    const text = alertText(el)!;
    expect(text).toContain(title);
    expect(text).toContain(script);
    expect(el.shadowRoot!.querySelector('[part~="clinician-start"]')).toBeNull();
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('stages-quiz-clinician.js'), expect.anything());
  });

  it('switching mode back to self shows the quiz', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = mount('sq-website', { mode: 'clinician', lang: 'en' });
    await waitFor(() => expect(alertText(el)).not.toBeNull());
    el.setAttribute('mode', 'self');
    await waitFor(() => expect(el.shadowRoot!.querySelector('h2')?.textContent).toBe(quick.title.en));
    expect(alertText(el)).toBeNull();
  });

  it('self mode adopts the embed and widget sheets only; the clinic definition adds the clinician sheet', async () => {
    const site = mount('sq-website', { lang: 'en' });
    const clinic = mount('sq-clinic', { lang: 'en', mode: 'clinician' });
    expect(site.shadowRoot!.adoptedStyleSheets).toHaveLength(2);
    expect(clinic.shadowRoot!.adoptedStyleSheets).toHaveLength(3);
    await waitFor(() => expect(clinic.shadowRoot!.querySelector('[part~="clinician-start"]')).not.toBeNull());
  });
});
