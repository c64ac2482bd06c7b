// Clinician mode's safeguards, by role and name: "Next client" asks when nothing was saved, the
// optional PIN (entry, wrong PINs, five clear the session), the lock after a pause (the summary
// leaves the DOM) and the longer clear-minutes with a PIN.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClinicianIntake } from '../../src/ui/clinician/ClinicianIntake';
import { QuizWidget } from '../../src/ui/QuizWidget';
import { press as click, choose, quick, switchOffNextStep } from './fixtures';

function typeInto(label: string, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

/** Start (reference and PIN typed), hand-over, the quick questionnaire answered, hand-back. */
function toHandBack(pin: string, ref = 'K-31') {
  typeInto('Client reference (optional)', ref);
  if (pin) typeInto('Clinician PIN (optional)', pin);
  // The next-step exercise (issue 10) is not what these tests are about: the clinician skips it.
  switchOffNextStep();
  click('Continue');
  click('Begin');
  click('Next'); // change: optional
  choose(/maybe sometime in the next 6 months/);
  click('Next');
  choose('7');
  click('Next');
  choose('4');
  click('Finish'); // the client sees no result, and the exercise is off
}

function enterPin(pin: string) {
  typeInto('Clinician PIN', pin);
  click('Show the summary');
}

const renderIntake = (extra: { idleMinutes?: number; clearMinutes?: number } = {}) =>
  render(<QuizWidget questionnaire={quick} lang="en" mode="clinician" clinicianView={ClinicianIntake} {...extra} />);

describe('"Next client" after saving', () => {
  let writeText: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    Object.defineProperty(window, 'print', { value: vi.fn(), configurable: true });
  });

  it('after Print still asks, as the print dialog may have been cancelled, then clears', () => {
    renderIntake();
    toHandBack('');
    click('Clinician: show summary');
    click('Yes, show the summary');
    click('Print');
    expect(window.print).toHaveBeenCalledTimes(1);
    click('Next client');
    const confirm = screen.getByRole('alertdialog', { name: 'Clear this intake?' });
    expect(confirm.textContent).toContain('You printed or downloaded this summary. If the printout or the file did not come through,');
    expect(confirm.textContent).not.toContain('has not been printed');
    click('Clear it and start the next client');
    expect(screen.getByRole('heading', { name: 'Start an intake' })).toBeTruthy();
    expect(writeText).not.toHaveBeenCalled();
  });

  it('after "Copy as text", overwrites the clipboard as it clears', async () => {
    renderIntake();
    toHandBack('');
    click('Clinician: show summary');
    click('Yes, show the summary');
    click('Copy as text');
    await screen.findByText('Summary copied to the clipboard.');
    expect(writeText.mock.calls[0]![0]).toContain('Client: K-31');
    click('Next client');
    expect(writeText).toHaveBeenCalledTimes(2);
    expect(writeText.mock.calls[1]![0]).toBe('');
    expect(document.body.innerHTML).not.toContain('K-31');
  });
});

describe('the clinician PIN', () => {
  it('is 4 to 8 digits, or none', () => {
    renderIntake();
    typeInto('Clinician PIN (optional)', '12a');
    click('Continue');
    expect(screen.getByRole('alert').textContent).toBe('A PIN is 4 to 8 digits. Leave it empty for no PIN.');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Start an intake');
    typeInto('Clinician PIN (optional)', '2468');
    click('Continue');
    expect(screen.getByRole('heading', { name: 'Please hand the device to your client' })).toBeTruthy();
  });

  it('replaces the two-step reveal on the hand-back; a wrong PIN says how many tries are left', async () => {
    renderIntake();
    toHandBack('2468');
    expect(screen.queryByRole('button', { name: 'Clinician: show summary' })).toBeNull();
    expect(screen.getByText('Your answers are ready for your conversation. Your clinician will open the summary with their PIN.')).toBeTruthy();
    enterPin('1111');
    expect(screen.getByRole('alert').textContent).toBe('That PIN is not right. 4 tries left before this session is cleared.');
    expect(screen.queryByRole('heading', { name: 'Intake summary' })).toBeNull();
    expect((screen.getByLabelText('Clinician PIN') as HTMLInputElement).value).toBe('');
    enterPin('2468');
    const heading = screen.getByRole('heading', { name: 'Intake summary' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText('K-31')).toBeTruthy();
  });

  it('five wrong PINs clear the session', () => {
    renderIntake();
    toHandBack('2468');
    for (const [i, left] of [4, 3, 2, 1].entries()) {
      enterPin(`000${i}`);
      expect(screen.getByRole('alert').textContent).toMatch(new RegExp(`^That PIN is not right\\. ${left} tr(y|ies) left`));
    }
    enterPin('9999');
    expect(screen.getByRole('heading', { name: 'Start an intake' })).toBeTruthy();
    // Said on screen (the clinician did not choose it), and announced.
    const said = screen.getAllByText('Session cleared after five wrong PINs. Ready for the next client.');
    expect(said.map((p) => (p.getAttribute('aria-live') ? 'announced' : 'shown')).sort()).toEqual(['announced', 'shown']);
    expect(document.body.innerHTML).not.toContain('K-31');
  });
});

describe('locking after a pause', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const wait = (ms: number) =>
    act(() => {
      vi.advanceTimersByTime(ms);
    });

  it('with a PIN: idle-minutes lock the summary (gone from the DOM), the PIN brings it back', () => {
    renderIntake({ idleMinutes: 1, clearMinutes: 5 });
    toHandBack('2468');
    enterPin('2468');
    expect(screen.getByRole('heading', { name: 'Intake summary' })).toBeTruthy();
    wait(59_000);
    expect(screen.getByRole('heading', { name: 'Intake summary' })).toBeTruthy();
    wait(1_000);
    expect(screen.getByRole('heading', { name: 'Summary locked' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Intake summary' })).toBeNull();
    // No warning, and nothing of the summary in the document while locked.
    expect(screen.queryByRole('alertdialog')).toBeNull();
    for (const text of ['K-31', 'Contemplation', 'Copy as text']) expect(document.body.innerHTML).not.toContain(text);
    enterPin('2468');
    expect(screen.getByRole('heading', { name: 'Intake summary' })).toBeTruthy();
    expect(screen.getByText('K-31')).toBeTruthy();
  });

  it('the Lock button locks at once', () => {
    renderIntake();
    toHandBack('2468');
    enterPin('2468');
    click('Lock');
    expect(screen.getByRole('heading', { name: 'Summary locked' })).toBeTruthy();
    expect(document.body.innerHTML).not.toContain('K-31');
  });

  it('with a PIN: the session clears only after clear-minutes, with the warning', () => {
    renderIntake({ idleMinutes: 1, clearMinutes: 5 });
    toHandBack('2468');
    enterPin('2468');
    wait(60_000);
    expect(screen.getByRole('heading', { name: 'Summary locked' })).toBeTruthy();
    wait(4 * 60_000 - 1_000);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    wait(1_000);
    const dialog = screen.getByRole('alertdialog', { name: 'Still there?' });
    expect(within(dialog).getByText(/^For privacy, this session will be cleared in 60 seconds: the answers and the summary will be gone/)).toBeTruthy();
    wait(60_000);
    expect(screen.getByRole('heading', { name: 'Start an intake' })).toBeTruthy();
    expect(document.body.innerHTML).not.toContain('K-31');
  });

  it('without a PIN: today\'s behaviour, and the warning says the summary goes too', () => {
    renderIntake({ idleMinutes: 1 });
    toHandBack('');
    click('Clinician: show summary');
    click('Yes, show the summary');
    wait(60_000);
    expect(screen.queryByRole('heading', { name: 'Summary locked' })).toBeNull();
    const dialog = screen.getByRole('alertdialog', { name: 'Still there?' });
    expect(dialog.textContent).toContain('the answers and the summary will be gone, unless you printed or downloaded it');
    wait(30_000);
    expect(screen.getByRole('heading', { name: 'Start an intake' })).toBeTruthy();
  });
});

describe('an intake is never lost without a word', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  /** Whether leaving the page now would make the browser ask first. */
  const leavingAsks = () => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  };

  it('leaving the page asks first while an intake is under way and not surely saved', async () => {
    Object.defineProperty(window, 'print', { value: vi.fn(), configurable: true });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: vi.fn(() => Promise.resolve()) }, configurable: true });
    renderIntake();
    expect(leavingAsks()).toBe(false);
    toHandBack('');
    expect(leavingAsks()).toBe(true);
    click('Clinician: show summary');
    click('Yes, show the summary');
    expect(leavingAsks()).toBe(true);
    // A print dialog may have been cancelled: still asks. Copied (the clipboard said so): no longer.
    click('Print');
    expect(leavingAsks()).toBe(true);
    click('Copy as text');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(50);
    });
    expect(screen.getByText('Summary copied to the clipboard.')).toBeTruthy();
    expect(leavingAsks()).toBe(false);
  });

  it('with a PIN, an unfinished intake keeps for clear-minutes, as the start screen says; then the start screen says why it was cleared', () => {
    renderIntake({ idleMinutes: 1, clearMinutes: 5 });
    typeInto('Client reference (optional)', 'K-31');
    typeInto('Clinician PIN (optional)', '2468');
    switchOffNextStep();
    click('Continue');
    click('Begin');
    click('Next');
    choose(/maybe sometime in the next 6 months/);
    // Mid-questions, a reload would lose the answers so far: the browser asks first.
    expect(leavingAsks()).toBe(true);
    act(() => {
      vi.advanceTimersByTime(4 * 60_000);
    });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('radio', { name: /maybe sometime in the next 6 months/ })).toHaveProperty('checked', true);
    act(() => {
      vi.advanceTimersByTime(2 * 60_000);
    });
    expect(screen.getByRole('heading', { name: 'Start an intake' })).toBeTruthy();
    // On screen, not only announced: whoever comes back to the device learns why the intake is gone.
    expect(document.querySelector('[part="clinician-notice"]')!.textContent).toBe('The last session was cleared after a time without use. Ready for the next client.');
    expect(document.body.innerHTML).not.toContain('K-31');
  });
});
