import { render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { KeepActions } from '../../src/ui/KeepActions';
import { RESULT_STRINGS_EN } from '../../src/ui/result-strings-en';

// "Share or email" where the device has a share sheet: happy-dom has none, so each test gives one.
const renderKeep = () => render(<KeepActions title="My result" text="Where I am" strings={RESULT_STRINGS_EN} />);
const status = () => screen.getByRole('status').textContent;

function withShare(share: () => Promise<void>) {
  vi.stubGlobal('navigator', Object.assign(Object.create(navigator) as Navigator, { share }));
}

afterEach(() => {
  vi.unstubAllGlobals();
  delete (document as { featurePolicy?: unknown }).featurePolicy;
});

describe('Share or email, with a share sheet', () => {
  test('opens the share sheet with the title and the text', async () => {
    const share = vi.fn(() => Promise.resolve());
    withShare(share);
    renderKeep();
    screen.getByRole('button', { name: 'Share or email' }).click();
    expect(share).toHaveBeenCalledWith({ title: 'My result', text: 'Where I am' });
    await Promise.resolve();
    expect(status()).toBe('');
  });

  test('a person who closes the sheet is not told anything went wrong', async () => {
    const share = vi.fn(() => Promise.reject(new DOMException('Share canceled', 'AbortError')));
    withShare(share);
    renderKeep();
    screen.getByRole('button', { name: 'Share or email' }).click();
    await waitFor(() => expect(share).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(status()).toBe('');
  });

  test('a sheet the browser refuses (a frame its page did not allow) is said, with what works instead', async () => {
    withShare(() => Promise.reject(new DOMException('Permission denied', 'NotAllowedError')));
    renderKeep();
    screen.getByRole('button', { name: 'Share or email' }).click();
    await waitFor(() => expect(status()).toBe('Sharing did not work here. Save or print works too.'));
  });

  test('where the page does not allow sharing, the email link stands in for the sheet', () => {
    const share = vi.fn(() => Promise.resolve());
    withShare(share);
    Object.defineProperty(document, 'featurePolicy', { configurable: true, value: { features: () => ['web-share'], allowsFeature: (f: string) => f !== 'web-share' } });
    renderKeep();
    expect(screen.queryByRole('button', { name: 'Share or email' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Share or email' }).getAttribute('href')).toMatch(/^mailto:\?subject=My%20result&body=Where%20I%20am/);
    expect(share).not.toHaveBeenCalled();
  });

  test('where the policy does not know the feature, the sheet is offered (and a refusal would be said)', () => {
    withShare(() => Promise.resolve());
    Object.defineProperty(document, 'featurePolicy', { configurable: true, value: { features: () => ['clipboard-write'], allowsFeature: () => false } });
    renderKeep();
    expect(screen.getByRole('button', { name: 'Share or email' })).toBeTruthy();
  });
});
