import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { QuizWidgetProps } from '../../src/ui/quiz-widget-props';
import { QuizWidget } from '../../src/ui/QuizWidget';
import { choose, press, quick } from './fixtures';

const UI = {
  en: { start: 'Start', next: 'Next', result: 'See my result' },
  es: { start: 'Empezar', next: 'Siguiente', result: 'Ver mi resultado' },
} as const;

const label = (item: string, value: string, lang: 'en' | 'es') => {
  const found = quick.items.find((i) => i.id === item);
  if (found?.type !== 'choice') throw new Error(item);
  return found.options.find((o) => o.value === value)!.label[lang]!;
};

/**
 * Walks quick to its result: `change` and `stage` as given, `lately` when it is asked, the rulers
 * skipped. `typed` is typed into the "Something else" box.
 */
function toResult(lang: 'en' | 'es', answers: { change?: string; typed?: string; stage: string; lately?: string }, props: Partial<QuizWidgetProps> = {}) {
  render(<QuizWidget questionnaire={quick} lang={lang} {...props} />);
  const ui = UI[lang];
  press(ui.start);
  if (answers.change) choose(label('change', answers.change, lang));
  if (answers.typed !== undefined) fireEvent.input(screen.getByRole('textbox'), { target: { value: answers.typed } });
  press(ui.next);
  choose(label('stage', answers.stage, lang));
  press(ui.next);
  if (answers.lately) choose(label('lately', answers.lately, lang));
  // The remaining questions are optional: skip each until the last.
  while (!screen.queryByRole('button', { name: ui.result })) press(ui.next);
  press(ui.result);
}

const reflection = () => screen.getByRole('heading', { level: 2 }).nextElementSibling?.textContent ?? '';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the result reflects what the person said', () => {
  test.each([
    ['en', 'drinking', 'When it comes to drinking, you’ve decided to make a change, and soon.'],
    ['es', 'drinking', 'En cuanto a tomar alcohol, ya decidiste hacer un cambio, y pronto.'],
    ['en', 'screen-time', 'When it comes to screen time, you’ve decided'],
    ['es', 'screen-time', 'En cuanto a tu tiempo en pantallas, ya decidiste'],
  ] as const)('%s: the change chosen (%s) is in the reflection', (lang, change, start) => {
    toResult(lang, { change, stage: 'within-30-days' });
    expect(reflection().replaceAll("'", '’').startsWith(start)).toBe(true);
  });

  test.each([
    ['en', 'my sleep', 'When it comes to “my sleep”, you’ve already started making a change.'],
    ['es', 'dormir mejor', 'En cuanto a “dormir mejor”, ya empezaste a hacer un cambio.'],
  ] as const)('%s: "Something else" takes a few typed words, used the same way', (lang, typed, start) => {
    toResult(lang, { change: 'something-else', typed, stage: 'doing-under-6-months' });
    expect(reflection().replaceAll("'", '’').startsWith(start)).toBe(true);
  });

  test('the text box is labelled, optional, and holds at most 60 characters', () => {
    render(<QuizWidget questionnaire={quick} lang="en" />);
    press('Start');
    expect(screen.queryByRole('textbox')).toBeNull();
    choose('Something else');
    const box = screen.getByRole('textbox', { name: 'In a few words (optional)' }) as HTMLInputElement;
    expect(box.maxLength).toBe(60);
    press('Next');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Where are you with this change right now?');
  });

  test.each([
    ['en', 'About the slip you mentioned', 'If you slip', /^You said you had a slip recently\./],
    ['es', 'Sobre el tropiezo que mencionaste', 'Si tienes un tropiezo', /^Dijiste que tuviste un tropiezo hace poco\./],
  ] as const)('%s: a slip reported brings its own block and replaces the hypothetical one', (lang, heading, hypothetical, text) => {
    toResult(lang, { stage: 'doing-under-6-months', lately: 'recent-slip' });
    const h = screen.getByRole('heading', { level: 3, name: heading });
    expect(h.nextElementSibling?.textContent).toMatch(text);
    expect(screen.queryByRole('heading', { name: hypothetical })).toBeNull();
  });

  test('steady: the usual slip note, no slip block', () => {
    toResult('en', { stage: 'doing-over-6-months', lately: 'steady' });
    expect(screen.getByRole('heading', { level: 3, name: 'If you slip' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'About the slip you mentioned' })).toBeNull();
  });

  test('a ruler answer asks why not lower and what would move it one point up', () => {
    render(<QuizWidget questionnaire={quick} lang="es" />);
    press('Empezar');
    press('Siguiente');
    choose(label('stage', 'within-6-months', 'es'));
    press('Siguiente');
    choose('6');
    press('Siguiente');
    press('Ver mi resultado');
    expect(screen.getByText(/^Elegiste el 6\. ¿Por qué el 6 y no el 3\? .* ¿Y qué haría que subiera al 7\?$/)).toBeTruthy();
  });
});

describe('the call to action', () => {
  test('names the practice when it has a name', () => {
    toResult('en', { stage: 'within-30-days' }, { ctaHref: 'https://example.org/book', practiceName: 'Calm Waters Counseling' });
    expect(screen.getAllByText('If you’d like to talk it through with someone, Calm Waters Counseling is here to listen.'.replace('’', "'"))).toHaveLength(2);
  });

  test('names no unnamed "we", in either language', () => {
    toResult('es', { stage: 'within-30-days' }, { ctaHref: 'https://example.org/book' });
    expect(screen.getAllByText('Si quieres hablarlo con alguien:')).toHaveLength(2);
    expect(document.body.textContent).not.toMatch(/aquí estamos|we are here/);
  });
});

describe('keep it', () => {
  test('Copy puts the result as plain text on the clipboard and says so', async () => {
    const writeText = vi.fn((_text: string) => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    toResult('en', { change: 'drinking', stage: 'doing-under-6-months', lately: 'recent-slip' }, { ctaHref: 'https://example.org/book', practiceName: 'Calm Waters' });
    press('Copy');
    await screen.findByText('Copied. You can paste it wherever you like.');
    const text = writeText.mock.calls[0]![0];
    expect(text.startsWith("Where are you with the change you're thinking about?\nYour result, ")).toBe(true);
    expect(text).toContain("You're doing it\nWhen it comes to drinking, you've already started making a change.");
    expect(text).toContain('This is what people who study change call action.');
    expect(text).toContain('About the slip you mentioned\nYou said you had a slip recently.');
    expect(text).not.toContain('If you slip');
    expect(text).toContain('Calm Waters\nBook a free call: https://example.org/book');
    expect(text.endsWith('It is free and open day and night.')).toBe(true);
  });

  test('Copy that the browser refuses says so, in Spanish', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: () => Promise.reject(new Error('denied')) } });
    toResult('es', { stage: 'within-6-months' });
    press('Copiar');
    await screen.findByText('Aquí no se pudo copiar. También puedes guardarlo o imprimirlo.');
  });

  test('Share uses the device share sheet where there is one', async () => {
    const share = vi.fn((_data: ShareData) => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, share });
    toResult('es', { change: 'drinking', stage: 'within-30-days' });
    press('Compartir o enviar');
    await waitFor(() => expect(share).toHaveBeenCalledTimes(1));
    const data = share.mock.calls[0]![0] as { title: string; text: string };
    expect(data.title).toBe('¿En qué punto estás con el cambio que tienes en mente?');
    expect(data.text).toContain('Te estás preparando\nEn cuanto a tomar alcohol, ya decidiste');
  });

  test('without a share sheet, an email link carries the text', () => {
    toResult('en', { change: 'eating', stage: 'not-in-6-months' });
    const href = screen.getByRole('link', { name: 'Share or email' }).getAttribute('href')!;
    expect(href.length).toBeLessThanOrEqual(2000);
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.searchParams.get('subject')).toBe("Where are you with the change you're thinking about?");
    expect(url.searchParams.get('body')).toContain("Not on your list right now — and that's okay\nWhen it comes to eating,");
  });

  test('Save or print prints', () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    toResult('en', { stage: 'within-6-months' });
    press('Save or print');
    expect(print).toHaveBeenCalledTimes(1);
  });
});

describe('Take it again asks first', () => {
  test('keeping the result changes nothing; starting over clears the answers and the typed words', () => {
    toResult('en', { change: 'something-else', typed: 'my sleep', stage: 'within-30-days' });
    press('Take it again');
    const group = screen.getByRole('group', { name: 'Start over? Your answers and this result will be cleared from the screen.' });
    // Keeping is the first and prominent choice; clearing everything is the quiet one.
    const [keep, clear] = within(group).getAllByRole('button');
    expect([keep!.textContent, keep!.classList.contains('sq-button-primary')]).toEqual(['Keep my result', true]);
    expect([clear!.textContent, clear!.classList.contains('sq-button-primary')]).toEqual(['Yes, start over', false]);
    press('Keep my result');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe("You're getting ready");
    press('Take it again');
    press('Yes, start over');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('What change has been on your mind?');
    expect(screen.getByRole('radio', { name: 'Something else' })).toHaveProperty('checked', false);
    choose('Something else');
    expect((screen.getByRole('textbox') as HTMLInputElement).value).toBe('');
  });

  test('in Spanish', () => {
    toResult('es', { stage: 'within-6-months' });
    press('Responder de nuevo');
    press('Quedarme con mi resultado');
    press('Responder de nuevo');
    press('Sí, empezar de nuevo');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('¿Qué cambio has tenido en mente?');
  });
});
