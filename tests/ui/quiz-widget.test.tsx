import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import type { QuizCompletion } from '../../src/core/types';
import { QuizWidget } from '../../src/ui/QuizWidget';
import { choose, heading, intake, press, quick } from './fixtures';

const live = () => document.querySelector('[aria-live="polite"]')?.textContent ?? '';
/** "Question 3 of 6": the progress bar's accessible name (the same words are shown above it). */
const progress = () => {
  const bar = screen.getByRole('progressbar');
  return document.getElementById(bar.getAttribute('aria-labelledby') ?? '')?.textContent ?? '';
};
/** Text shown on screen, not the copy in the live region. */
const shown = (text: string) => screen.queryAllByText(text).find((el) => !el.closest('[aria-live]'));
const message = () => shown('Choose whichever answer fits best, then go on.') ?? null;

describe('completing the quick questionnaire', () => {
  test('answers every question and reports the completion once', () => {
    const onStart = vi.fn();
    const onComplete = vi.fn<(c: QuizCompletion) => void>();
    render(<QuizWidget questionnaire={quick} lang="en" onStart={onStart} onComplete={onComplete} />);
    expect(heading()).toBe("Where are you with the change you're thinking about?");
    expect(screen.getByText('Your answers stay on this device. Nothing is sent anywhere.')).toBeTruthy();
    press('Start');
    expect(onStart).toHaveBeenCalledTimes(1);

    // "How has it been going" may still appear: counted until the answer that decides it is behind.
    expect(progress()).toBe(`Question 1 of 5`);
    choose('Moving more');
    press('Next');
    expect(heading()).toBe('Where are you with this change right now?');
    choose("I'm planning to start in the next 30 days");
    press('Next');
    expect(progress()).toBe(`Question 3 of 4`);
    choose('7');
    press('Next');
    choose('4');
    expect(screen.getByRole('button', { name: 'See my result' })).toBeTruthy();
    press('See my result');

    expect(heading()).toBe("You're getting ready");
    expect(screen.getByText('preparation', { selector: 'strong' }).parentElement?.textContent).toBe('This is what people who study change call preparation.');
    expect(screen.getByRole('img', { name: /You are at preparation\.$/ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'What tends to help now' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'About the numbers you chose' })).toBeTruthy();
    // The ruler follow-ups with the numbers filled in ({lower} is three below, never under 0).
    expect(screen.getByText(/Why 7 and not 4\?/)).toBeTruthy();
    expect(screen.getByText(/Why 4 and not 1\?/)).toBeTruthy();
    expect(screen.getByText(/not a diagnosis/)).toBeTruthy();

    expect(onComplete).toHaveBeenCalledTimes(1);
    const completion = onComplete.mock.calls[0]![0];
    expect(completion).toMatchObject({
      stage: 'preparation',
      decidedBy: { method: 'rules', rule: 'planning-within-30-days' },
      answers: { change: 'moving-more', stage: 'within-30-days', importance: 7, confidence: 4 },
      questionnaire: { id: 'quick', version: quick.version },
      lang: 'en',
    });
    expect(new Date(completion.completedAt).toISOString()).toBe(completion.completedAt);
    expect(Math.abs(Date.parse(completion.completedAt) - Date.now())).toBeLessThan(60_000);
  });

  test('optional questions can be skipped', () => {
    const onComplete = vi.fn<(c: QuizCompletion) => void>();
    render(<QuizWidget questionnaire={quick} lang="en" onComplete={onComplete} />);
    press('Start');
    press('Next');
    choose("I'm thinking about it, maybe sometime in the next 6 months");
    press('Next');
    press('Next');
    press('See my result');
    expect(heading()).toBe('Part of you is thinking about it');
    expect(onComplete.mock.calls[0]![0].answers).toEqual({ stage: 'within-6-months' });
    expect(screen.queryByRole('heading', { name: 'About the numbers you chose' })).toBeNull();
  });

  test('take it again starts over with no answers', () => {
    const onStart = vi.fn();
    render(<QuizWidget questionnaire={quick} lang="en" onStart={onStart} />);
    press('Start');
    press('Next');
    choose("I've already started — less than 6 months ago");
    press('Next');
    press('Next');
    press('Next');
    press('See my result');
    expect(heading()).toBe("You're doing it");
    press('Take it again');
    // It asks first; nothing starts until the person says yes.
    expect(onStart).toHaveBeenCalledTimes(1);
    press('Yes, start over');
    expect(onStart).toHaveBeenCalledTimes(2);
    expect(progress()).toBe(`Question 1 of 5`);
    press('Next');
    expect(screen.getAllByRole('radio').some((r) => (r as HTMLInputElement).checked)).toBe(false);
  });
});

describe('completing the intake questionnaire', () => {
  test('22 questions, every agreement answered; the staging question decides', () => {
    const onComplete = vi.fn<(c: QuizCompletion) => void>();
    render(<QuizWidget questionnaire={intake} lang="en" onComplete={onComplete} />);
    press('Start');
    expect(progress()).toBe(`Question 1 of 22`);
    choose('Drinking');
    press('Next');
    choose("I've been doing it for more than 6 months");
    press('Next');
    for (let n = 3; n <= 22; n++) {
      expect(progress()).toBe(`Question ${n} of 22`);
      choose('Agree');
      press(n === 22 ? 'See my result' : 'Next');
    }
    expect(heading()).toBe("You've kept it going");
    const completion = onComplete.mock.calls[0]![0];
    expect(completion.stage).toBe('maintenance');
    expect(Object.keys(completion.answers)).toHaveLength(22);
    // Every agreement item was answered 4 ("Agree"); reverse-keyed items count as 2.
    const scale = (id: string) => completion.scores.find((s) => s.id === id)?.value;
    for (const id of ['precontemplation', 'contemplation', 'action', 'maintenance']) expect(scale(id)).toBeCloseTo((4 * 4 + 2) / 5);
    expect(scale('readiness')).toBeCloseTo(3.6 * 2);
  });

  test('an unanswered agreement item is required', () => {
    render(<QuizWidget questionnaire={intake} lang="en" />);
    press('Start');
    press('Next');
    choose("I'm planning to start in the next 30 days");
    press('Next');
    press('Next');
    expect(message()?.textContent).toBe('Choose whichever answer fits best, then go on.');
    expect(progress()).toBe(`Question 3 of 22`);
  });
});

describe('going back', () => {
  test('changing an earlier answer changes the result', () => {
    render(<QuizWidget questionnaire={quick} lang="en" />);
    press('Start');
    press('Next');
    choose("I'm planning to start in the next 30 days");
    press('Next');
    press('Next');
    press('See my result');
    expect(heading()).toBe("You're getting ready");
    press('Change my answers');
    expect(heading()).toMatch(/how confident are you/);
    press('Back');
    press('Back');
    expect(heading()).toBe('Where are you with this change right now?');
    expect((screen.getByRole('radio', { name: "I'm planning to start in the next 30 days" }) as HTMLInputElement).checked).toBe(true);
    choose("Not right now — it's not something I plan to do in the next 6 months");
    press('Next');
    press('Next');
    press('See my result');
    expect(heading()).toBe("Not on your list right now — and that's okay");
  });

  test('back on the first question returns to the introduction', () => {
    render(<QuizWidget questionnaire={quick} lang="en" />);
    press('Start');
    press('Back');
    expect(screen.getByRole('button', { name: 'Start' })).toBeTruthy();
  });
});

describe('skip logic', () => {
  test('"how has it been going" appears only for people already doing it, and stops counting when hidden', () => {
    const onComplete = vi.fn<(c: QuizCompletion) => void>();
    render(<QuizWidget questionnaire={quick} lang="en" onComplete={onComplete} />);
    press('Start');
    press('Next');
    choose("I've already started — less than 6 months ago");
    press('Next');
    expect(heading()).toBe('And how has it been going lately?');
    expect(progress()).toBe(`Question 3 of 5`);
    choose('Some ups and downs');
    press('Back');
    choose("I'm thinking about it, maybe sometime in the next 6 months");
    // No renumbering under the person's eyes: the count settles once this question is behind.
    expect(progress()).toBe(`Question 2 of 5`);
    press('Next');
    expect(heading()).toBe('How important is this change to you right now?');
    expect(progress()).toBe(`Question 3 of 4`);
    press('Next');
    press('See my result');
    expect(heading()).toBe('Part of you is thinking about it');
    expect(onComplete.mock.calls[0]![0].answers).toEqual({ stage: 'within-6-months' });
  });
});

describe('a required question', () => {
  test('says what is missing, announces it, and lets the person fix it', () => {
    render(<QuizWidget questionnaire={quick} lang="en" />);
    press('Start');
    press('Next');
    const question = heading();
    press('Next');
    expect(heading()).toBe(question);
    const visible = shown('Choose whichever answer fits best, then go on.')!;
    expect(visible.id).toBeTruthy();
    expect(screen.getByRole('group', { name: question }).getAttribute('aria-describedby')).toContain(visible.id);
    expect(live()).toBe('Choose whichever answer fits best, then go on.');
    // Pressing Next again announces it again (different text, so screen readers repeat it).
    press('Next');
    expect(live().trim()).toBe('Choose whichever answer fits best, then go on.');
    choose("I'm planning to start in the next 30 days");
    expect(message()).toBeNull();
    press('Next');
    expect(live()).toBe('Question 3 of 4');
  });
});

describe('focus', () => {
  test('is not taken on first render, then follows every step to the new heading', () => {
    render(
      <div>
        <button type="button">host button</button>
        <QuizWidget questionnaire={quick} lang="en" />
      </div>,
    );
    const host = screen.getByRole('button', { name: 'host button' });
    host.focus();
    expect(document.activeElement).toBe(host);
    press('Start');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }));
    expect(document.activeElement?.textContent).toBe('What change has been on your mind?');
    press('Next');
    expect(document.activeElement?.textContent).toBe('Where are you with this change right now?');
    press('Back');
    expect(document.activeElement?.textContent).toBe('What change has been on your mind?');
  });
});

describe('radio groups', () => {
  test('fieldset and legend name the group; each option text names its radio; rulers are 0–10 radios', () => {
    render(<QuizWidget questionnaire={quick} lang="en" />);
    press('Start');
    const group = screen.getByRole('group', { name: 'What change has been on your mind?' });
    expect(group.tagName).toBe('FIELDSET');
    expect(screen.getAllByRole('radio')).toHaveLength(9);
    press('Next');
    choose("I'm planning to start in the next 30 days");
    press('Next');
    const ruler = screen.getByRole('group', { name: 'How important is this change to you right now?' });
    const radios = [...ruler.querySelectorAll('input')];
    expect(radios.map((r) => r.type)).toEqual(Array(11).fill('radio'));
    expect(screen.getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(screen.queryByRole('slider')).toBeNull();
  });
});

describe('no inline styles anywhere (strict CSP)', () => {
  test('intro, question and result', () => {
    const { container } = render(<QuizWidget questionnaire={quick} lang="en" ctaHref="https://example.org" />);
    const none = () => expect(container.querySelectorAll('[style]')).toHaveLength(0);
    none();
    press('Start');
    none();
    press('Next');
    choose("I'm planning to start in the next 30 days");
    press('Next');
    none();
    press('Next');
    press('See my result');
    none();
  });
});

describe('snapshots (opt-in persistence)', () => {
  test('reports a snapshot on every change and null when finished; resumes from one', () => {
    const snapshots: unknown[] = [];
    const first = render(<QuizWidget questionnaire={quick} lang="en" onSnapshot={(s) => snapshots.push(s)} />);
    expect(snapshots).toEqual([]);
    press('Start');
    press('Next');
    choose("I'm planning to start in the next 30 days");
    const saved = JSON.parse(JSON.stringify(snapshots.at(-1)));
    expect(saved).toMatchObject({ phase: 'question', current: 'stage', answers: { stage: 'within-30-days' } });
    first.unmount();

    const onSnapshot = vi.fn();
    render(<QuizWidget questionnaire={quick} initialSnapshot={saved} onSnapshot={onSnapshot} />);
    expect(heading()).toBe('Where are you with this change right now?');
    expect((screen.getByRole('radio', { name: "I'm planning to start in the next 30 days" }) as HTMLInputElement).checked).toBe(true);
    press('Next');
    press('Next');
    press('See my result');
    expect(heading()).toBe("You're getting ready");
    expect(onSnapshot).toHaveBeenLastCalledWith(null);
  });

  test('a snapshot that does not fit starts afresh', () => {
    render(<QuizWidget questionnaire={quick} lang="en" initialSnapshot={{ v: 1, questionnaire: { id: 'intake', version: '1.0.0' } }} />);
    expect(screen.getByRole('button', { name: 'Start' })).toBeTruthy();
  });
});

describe('a new questionnaire object', () => {
  test('starts afresh', () => {
    const view = render(<QuizWidget questionnaire={quick} lang="en" />);
    press('Start');
    view.rerender(<QuizWidget questionnaire={intake} lang="en" />);
    expect(heading()).toBe(intake.title.en);
    expect(screen.getByRole('button', { name: 'Start' })).toBeTruthy();
  });
});

test('fireEvent keyboard on a radio group is native: arrow keys are the browser’s job (see tests/browser)', () => {
  render(<QuizWidget questionnaire={quick} lang="en" />);
  press('Start');
  const radio = screen.getByRole('radio', { name: 'Eating' });
  fireEvent.click(radio);
  expect((radio as HTMLInputElement).checked).toBe(true);
  expect(radio.closest('label')?.className).toContain('is-selected');
});

describe('a questionnaire that cannot decide (only possible unvalidated)', () => {
  test('says so plainly on the last question instead of sending the person back to question 1', () => {
    // quick with the rule for "planning to start in 30 days" taken out: those answers reach no stage.
    const rules = quick.scoring.stage[0]!.type === 'rules' ? quick.scoring.stage[0]!.rules : [];
    const broken: typeof quick = {
      ...quick,
      scoring: { stage: [{ type: 'rules', rules: rules.filter((r) => r.id !== 'planning-within-30-days') }] },
    };
    render(<QuizWidget questionnaire={broken} lang="en" />);
    press('Start');
    press('Next');
    choose("I'm planning to start in the next 30 days");
    press('Next');
    press('Next');
    const last = heading();
    press('See my result');
    expect(heading()).toBe(last);
    expect(screen.getByText(/can’t work out a result from these answers\. That’s a problem with the quiz, not with you/, { selector: 'p.sq-error' })).toBeTruthy();
    expect(screen.queryByText('Please choose an answer to continue.')).toBeNull();
    press('See my result');
    expect(heading()).toBe(last);
  });
});
