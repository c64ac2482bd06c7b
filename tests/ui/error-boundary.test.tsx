import { render, screen } from '@testing-library/preact';
import { expect, test, vi } from 'vitest';
import { ErrorBoundary } from '../../src/ui/ErrorBoundary';

function Broken(): never {
  throw new Error('boom');
}

test('a render failure shows the error notice, not a blank area', () => {
  const log = vi.spyOn(console, 'error').mockImplementation(() => {});
  render(
    <ErrorBoundary lang="en">
      <Broken />
    </ErrorBoundary>,
  );
  expect(screen.getByRole('alert').textContent).toContain('The quiz stopped unexpectedly: boom');
  expect(log).toHaveBeenCalled();
  log.mockRestore();
});
