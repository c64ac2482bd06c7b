// The element's error boundary: a component that throws while rendering becomes the friendly
// message (through onError), and the error does not go on into the host page.
import { render } from 'preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { WidgetBoundary } from '../../src/embed/widget-boundary';

function Broken(): never {
  throw new Error('boom');
}

describe('the widget boundary', () => {
  afterEach(() => vi.useRealTimers());

  test('a render error is handled here: nothing is thrown to the page, the widget empties, then onError hears of it', async () => {
    vi.useFakeTimers();
    const container = document.createElement('div');
    const onError = vi.fn();
    // Preact rethrows an error no boundary handled, out of render() and into the page.
    expect(() =>
      render(
        <WidgetBoundary onError={onError}>
          <p>before</p>
          <Broken />
        </WidgetBoundary>,
        container,
      ),
    ).not.toThrow();
    // The boundary renders again (Preact's next microtask), with nothing of the broken tree.
    await Promise.resolve();
    await Promise.resolve();
    expect(container.textContent).toBe('');
    // Told after that render, outside Preact's.
    expect(onError).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(String(onError.mock.calls[0]![0])).toBe('Error: boom');
  });
});
