import { render, screen, waitFor } from '@testing-library/preact';
import { expect, test, vi } from 'vitest';
import { ErrorBoundary } from '../../src/ui/ErrorBoundary';

function Broken(): never {
  throw new Error('boom');
}

test('a render failure shows the error notice, not a blank area; the detail goes to the console', async () => {
  const log = vi.spyOn(console, 'error').mockImplementation(() => {});
  render(
    <ErrorBoundary lang="en">
      <Broken />
    </ErrorBoundary>,
  );
  const alert = screen.getByRole('alert');
  expect(alert.textContent).toContain('This quiz can’t be shown right now');
  expect(alert.textContent).not.toContain('boom');
  await waitFor(() => expect(log.mock.calls.some((call) => String(call[0]).includes('The quiz stopped unexpectedly: boom'))).toBe(true));
  log.mockRestore();
});
