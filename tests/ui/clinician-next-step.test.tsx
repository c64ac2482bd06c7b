import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ClinicianIntake } from '../../src/ui/clinician/ClinicianIntake';
import { QuizWidget } from '../../src/ui/QuizWidget';
import { choose, press, quick, switchOffNextStep } from './fixtures';

const type = (name: string | RegExp, text: string) => fireEvent.input(screen.getByRole('textbox', { name }), { target: { value: text } });

/** Start, hand over, answer quick as "planning within 30 days", importance 6, confidence skipped. */
function toStep(lang: 'en' | 'es' = 'en', offer = true) {
  render(<QuizWidget questionnaire={quick} lang={lang} mode="clinician" clinicianView={ClinicianIntake} />);
  const en = lang === 'en';
  expect(screen.getByRole('checkbox', { name: en ? /offer the client a short exercise/ : /ofrecer a la persona un ejercicio breve/ })).toHaveProperty('checked', true);
  if (!offer) switchOffNextStep();
  press(en ? 'Continue' : 'Continuar');
  press(en ? 'Begin' : 'Empezar');
  press(en ? 'Next' : 'Siguiente');
  choose(en ? "I'm planning to start in the next 30 days" : /Pienso empezar en los próximos 30 días/);
  press(en ? 'Next' : 'Siguiente');
  choose('6');
  press(en ? 'Next' : 'Siguiente');
  // The client sees no result: the last question leads on to the exercise, or finishes.
  expect(screen.queryByRole('button', { name: /See my result|Ver mi resultado/ })).toBeNull();
  if (offer) press(en ? 'Next' : 'Siguiente');
  else press(en ? 'Finish' : 'Terminar');
}

function showSummary(en = true) {
  press(en ? 'Clinician: show summary' : 'Profesional: ver el resumen');
  press(en ? 'Yes, show the summary' : 'Sí, ver el resumen');
}

describe('clinician mode: the client’s exercise after the questions', () => {
  let writeText: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  });

  it('the client writes, is done, hands back; the summary shows "In the client’s words"; Copy and JSON carry them', async () => {
    toStep();
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('About the numbers you chose'));
    // The client never sees the stage's name, nor the step's title that stands for it, and gets no
    // keep actions on a shared device.
    expect(screen.queryByText('Preparation')).toBeNull();
    expect(screen.queryByText(/Getting ready/)).toBeNull();
    expect(screen.getByText('Part 1 of 7')).toBeTruthy();
    // What they write is read by the clinician: the note says so, not "Nothing is sent anywhere".
    expect(screen.queryByText(/Nothing is sent anywhere/)).toBeNull();
    expect(screen.getByText(/^Every part is optional\. What you write here is for your clinician/)).toBeTruthy();
    type(/Why 6 and not 3\?/, 'My daughter asked me');
    press('Next');
    type('What change do you want to make?', 'No drinks on weeknights');
    press('Stop here');
    expect(screen.getByRole('heading', { name: 'Thank you. Please hand the device back to your clinician.' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save or print' })).toBeNull();
    showSummary();
    const section = screen.getByRole('heading', { name: "In the client's words: Getting ready" }).parentElement!;
    expect(within(section).getByText('No drinks on weeknights')).toBeTruthy();
    expect(within(section).getByText('My daughter asked me')).toBeTruthy();
    expect(within(section).getByText('What change do you want to make?')).toBeTruthy();

    press('Copy as text');
    await waitFor(() => expect(writeText).toHaveBeenCalled());
    expect(writeText.mock.calls[0]![0]).toContain("In the client's words: Getting ready\n");
    expect(writeText.mock.calls[0]![0]).toContain('What change do you want to make?\n- No drinks on weeknights');

    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:x'));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    press('Download JSON');
    press('Download FHIR response');
    const [json, qr] = await Promise.all(blobs.map((b) => b.text().then((t) => JSON.parse(t))));
    expect(json.clientWords).toMatchObject({
      stage: 'preparation',
      parts: { change: 'No drinks on weeknights' },
      rulers: { importance: 'My daughter asked me' },
    });
    const step = qr.item.find((i: { linkId: string }) => i.linkId === 'next-step.preparation');
    expect(step.item[0]).toEqual({ linkId: 'next-step.preparation.change', text: 'What change do you want to make?', answer: [{ valueString: 'No drinks on weeknights' }] });
    vi.restoreAllMocks();

    press('Next client');
    expect(document.body.innerHTML).not.toContain('No drinks on weeknights');
    expect(document.body.innerHTML).not.toContain('My daughter asked me');
  });

  it('switched off at the start: straight to the hand-back, and the summary says it was not offered', () => {
    toStep('en', false);
    expect(screen.getByRole('heading', { name: 'Thank you. Please hand the device back to your clinician.' })).toBeTruthy();
    showSummary();
    expect(screen.getByText('Not offered: the exercise after the questions was switched off at the start.')).toBeTruthy();
  });

  it('in Spanish: "En palabras de la persona"', async () => {
    toStep('es');
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Sobre los números que elegiste'));
    press('Saltar esta parte');
    type('¿Qué cambio quieres hacer?', 'Nada de alcohol entre semana');
    press('Parar aquí');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Gracias. Por favor, devuélvele el dispositivo a tu terapeuta.');
    showSummary(false);
    const section = screen.getByRole('heading', { name: 'En palabras de la persona: Preparándote' }).parentElement!;
    expect(within(section).getByText('Nada de alcohol entre semana')).toBeTruthy();
  });
});
