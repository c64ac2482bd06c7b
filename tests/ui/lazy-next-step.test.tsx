import { fireEvent, render, screen } from '@testing-library/preact';
import { expect, test, vi } from 'vitest';
import { NO_RESPONSES } from '../../src/core/steps/step-responses';
import { LazyNextStep } from '../../src/ui/LazyNextStep';
import { stringsFor } from '../../src/ui/strings';
import { quick } from './fixtures';

// Clinician mode loads the client's next step on demand (src/ui/load-next-step.ts). Here that load
// fails, as when a connection drops: the client is told, in their language, that nothing they
// answered is lost (they see no result in clinician mode), and can go on to the hand-back.
vi.mock('../../src/ui/load-next-step', async () => {
  const { lazyModule } = await import('../../src/ui/lazy-module');
  return { nextStepModule: lazyModule(() => Promise.reject(new Error('offline'))) };
});

test.each([
  ['en', 'This part could not be opened just now. Nothing you answered is lost.', 'Back'],
  ['es', 'Esta parte no se pudo abrir en este momento. Lo que respondiste no se pierde.', 'Atrás'],
] as const)('%s: a next step that cannot be loaded says so, and the client can go on', async (lang, message, back) => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const onClose = vi.fn();
  render(
    <LazyNextStep
      questionnaire={quick}
      stage="preparation"
      answers={{ stage: 'within-30-days' }}
      lang={lang}
      responses={NO_RESPONSES}
      onResponses={() => undefined}
      mode="client"
      onClose={onClose}
      idPrefix="t"
      strings={stringsFor(lang)}
    />,
  );
  expect(screen.getByRole('status').textContent).toBe(lang === 'en' ? 'Loading…' : 'Cargando…');
  expect((await screen.findByRole('alert')).textContent).toContain(message);
  expect(error).toHaveBeenCalledWith('stages-quiz: the next step could not be loaded', expect.any(Error));
  fireEvent.click(screen.getByRole('button', { name: back }));
  expect(onClose).toHaveBeenCalledTimes(1);
  error.mockRestore();
});
