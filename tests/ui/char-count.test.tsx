import { act, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { CharCount } from '../../src/ui/steps/CharCount';
import { stepStringsFor } from '../../src/ui/steps/step-strings';

const spoken = () => document.querySelector('[aria-live="polite"]')?.textContent;

describe('the characters-left count under a box', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('is read out once the person pauses, and never in the language they left', () => {
    const en = stepStringsFor('en').charsLeft;
    const es = stepStringsFor('es').charsLeft;
    const { rerender } = render(<CharCount id="c" text="" max={300} format={en} />);
    rerender(<CharCount id="c" text="Walk after dinner" max={300} format={en} />);
    expect(spoken()).toBe('');
    act(() => void vi.advanceTimersByTime(900));
    expect(spoken()).toBe('283 of 300 characters left');
    // The person switches to Spanish: the count shown follows, and nothing English stays to be read.
    rerender(<CharCount id="c" text="Walk after dinner" max={300} format={es} />);
    expect(document.getElementById('c')?.textContent).toBe('Te quedan 283 de 300 caracteres');
    expect(spoken()).toBe('');
  });

  test("counts as the box's maxLength does, so an emoji family fills the box when the count says so", () => {
    const en = stepStringsFor('en').charsLeft;
    // 👨‍👩‍👧 is man, ZWJ, woman, ZWJ, girl: 2 + 1 + 2 + 1 + 2 = 8 UTF-16 units, as maxLength counts them.
    render(<CharCount id="c" text={'👨‍👩‍👧'.repeat(18)} max={150} format={en} />);
    expect(document.getElementById('c')?.textContent).toBe('6 of 150 characters left');
  });
});
