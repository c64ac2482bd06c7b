import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, test, vi } from 'vitest';
import { NO_RESPONSES, type StepResponses } from '../../src/core/steps/step-responses';
import type { Answers, Stage } from '../../src/core/types';
import { NextStep, type NextStepProps } from '../../src/ui/steps/NextStep';
import { QuizWidget } from '../../src/ui/QuizWidget';
import { choose, press, quick } from './fixtures';

/** The step with its responses held as the widget holds them; `seen` gets every change. */
function Harness(props: Partial<NextStepProps> & { stage: Stage; answers: Answers; seen?: (r: StepResponses) => void }) {
  const [responses, setResponses] = useState<StepResponses>(NO_RESPONSES);
  return (
    <NextStep
      questionnaire={quick}
      lang="en"
      mode="self"
      idPrefix="t"
      onClose={() => {}}
      {...props}
      responses={responses}
      onResponses={(r) => {
        props.seen?.(r);
        setResponses(r);
      }}
    />
  );
}

const type = (name: string | RegExp, text: string) => fireEvent.input(screen.getByRole('textbox', { name }), { target: { value: text } });
const h2 = () => screen.getByRole('heading', { level: 2 });
/** Whether leaving the page now would make the browser ask first. */
const leavingAsks = () => {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
};
const PRE: Answers = { stage: 'not-in-6-months' };

describe('pick: choose up to three values', () => {
  test('checkboxes named by the values; a fourth cannot be chosen; the plan lists the three', () => {
    render(<Harness stage="precontemplation" answers={PRE} />);
    expect(h2().textContent).toBe('Which of these matter most to you right now?');
    expect(document.activeElement).toBe(h2());
    const group = screen.getByRole('group', { name: 'Which of these matter most to you right now?' });
    expect(group).toBeTruthy();
    for (const name of ['Family', 'Health', 'Honesty']) fireEvent.click(screen.getByRole('checkbox', { name }));
    expect((screen.getByRole('checkbox', { name: 'Freedom' }) as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText(/3 of 3 chosen/)).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Health' }));
    expect((screen.getByRole('checkbox', { name: 'Freedom' }) as HTMLInputElement).disabled).toBe(false);
    press('Next');
    type('How does this part of your life fit with what you chose?', 'It mostly fits.');
    press('See what I wrote');
    expect(h2().textContent).toBe('In my own words');
    expect(screen.getByRole('heading', { level: 3, name: 'Which of these matter most to you right now?' })).toBeTruthy();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['Family', 'Honesty', 'It mostly fits.']);
    expect(screen.getByText(/Knowing what matters to you is worth something/)).toBeTruthy();
  });
});

describe('texts: a few reasons', () => {
  test('three labelled boxes; their words come back in the plan, blanks left out', () => {
    render(<Harness stage="contemplation" answers={{ stage: 'within-6-months' }} />);
    expect(h2().textContent).toBe('What are your own reasons for thinking about this change?');
    type('Answer 1', 'More energy');
    type('Answer 3', 'My kids');
    expect(screen.getByText('109 of 120 characters left')).toBeTruthy();
    press('Stop here and see what I wrote');
    expect(h2().textContent).toBe('In my own words');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['More energy', 'My kids']);
  });

  test('Enter in a box moves to the next box, not past the boxes left; in the last box it goes on', () => {
    render(<Harness stage="contemplation" answers={{ stage: 'within-6-months' }} />);
    const box = (n: number) => screen.getByRole('textbox', { name: `Answer ${n}` });
    type('Answer 1', 'More energy');
    box(1).focus();
    // fireEvent returns false when the default (the form's submit) was prevented.
    expect(fireEvent.keyDown(box(1), { key: 'Enter' })).toBe(false);
    expect(document.activeElement).toBe(box(2));
    expect(h2().textContent).toBe('What are your own reasons for thinking about this change?');
    box(3).focus();
    expect(fireEvent.keyDown(box(3), { key: 'Enter' })).toBe(true);
    expect(document.activeElement).toBe(box(3));
  });

  test('a box takes no more than its maxLength', () => {
    const seen = vi.fn();
    render(<Harness stage="contemplation" answers={{ stage: 'within-6-months' }} seen={seen} />);
    expect((screen.getByRole('textbox', { name: 'Answer 1' }) as HTMLInputElement).maxLength).toBe(120);
    type('Answer 1', 'x'.repeat(130));
    expect((seen.mock.lastCall![0] as StepResponses).parts.reasons).toEqual(['x'.repeat(120), '', '']);
  });
});

describe('if–then pairs', () => {
  test('each plan is a group with "If…" and "I will…"; the plan reads them as one sentence', () => {
    render(<Harness stage="action" answers={{ stage: 'doing-under-6-months', lately: 'steady' }} />);
    press('Skip this one');
    expect(h2().textContent).toBe('Which hard moments could come up, and what will you do in each?');
    const plan1 = within(screen.getByRole('group', { name: 'Plan 1' }));
    fireEvent.input(plan1.getByRole('textbox', { name: 'If…' }), { target: { value: 'work leaves me stressed' } });
    fireEvent.input(plan1.getByRole('textbox', { name: 'I will…' }), { target: { value: 'take a walk first' } });
    expect(screen.getAllByRole('textbox', { name: 'If…' })).toHaveLength(3);
    // A phone's capital at the start of a box would land mid-sentence in the line.
    for (const box of screen.getAllByRole('textbox')) expect(box.getAttribute('autocapitalize')).toBe('off');
    press('See what I wrote');
    expect(screen.getByRole('listitem').textContent).toBe('If work leaves me stressed, I will take a walk first.');
  });

  test('the "If" and "I will" a person types again are not doubled in the plan', () => {
    render(<Harness stage="action" answers={{ stage: 'doing-under-6-months', lately: 'steady' }} />);
    press('Skip this one');
    const plan1 = within(screen.getByRole('group', { name: 'Plan 1' }));
    fireEvent.input(plan1.getByRole('textbox', { name: 'If…' }), { target: { value: 'If my friends invite me out for drinks.' } });
    fireEvent.input(plan1.getByRole('textbox', { name: 'I will…' }), { target: { value: 'I will order a soda water.' } });
    press('See what I wrote');
    expect(screen.getByRole('listitem').textContent).toBe('If my friends invite me out for drinks, I will order a soda water.');
  });

  test('a recent slip adds its own part, only then', () => {
    render(<Harness stage="action" answers={{ stage: 'doing-under-6-months', lately: 'recent-slip' }} />);
    press('Skip this one');
    expect(h2().textContent).toBe('You mentioned a recent slip. What did it show you about what you need?');
  });
});

describe('ruler follow-ups get an answer box', () => {
  test('labelled by the prompt as asked; the answer heads the plan', () => {
    render(<Harness stage="preparation" answers={{ stage: 'within-30-days', importance: 6 }} />);
    expect(h2().textContent).toBe('About the numbers you chose');
    expect(screen.getByText('Part 1 of 7', { exact: false })).toBeTruthy();
    type(/Why 6 and not 3\?/, 'My health scare');
    press('Stop here and see what I wrote');
    const section = screen.getByRole('heading', { level: 3, name: /Why 6 and not 3\?/ });
    expect(section.nextElementSibling?.textContent).toBe('My health scare');
  });
});

describe('skip and stop', () => {
  test('every part can be skipped; skipping all gives an empty plan that says so kindly', () => {
    render(<Harness stage="maintenance" answers={{ stage: 'doing-over-6-months', lately: 'steady' }} />);
    expect(screen.getByText('You can stop here whenever you like. Whatever you wrote so far is kept.')).toBeTruthy();
    press('Skip this one');
    press('Skip this one');
    // The last part: its own button ends the step, so neither "stop here" nor a note about it.
    expect(screen.queryByRole('button', { name: 'Stop here and see what I wrote' })).toBeNull();
    expect(screen.queryByText('You can stop here whenever you like. Whatever you wrote so far is kept.')).toBeNull();
    press('See what I wrote');
    expect(screen.getByText(/You didn't write anything this time, and that's fine/)).toBeTruthy();
    // Nothing written: no "These are your words", nothing to keep, save or share.
    expect(screen.queryByText(/What you've built took time and care/)).toBeNull();
    expect(screen.queryByText(/Only you have this/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save or print' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Copy' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Change what I wrote' })).toBeNull();
    press('Back to the questions');
    expect(screen.getByText('Part 1 of 3', { exact: false })).toBeTruthy();
  });

  test('with something written, the plan affirms it and offers to keep it', () => {
    render(<Harness stage="maintenance" answers={{ stage: 'doing-over-6-months', lately: 'steady' }} />);
    type('Answer 1', 'I can ask for help');
    press('Stop here and see what I wrote');
    expect(screen.getByText(/What you've built took time and care/)).toBeTruthy();
    expect(screen.getByText(/Only you have this/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save or print' })).toBeTruthy();
    press('Change what I wrote');
    expect(screen.getByText('Part 3 of 3', { exact: false })).toBeTruthy();
  });

  test("part 1's Back goes back to the result (the step may have been opened by mistake)", () => {
    const close = vi.fn();
    render(<Harness stage="contemplation" answers={{ stage: 'within-6-months' }} onClose={close} />);
    press('Back');
    expect(close).toHaveBeenCalledOnce();
  });

  test('Back returns to the previous part with its words kept', () => {
    render(<Harness stage="maintenance" answers={{ stage: 'doing-over-6-months' }} />);
    type('Answer 1', 'I can ask for help');
    press('Next');
    press('Back');
    expect((screen.getByRole('textbox', { name: 'Answer 1' }) as HTMLInputElement).value).toBe('I can ask for help');
  });

  test('client mode (clinician intake) ends with "I\'m done" and has no keep actions', () => {
    const close = vi.fn();
    render(<Harness stage="contemplation" answers={{ stage: 'within-6-months' }} mode="client" onClose={close} />);
    // The client has no result to go back to: part 1 has no Back.
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
    press('Stop here');
    expect(close).toHaveBeenCalledOnce();
  });
});

describe('Spanish', () => {
  test('the same flow, tú throughout', () => {
    render(<Harness stage="preparation" answers={{ stage: 'within-30-days' }} lang="es" />);
    expect(h2().textContent).toBe('¿Qué cambio quieres hacer?');
    type('¿Qué cambio quieres hacer?', 'Tomar solo los fines de semana');
    press('Siguiente');
    press('Saltar esta parte');
    press('Parar aquí y ver lo que escribí');
    expect(h2().textContent).toBe('En mis propias palabras');
    expect(screen.getByRole('button', { name: 'Guardar o imprimir' })).toBeTruthy();
    expect(screen.getByRole('listitem').textContent).toBe('Tomar solo los fines de semana');
    // No share sheet here (happy-dom has no navigator.share): an email the person addresses.
    const mail = new URL(screen.getByRole('link', { name: 'Compartir o enviar' }).getAttribute('href')!);
    expect(mail.protocol).toBe('mailto:');
    expect(mail.searchParams.get('subject')).toBe('En mis propias palabras: Preparándote');
    expect(mail.searchParams.get('body')).toContain('¿Qué cambio quieres hacer?\n- Tomar solo los fines de semana');
  });
});

describe('from the result, in the widget', () => {
  test('"Put it in my own words" opens the step (loaded on demand); words survive going back; Take it again forgets them', async () => {
    const onWords = vi.fn();
    render(<QuizWidget questionnaire={quick} lang="en" onWords={onWords} />);
    press('Start');
    press('Next');
    choose("I'm planning to start in the next 30 days");
    press('Next');
    press('Next');
    press('See my result');
    press('Put it in my own words');
    await waitFor(() => expect(h2().textContent).toBe('What change do you want to make?'));
    expect(leavingAsks()).toBe(false);
    type('What change do you want to make?', 'Walk after dinner');
    expect(screen.getByText('What you write stays on this device. Nothing is sent anywhere.')).toBeTruthy();
    // Their words live only in memory: a back swipe or a reload would lose them, so the browser asks first.
    await waitFor(() => expect(leavingAsks()).toBe(true));
    press('Stop here and see what I wrote');
    expect(screen.getByRole('listitem').textContent).toBe('Walk after dinner');
    // No opt-in (shareWords): the host never hears the words.
    expect(onWords).not.toHaveBeenCalled();
    expect(screen.getByText('Only you have this. Keep it, change it, or bring it to a conversation.')).toBeTruthy();
    press('Back to my result');
    expect(document.querySelector('[data-phase="result"]')).toBeTruthy();
    press('Back to what I wrote');
    await waitFor(() => expect(h2().textContent).toBe('In my own words'));
    press('Back to my result');
    press('Take it again');
    // What they wrote goes too, and the question says so.
    expect(screen.getByText('Start over? Your answers, this result and what you wrote will be cleared from the screen.')).toBeTruthy();
    press('Yes, start over');
    expect(document.body.textContent).not.toContain('Walk after dinner');
    expect(leavingAsks()).toBe(false);
    // A new result offers the step afresh: nothing written to go back to.
    press('Next');
    choose("I'm planning to start in the next 30 days");
    press('Next');
    press('Next');
    press('See my result');
    expect(screen.getByRole('button', { name: 'Put it in my own words' })).toBeTruthy();
  });

  test('with shareWords the host hears the words when the plan opens, and the person is told so before they write', async () => {
    const onWords = vi.fn();
    render(<QuizWidget questionnaire={quick} lang="en" shareWords onWords={onWords} />);
    // Told from the start: not "Nothing is sent anywhere".
    expect(screen.getByText('Your answers stay on this device. What you write later is shared with this website.')).toBeTruthy();
    press('Start');
    press('Next');
    choose("I'm planning to start in the next 30 days");
    press('Next');
    press('Next');
    press('See my result');
    press('Put it in my own words');
    await waitFor(() => expect(h2().textContent).toBe('What change do you want to make?'));
    type('What change do you want to make?', 'Walk after dinner');
    // Not "stays on this device": this host receives what they write.
    expect(document.body.textContent).not.toContain('Nothing is sent anywhere');
    expect(screen.getByText('When you open “In my own words”, this website receives what you wrote here. Write only what you want to share.')).toBeTruthy();
    press('Stop here and see what I wrote');
    expect(document.body.textContent).not.toContain('Only you have this');
    expect(screen.getByText('This website receives a copy of what you wrote here. Keep it, change it, or bring it to a conversation.')).toBeTruthy();
    expect(onWords).toHaveBeenCalledWith({
      questionnaire: { id: 'quick', version: quick.version },
      stage: 'preparation',
      lang: 'en',
      texts: {},
      nextStep: { parts: { change: 'Walk after dinner' }, rulers: {} },
    });
  });
});
