import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { lazyModule, useLazyModule, type LazyModule } from '../../src/ui/lazy-module';

// What the widget does while an on-demand module (the result phase, the next step) is on its way,
// and when it cannot come: the pieces src/ui/QuizWidget.tsx's LazyResultPhase is made of. The real
// part over the network, failing and then retried, is in tests/browser/result-part.test.ts.

type Mod = { readonly Screen: () => preact.JSX.Element };
const Loaded: Mod = { Screen: () => <h2>The result</h2> };

function Harness({ lazy }: { lazy: LazyModule<Mod> }) {
  const { mod, failed, retry } = useLazyModule(lazy, 'the test module');
  if (mod) return <mod.Screen />;
  if (!failed) return <p role="status">Loading…</p>;
  return (
    <div role="alert">
      <p>Could not be shown.</p>
      <button type="button" onClick={retry}>
        Try again
      </button>
    </div>
  );
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('a module loaded on demand', () => {
  test('says "Loading…" politely while it comes, then shows it', async () => {
    const arrival = deferred<Mod>();
    render(<Harness lazy={lazyModule(() => arrival.promise)} />);
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    arrival.resolve(Loaded);
    expect(await screen.findByRole('heading', { name: 'The result' })).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });

  test('once loaded, a new screen shows it at once, with no "Loading…" frame', async () => {
    const lazy = lazyModule(() => Promise.resolve(Loaded));
    await lazy.load();
    render(<Harness lazy={lazy} />);
    expect(screen.getByRole('heading', { name: 'The result' })).toBeTruthy();
  });

  test('a load that fails says so; "Try again" loads it again, and it shows', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let calls = 0;
    const importer = () => (++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(Loaded));
    render(<Harness lazy={lazyModule(importer)} />);
    expect((await screen.findByRole('alert')).textContent).toContain('Could not be shown.');
    expect(error).toHaveBeenCalledWith('stages-quiz: the test module could not be loaded', expect.any(Error));
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'The result' })).toBeTruthy();
    expect(calls).toBe(2);
    error.mockRestore();
  });

  test('widgets asking at once share one load; a failed load is forgotten, so the next asks again', async () => {
    const importer = vi.fn<() => Promise<Mod>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(Loaded);
    const lazy = lazyModule(importer);
    const [a, b] = [lazy.load(), lazy.load()];
    expect(a).toBe(b);
    await expect(a).rejects.toThrow('offline');
    expect(lazy.loaded).toBeUndefined();
    await expect(lazy.load()).resolves.toBe(Loaded);
    expect(lazy.loaded).toBe(Loaded);
    expect(importer).toHaveBeenCalledTimes(2);
  });
});
