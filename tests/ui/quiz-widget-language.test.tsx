import { render, screen } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import type { QuizCompletion } from '../../src/core/types';
import { pickLanguage } from '../../src/ui/pick-language';
import { QuizWidget } from '../../src/ui/QuizWidget';
import { STRINGS } from '../../src/ui/strings';
import { choose, heading, press, quick } from './fixtures';

const root = () => document.querySelector('.sq')!;

describe('language', () => {
  test('the lang prop sets the widget root lang, never the page html', () => {
    document.documentElement.lang = 'en';
    render(<QuizWidget questionnaire={quick} lang="es" />);
    expect(root().getAttribute('lang')).toBe('es');
    expect(heading()).toBe(quick.title.es);
    expect(screen.getByRole('button', { name: 'Empezar' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });

  test('switching language mid-quiz keeps the answers and the place', () => {
    const onLanguageChange = vi.fn();
    const onComplete = vi.fn<(c: QuizCompletion) => void>();
    render(<QuizWidget questionnaire={quick} lang="en" onLanguageChange={onLanguageChange} onComplete={onComplete} />);
    press('Start');
    choose('Eating');
    press('Next');
    choose("I'm planning to start in the next 30 days");
    const live = () => document.querySelector('[aria-live="polite"]')!.textContent;
    expect(live()).toBe('Question 2 of 5');
    press('Español');
    // Nothing left in the old language for a screen reader to find.
    expect(live()).toBe('');
    expect(onLanguageChange).toHaveBeenCalledWith('es');
    expect(root().getAttribute('lang')).toBe('es');
    expect(heading()).toBe(quick.items[1]!.text.es);
    const planning = quick.items[1]!.type === 'choice' ? quick.items[1]!.options.find((o) => o.value === 'within-30-days')!.label.es : '';
    expect((screen.getByRole('radio', { name: planning }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('button', { name: 'Siguiente' })).toBeTruthy();
    press('Atrás');
    expect((screen.getByRole('radio', { name: 'La alimentación' }) as HTMLInputElement).checked).toBe(true);
    press('Siguiente');
    press('Siguiente');
    press('Siguiente');
    press('Ver mi resultado');
    expect(heading()).toBe('Te estás preparando');
    expect(screen.getByRole('img', { name: /Estás en preparación\.$/ })).toBeTruthy();
    expect(onComplete.mock.calls[0]![0]).toMatchObject({ lang: 'es', answers: { change: 'eating', stage: 'within-30-days' } });
  });

  test('the language switch says which language is on', () => {
    render(<QuizWidget questionnaire={quick} lang="en" />);
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Español' }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('button', { name: 'Español' }).getAttribute('lang')).toBe('es');
  });

  test('a changed lang prop switches language and keeps the answers', () => {
    const view = render(<QuizWidget questionnaire={quick} lang="en" />);
    press('Start');
    choose('Screen time');
    view.rerender(<QuizWidget questionnaire={quick} lang="es" />);
    expect(heading()).toBe(quick.items[0]!.text.es);
    expect((screen.getByRole('radio', { name: 'El tiempo en pantallas' }) as HTMLInputElement).checked).toBe(true);
  });

  test.each([
    ['the configured language wins', 'es', ['en-US'], 'es'],
    ['a region tag matches its language', 'es-MX', [], 'es'],
    ['else the browser, first match in order', undefined, ['fr-FR', 'es-419', 'en'], 'es'],
    ['an unsupported configured language falls back to the browser', 'de', ['es'], 'es'],
    ['else English', undefined, ['fr', 'de'], 'en'],
    ['nothing at all: English', undefined, [], 'en'],
  ])('%s', (_, requested, browser, expected) => {
    expect(pickLanguage(quick, requested, browser)).toBe(expected);
  });
});

describe('strings', () => {
  test('every string is filled in both languages, and differs where it should', () => {
    const keys = Object.keys(STRINGS.en) as (keyof typeof STRINGS.en)[];
    expect(Object.keys(STRINGS.es).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      const en = STRINGS.en[key];
      const es = STRINGS.es[key];
      expect(typeof es).toBe(typeof en);
      if (typeof en === 'string') expect(en.length, key).toBeGreaterThan(0);
      if (typeof es === 'string') expect(es.length, key).toBeGreaterThan(0);
    }
    expect(STRINGS.es.required).not.toBe(STRINGS.en.required);
    expect(STRINGS.es.progress(3, 6)).toBe('Pregunta 3 de 6');
  });
});
