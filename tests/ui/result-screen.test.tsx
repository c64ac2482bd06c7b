import { render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { ErrorNotice } from '../../src/ui/ErrorNotice';
import type { QuizWidgetProps } from '../../src/ui/quiz-widget-props';
import { QuizWidget } from '../../src/ui/QuizWidget';
import { choose, press, quick } from './fixtures';

/** Renders the widget and walks to the result (contemplation), skipping every optional question. */
function toResult(props: Partial<QuizWidgetProps> = {}) {
  render(<QuizWidget questionnaire={quick} lang="en" {...props} />);
  const es = props.lang === 'es';
  press(es ? 'Empezar' : 'Start');
  press(es ? 'Siguiente' : 'Next');
  const stage = quick.items.find((i) => i.id === 'stage');
  const option = stage?.type === 'choice' ? stage.options.find((o) => o.value === 'within-6-months') : undefined;
  choose(option!.label[es ? 'es' : 'en']!);
  press(es ? 'Siguiente' : 'Next');
  press(es ? 'Siguiente' : 'Next');
  press(es ? 'Ver mi resultado' : 'See my result');
}

const link = (name: string | RegExp) => screen.queryByRole('link', { name });

describe('call to action', () => {
  test.each<[string, Partial<QuizWidgetProps>, string | null, string | null]>([
    ['none without an href', {}, null, null],
    ['the default label', { ctaHref: 'https://example.org/book' }, 'Book a free call', 'https://example.org/book'],
    ['a custom label', { ctaHref: 'https://example.org/book', ctaLabel: 'Talk to us' }, 'Talk to us', 'https://example.org/book'],
    ['a blank label falls back to the default', { ctaHref: 'tel:+13105550100', ctaLabel: '  ' }, 'Book a free call', 'tel:+13105550100'],
    ['the Spanish default', { ctaHref: 'https://example.org/book', lang: 'es' }, 'Agenda una llamada gratis', 'https://example.org/book'],
    ['never a javascript: link', { ctaHref: 'javascript:alert(1)' }, null, null],
    ['never a data: link', { ctaHref: 'data:text/html,hi' }, null, null],
  ])('%s', (_, props, label, href) => {
    toResult(props);
    const cta = document.querySelectorAll('[part="cta"]');
    if (label === null) {
      expect(cta).toHaveLength(0);
    } else {
      // Right after the reflection, and again at the end.
      expect(cta).toHaveLength(2);
      expect(screen.getAllByRole('link', { name: label }).map((a) => a.getAttribute('href'))).toEqual([href, href]);
    }
  });
});

describe("a bilingual practice's own words follow the person's language", () => {
  test('the call to action and the crisis notice, in English and after a switch to Spanish', async () => {
    toResult({
      ctaHref: 'https://example.org/book',
      ctaLabel: 'Book a call with us',
      ctaLabels: { es: 'Agenda una llamada con nosotros' },
      crisis: { kind: 'custom', text: 'If you are in danger, call 911.', texts: { es: 'Si estás en peligro, llama al 911.' }, href: 'tel:911' },
    });
    expect(screen.getAllByRole('link', { name: 'Book a call with us' })).toHaveLength(2);
    expect(screen.getByText('If you are in danger, call 911.')).toBeTruthy();
    press('Español');
    await waitFor(() => expect(screen.getAllByRole('link', { name: 'Agenda una llamada con nosotros' })).toHaveLength(2));
    expect(screen.getByText('Si estás en peligro, llama al 911.')).toBeTruthy();
    expect(document.body.textContent).not.toContain('Book a call with us');
    expect(document.body.textContent).not.toContain('call 911');
  });

  test('a notice for Spanish readers alone: English readers keep the 988 Lifeline', async () => {
    toResult({ crisis: { kind: 'default', texts: { es: 'Llama a nuestra línea: 555-0100.' }, href: 'tel:5550100' } });
    expect(link('Call 988')?.getAttribute('href')).toBe('tel:988');
    press('Español');
    await waitFor(() => expect(screen.getByText('Llama a nuestra línea: 555-0100.')).toBeTruthy());
    expect(link('Llamar al 988')).toBeNull();
    expect(link(/5550100/)?.getAttribute('href')).toBe('tel:5550100');
  });
});

describe('crisis notice', () => {
  test('by default: the 988 Lifeline, call or text', () => {
    toResult();
    expect(screen.getByRole('heading', { name: 'If you are in crisis' })).toBeTruthy();
    expect(screen.getByText(/988, the Suicide & Crisis Lifeline/)).toBeTruthy();
    expect(link('Call 988')?.getAttribute('href')).toBe('tel:988');
    expect(link('Text 988')?.getAttribute('href')).toBe('sms:988');
  });

  test('in Spanish', () => {
    toResult({ lang: 'es' });
    expect(screen.getByRole('heading', { name: 'Si estás en crisis' })).toBeTruthy();
    expect(link('Llamar al 988')?.getAttribute('href')).toBe('tel:988');
    expect(link('Mandar un texto al 988')?.getAttribute('href')).toBe('sms:988');
  });

  test('hidden', () => {
    toResult({ crisis: { kind: 'hidden' } });
    expect(screen.queryByRole('heading', { name: 'If you are in crisis' })).toBeNull();
    expect(link(/988/)).toBeNull();
  });

  test('custom text and a tel: link', () => {
    toResult({ crisis: { kind: 'custom', text: 'Outside the US? Call your local emergency number.', href: 'tel:112' } });
    expect(screen.getByText('Outside the US? Call your local emergency number.')).toBeTruthy();
    expect(link('Call 112')?.getAttribute('href')).toBe('tel:112');
    expect(link(/988/)).toBeNull();
  });

  test('custom text with an https link, and custom text alone', () => {
    toResult({ crisis: { kind: 'custom', text: 'Help is here.', href: 'https://example.org/help' } });
    expect(link('Get help now')?.getAttribute('href')).toBe('https://example.org/help');
  });

  test('a custom notice never renders a javascript: link', () => {
    toResult({ crisis: { kind: 'custom', text: 'Help is here.', href: 'javascript:alert(1)' } });
    expect(screen.getByText('Help is here.')).toBeTruthy();
    // The one link left is the person's own "Share or email" (mailto:, no share sheet here).
    expect(screen.queryAllByRole('link').map((l) => l.textContent)).toEqual(['Share or email']);
  });

  test('text is rendered as text, never as HTML', () => {
    toResult({ crisis: { kind: 'custom', text: '<img src=x onerror=alert(1)>' } });
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('the result', () => {
  test('headline and reflection first, then the stage as context, the drawing, guidance, note and take it again', () => {
    toResult();
    const h2 = screen.getByRole('heading', { level: 2 });
    expect(h2.textContent).toBe('Part of you is thinking about it');
    expect(h2.nextElementSibling?.textContent).toBe(
      "When it comes to this part of your life, it sounds like part of you is drawn to a change and part of you isn't so sure, and both make sense. Feeling two ways about it is a normal part of change, not a sign that something is wrong. There's no rush to decide.",
    );
    expect(screen.getByText('contemplation').closest('p')?.textContent).toBe('This is what people who study change call contemplation.');
    const img = screen.getByRole('img', {
      name: 'A path that people move along, and often come back along: precontemplation, contemplation, preparation, action, maintenance. You are at contemplation.',
    });
    expect(img.tagName.toLowerCase()).toBe('svg');
    expect(img.textContent).toContain('You are here');
    // The headline comes before the stage's name in reading order.
    expect(h2.compareDocumentPosition(img) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    for (const q of quick.guidance.contemplation.questions) expect(screen.getByText(q.en!)).toBeTruthy();
    expect(screen.getByText(/not a diagnosis/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Take it again' })).toBeTruthy();
  });
});

describe('ErrorNotice', () => {
  test('a short human message for the visitor; what is wrong and where goes to the console', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ErrorNotice
        problems={[
          { path: 'items[2].options', message: 'must have at least two options' },
          { path: 'lang', message: 'lang must be en or es (got "<b>fr</b>")' },
        ]}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(screen.getByRole('heading', { name: 'This quiz can’t be shown right now' })).toBeTruthy();
    expect(alert.textContent).not.toMatch(/items\[2\]|must have|lang must/);
    expect(alert.querySelector('b')).toBeNull();
    await waitFor(() => expect(logged).toHaveBeenCalled());
    expect(String(logged.mock.calls[0]![0])).toBe(
      'stages-quiz: the quiz cannot be shown.\n  items[2].options: must have at least two options\n  lang: lang must be en or es (got "<b>fr</b>")',
    );
    logged.mockRestore();
  });

  test('in Spanish', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<ErrorNotice problems={[{ path: 'questionnaire', message: 'not found' }]} lang="es" />);
    logged.mockRestore();
    expect(screen.getByRole('heading', { name: 'Ahora mismo no podemos mostrar este cuestionario' })).toBeTruthy();
    expect(document.querySelector('.sq')?.getAttribute('lang')).toBe('es');
  });
});

describe('::part names for theming', () => {
  test('every main part carries its part name', () => {
    const seen = new Set<string>();
    const collect = () => document.querySelectorAll('[part]').forEach((el) => el.getAttribute('part')!.split(' ').forEach((p) => seen.add(p)));
    render(<QuizWidget questionnaire={quick} lang="en" ctaHref="https://example.org/book" />);
    collect();
    press('Start');
    collect();
    press('Next');
    choose("I'm planning to start in the next 30 days");
    press('Next');
    press('Next');
    press('See my result');
    collect();
    for (const part of ['root', 'intro', 'question', 'progress', 'option', 'button', 'result', 'stage-diagram', 'guidance', 'cta', 'crisis']) {
      expect(seen, part).toContain(part);
    }
  });
});
