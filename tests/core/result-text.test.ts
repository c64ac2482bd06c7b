import { describe, expect, test } from 'vitest';
import { mailtoHref, resultText, type ResultTextInput } from '../../src/core/share/result-text';

const labels = { helps: 'What tends to help now', questions: 'Questions to sit with', ruler: 'About the numbers you chose', slip: 'If you slip', links: 'To read more' };

const input: ResultTextInput = {
  title: 'Where are you?',
  date: 'November 29, 2026',
  guidance: {
    stage: 'action',
    headline: "You're doing it",
    reflection: 'You have started on drinking.',
    helps: ['Leaning on people.', 'Planning ahead.'],
    questions: ['What helps?', 'When is it hardest?'],
    rulerPrompts: [{ item: 'importance', question: 'How important?', value: 6, text: 'Why 6 and not 3?' }],
    blocks: [{ heading: 'About your slip', text: 'A slip is information.' }],
    links: [{ label: 'Read', href: 'https://example.org/r' }],
  },
  stageLine: 'People who study change call this action.',
  labels,
  practice: ['Calm Practice', 'Book a free call: https://example.org/book'],
  closing: ['Not a diagnosis.', 'In crisis? Call or text 988.'],
};

describe('resultText', () => {
  test('paragraphs in reading order, lists as "- " lines, nothing empty', () => {
    expect(resultText(input)).toBe(
      [
        'Where are you?\nNovember 29, 2026',
        "You're doing it\nYou have started on drinking.",
        'People who study change call this action.',
        'About your slip\nA slip is information.',
        'What tends to help now\n- Leaning on people.\n- Planning ahead.',
        'Questions to sit with\n- What helps?\n- When is it hardest?',
        'About the numbers you chose\n- How important? Why 6 and not 3?',
        'To read more\n- Read: https://example.org/r',
        'Calm Practice\nBook a free call: https://example.org/book',
        'Not a diagnosis.',
        'In crisis? Call or text 988.',
      ].join('\n\n'),
    );
  });

  test('a slip note when there is one; no practice lines when none are given', () => {
    const text = resultText({ ...input, guidance: { ...input.guidance, slipNote: 'Slips happen.' }, practice: undefined });
    expect(text).toContain('If you slip\nSlips happen.');
    expect(text).not.toContain('Calm Practice');
  });
});

describe('mailtoHref', () => {
  test('a short body goes whole, encoded, with no recipient', () => {
    const href = mailtoHref('My result', 'Hello & goodbye\n\n¿Qué tal?');
    expect(href).toBe('mailto:?subject=My%20result&body=Hello%20%26%20goodbye%0A%0A%C2%BFQu%C3%A9%20tal%3F');
  });

  test('a long body is cut at a paragraph, within the limit, keeping the last paragraph (the crisis line)', () => {
    const body = [...Array.from({ length: 30 }, (_, i) => `Paragraph ${i} ${'word '.repeat(20)}`), 'In crisis? Call or text 988.'].join('\n\n');
    const href = mailtoHref('My result', body, 2000);
    expect(href.length).toBeLessThanOrEqual(2000);
    const decoded = decodeURIComponent(href.slice(href.indexOf('&body=') + 6));
    expect(decoded.startsWith('Paragraph 0 ')).toBe(true);
    expect(decoded.endsWith('…\n\nIn crisis? Call or text 988.')).toBe(true);
    // Whole paragraphs only: every kept one is complete.
    for (const p of decoded.split('\n\n').slice(0, -2)) expect(p).toMatch(/^Paragraph \d+ (word ){20}$/);
  });

  test('one paragraph longer than the limit is cut by characters', () => {
    const href = mailtoHref('R', 'é'.repeat(3000), 500);
    expect(href.length).toBeLessThanOrEqual(500);
    expect(decodeURIComponent(href.slice(href.indexOf('&body=') + 6))).toMatch(/^é+…$/);
  });
});
