import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClinicianIntake } from '../../src/ui/clinician/ClinicianIntake';
import { QuizWidget } from '../../src/ui/QuizWidget';
import type { Questionnaire, QuizCompletion } from '../../src/core/types';
import quickJson from '../../questionnaire/quick.json';
import intakeJson from '../../questionnaire/intake.json';
import { answerEachWith, switchOffNextStep } from './fixtures';

const quick = quickJson as unknown as Questionnaire;
const intake = intakeJson as unknown as Questionnaire;

function click(name: string | RegExp) {
  fireEvent.click(screen.getByRole('button', { name }));
}

function choose(name: string | RegExp) {
  fireEvent.click(screen.getByRole('radio', { name }));
}

/** From the start screen to the first question. */
function startIntake(ref?: string) {
  if (ref !== undefined) fireEvent.input(screen.getByLabelText('Client reference (optional)'), { target: { value: ref } });
  switchOffNextStep();
  click('Continue');
  expect(screen.getByRole('heading', { name: 'Please hand the device to your client' })).toBeTruthy();
  click('Begin');
}

/** Answers quick: "within the next 6 months", importance 7, confidence 4 (change skipped). */
function answerQuick() {
  click('Next'); // "change" is optional
  answerQuickAfterChange();
}

/** The same from the question after "change". */
function answerQuickAfterChange() {
  choose(/maybe sometime in the next 6 months/);
  click('Next');
  choose('7');
  click('Next');
  choose('4');
  click('Finish'); // the client sees no result, and the exercise is off
}

describe('clinician mode: quick, end to end', () => {
  it('the client\'s words for "Something else" are on the summary and in the JSON download', async () => {
    const saved: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      void (blob as Blob).text().then((t) => saved.push(t));
      return 'blob:x';
    });
    render(<QuizWidget questionnaire={quick} lang="en" mode="clinician" clinicianView={ClinicianIntake} />);
    startIntake();
    choose('Something else');
    fireEvent.input(screen.getByRole('textbox', { name: 'In a few words (optional)' }), { target: { value: 'my drinking with Tom' } });
    click('Next');
    answerQuickAfterChange();
    click('Clinician: show summary');
    click('Yes, show the summary');
    const answers = screen.getByRole('list', { name: 'Answers' });
    expect(within(answers).getAllByRole('listitem')[0]!.textContent).toMatch(/Something else: “my drinking with Tom”$/);
    click('Download JSON');
    await waitFor(() => expect(saved.length).toBe(1));
    expect(JSON.parse(saved[0]!).texts).toEqual({ change: 'my drinking with Tom' });
  });

  it('runs start → hand-over → questions → hand-back → summary, without showing scores to the client', async () => {
    const onComplete = vi.fn<(c: QuizCompletion) => void>();
    render(<QuizWidget questionnaire={quick} lang="en" mode="clinician" clinicianView={ClinicianIntake} onComplete={onComplete} />);
    expect(screen.getByRole('heading', { name: 'Start an intake' })).toBeTruthy();
    startIntake('A-17');
    expect(screen.getAllByText('Question 1 of 5').length).toBeGreaterThan(0);
    answerQuick();

    const handBack = screen.getByRole('heading', { name: 'Thank you. Please hand the device back to your clinician.' });
    expect(document.activeElement).toBe(handBack);
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete.mock.calls[0]![0].stage).toBe('contemplation');
    // Nothing of the result shows before the clinician asks for it.
    expect(screen.queryByText('Contemplation')).toBeNull();
    expect(screen.queryByText('A-17')).toBeNull();

    click('Clinician: show summary');
    expect(screen.queryByRole('heading', { name: 'Intake summary' })).toBeNull();
    click('Not yet');
    click('Clinician: show summary');
    click('Yes, show the summary');

    const heading = screen.getByRole('heading', { name: 'Intake summary' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText('A-17')).toBeTruthy();
    const stage = screen.getByRole('group', { name: 'Stage of change' });
    expect(within(stage).getByText('Contemplation')).toBeTruthy();
    expect(
      within(stage).getByText('Decided by the answer to “Where are you with this change right now?”: “I\'m thinking about it, maybe sometime in the next 6 months”.'),
    ).toBeTruthy();
    // the rule's id is kept, as a small detail for audit, not as the sentence
    expect(within(stage).getByText('Rule id: thinking-within-6-months')).toBeTruthy();
    expect(screen.queryByText(/Decided by the rule/)).toBeNull();
    expect(screen.getByText(/quick, version 1\.0\.0/)).toBeTruthy();
    expect(screen.getByText('Not a validated instrument.')).toBeTruthy();
    const scores = screen.getByRole('table');
    expect(within(scores).getByRole('img', { name: '7 on a scale from 0 to 10' })).toBeTruthy();
    expect(within(scores).getByRole('img', { name: '4 on a scale from 0 to 10' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: /^Guidance for this stage: / })).toBeTruthy();
    expect(screen.getByText('Not answered')).toBeTruthy();
  });

  it('goes back from the first question to the hand-over screen', () => {
    render(<QuizWidget questionnaire={quick} lang="en" mode="clinician" clinicianView={ClinicianIntake} />);
    startIntake();
    click('Back');
    expect(screen.getByRole('heading', { name: 'Please hand the device to your client' })).toBeTruthy();
  });

  it('asks for a required answer as in self mode', () => {
    render(<QuizWidget questionnaire={quick} lang="en" mode="clinician" clinicianView={ClinicianIntake} />);
    startIntake();
    click('Next');
    click('Next');
    // shown under the question and announced in the live region
    expect(screen.getAllByText('Choose whichever answer fits best, then go on.')).toHaveLength(2);
  });
});

describe('clinician mode: summary actions', () => {
  let writeText: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  });

  function toSummary(ref = 'A-17') {
    render(<QuizWidget questionnaire={quick} lang="en" mode="clinician" clinicianView={ClinicianIntake} onSnapshot={onSnapshot} />);
    startIntake(ref);
    answerQuick();
    click('Clinician: show summary');
    click('Yes, show the summary');
  }
  const onSnapshot = vi.fn();

  it('copies the summary as plain text and says so', async () => {
    toSummary();
    click('Copy as text');
    await screen.findByText('Summary copied to the clipboard.');
    const text = writeText.mock.calls[0]![0] as string;
    expect(text.split('\n')[0]).toBe('Stages of change: intake summary');
    expect(text).toContain('Client: A-17');
    expect(text).toContain(
      'Stage of change: Contemplation\nDecided by the answer to “Where are you with this change right now?”: “I\'m thinking about it, maybe sometime in the next 6 months”.\nRule id: thinking-within-6-months\n',
    );
    expect(text).toContain('- How important is this change to you right now?'.slice(0, 10));
  });

  it('says when copying is not allowed', async () => {
    writeText.mockImplementation(() => Promise.reject(new Error('denied')));
    toSummary();
    click('Copy as text');
    await screen.findByText('Copying is not allowed here. Use Print or a download instead.');
  });

  it('prints with window.print', () => {
    const print = vi.fn();
    Object.defineProperty(window, 'print', { value: print, configurable: true });
    toSummary();
    click('Print');
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('downloads JSON, the FHIR response and the FHIR questionnaire as files', async () => {
    const blobs: Blob[] = [];
    const names: string[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return `blob:test/${blobs.length}`;
    });
    const anchorClick = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    toSummary();
    click('Download JSON');
    click('Download FHIR response');
    click('Download FHIR questionnaire');
    // The questionnaire, the client reference and the time to the second: two intakes never collide.
    expect(names[0]).toMatch(/^quick-A-17-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.json$/);
    expect(names[1]).toBe(names[0]!.replace(/\.json$/, '.questionnaire-response.fhir.json'));
    expect(names[2]).toBe('quick-1.0.0.en.questionnaire.fhir.json');
    const [json, qr, fq] = await Promise.all(blobs.map((b) => b.text().then((t) => JSON.parse(t))));
    expect(json.clientReference).toBe('A-17');
    expect(json.lang).toBe('en');
    expect(json.flags).toEqual([]);
    expect(json.answers).toEqual({ stage: 'within-6-months', importance: 7, confidence: 4 });
    expect(json.result.stage).toBe('contemplation');
    expect(qr.resourceType).toBe('QuestionnaireResponse');
    expect(qr.subject).toEqual({ identifier: { value: 'A-17' } });
    expect(qr.item.map((i: { linkId: string }) => i.linkId)).toEqual(['stage', 'importance', 'confidence', 'stage-result']);
    expect(qr.item[3].text).toBe('Stage of change');
    expect(fq.resourceType).toBe('Questionnaire');
    create.mockRestore();
    anchorClick.mockRestore();
  });

  it('"Next client" clears everything, tells the host to drop storage, and starts again', async () => {
    onSnapshot.mockClear();
    toSummary('Z-99');
    // The blank FHIR questionnaire holds nothing of the client's: it does not count as saved.
    const create = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
    const anchorClick = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    click('Download FHIR questionnaire');
    create.mockRestore();
    anchorClick.mockRestore();
    click('Next client');
    // Nothing printed, downloaded or copied yet: it asks first, saying what will be lost.
    const confirm = screen.getByRole('alertdialog', { name: 'Clear this intake?' });
    expect(confirm.textContent).toContain('This summary has not been printed, downloaded or copied.');
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Keep the summary' }));
    click('Keep the summary');
    expect(screen.getByRole('heading', { name: 'Intake summary' })).toBeTruthy();
    click('Next client');
    click('Clear it and start the next client');
    const heading = screen.getByRole('heading', { name: 'Start an intake' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(onSnapshot).toHaveBeenCalledWith(null);
    expect(onSnapshot.mock.calls.every(([s]) => s === null)).toBe(true);
    const html = document.body.innerHTML;
    expect(html).not.toContain('Z-99');
    expect(html).not.toContain('Contemplation');
    expect((screen.getByLabelText('Client reference (optional)') as HTMLInputElement).value).toBe('');
    expect(screen.getByText('Session cleared. Ready for the next client.')).toBeTruthy();
  });
});

describe('clinician mode: inactivity', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('warns after idleMinutes, counts down, then clears', () => {
    const onSnapshot = vi.fn();
    render(<QuizWidget questionnaire={quick} lang="en" mode="clinician" clinicianView={ClinicianIntake} idleMinutes={1} onSnapshot={onSnapshot} />);
    startIntake('B-2');
    choose(/Drinking/);
    act(() => {
      vi.advanceTimersByTime(59_000);
    });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    act(() => {
      vi.advanceTimersByTime(1_000);
    });
    const dialog = screen.getByRole('alertdialog', { name: 'Still there?' });
    expect(within(dialog).getByText('For privacy, this session will be cleared in 30 seconds: the answers so far will be gone.')).toBeTruthy();
    act(() => {
      vi.advanceTimersByTime(10_000);
    });
    expect(within(dialog).getByText('For privacy, this session will be cleared in 20 seconds: the answers so far will be gone.')).toBeTruthy();
    act(() => {
      vi.advanceTimersByTime(20_000);
    });
    expect(screen.getByRole('heading', { name: 'Start an intake' })).toBeTruthy();
    expect(onSnapshot).toHaveBeenCalledWith(null);
    expect(document.body.innerHTML).not.toContain('B-2');
  });

  it('keeps the session on any input or on "Keep this session"', () => {
    render(<QuizWidget questionnaire={quick} lang="en" mode="clinician" clinicianView={ClinicianIntake} idleMinutes={1} />);
    startIntake();
    const radio = screen.getByRole('radio', { name: /Drinking/ });
    radio.focus();
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Keep this session' }));
    click('Keep this session');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    // The person goes on where they were.
    expect(document.activeElement).toBe(radio);
    act(() => {
      vi.advanceTimersByTime(59_000);
    });
    fireEvent.keyDown(screen.getByRole('radio', { name: /Drinking/ }), { key: 'Tab' });
    act(() => {
      vi.advanceTimersByTime(59_000);
    });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getAllByText('Question 1 of 5').length).toBeGreaterThan(0);
  });

  it('a session cleared for inactivity starts the next one in the language the clinician chose', () => {
    render(<QuizWidget questionnaire={quick} lang="en" mode="clinician" clinicianView={ClinicianIntake} idleMinutes={1} />);
    click('Español');
    expect(screen.getByRole('heading', { name: 'Comenzar una evaluación inicial' })).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Referencia del cliente (opcional)'), { target: { value: 'C-3' } });
    act(() => {
      vi.advanceTimersByTime(90_000);
    });
    expect(screen.getByRole('heading', { name: 'Comenzar una evaluación inicial' })).toBeTruthy();
    expect(document.body.innerHTML).not.toContain('C-3');
  });

  it("the client's own switch of language on their turn does not carry to the next session", () => {
    render(<QuizWidget questionnaire={quick} lang="en" mode="clinician" clinicianView={ClinicianIntake} idleMinutes={1} />);
    startIntake('D-4');
    click('Español');
    expect(screen.getByRole('button', { name: 'Siguiente' })).toBeTruthy();
    act(() => {
      vi.advanceTimersByTime(90_000);
    });
    expect(screen.getByRole('heading', { name: 'Start an intake' })).toBeTruthy();
  });

  it('does not run on an untouched start screen', () => {
    render(<QuizWidget questionnaire={quick} lang="en" mode="clinician" clinicianView={ClinicianIntake} idleMinutes={1} />);
    act(() => {
      vi.advanceTimersByTime(5 * 60_000);
    });
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});

describe('clinician mode: Spanish and intake', () => {
  it('runs in Spanish, and the summary of the intake shows five scores and reverse-keyed items', async () => {
    render(<QuizWidget questionnaire={intake} lang="es" mode="clinician" clinicianView={ClinicianIntake} />);
    expect(screen.getByRole('heading', { name: 'Comenzar una evaluación inicial' })).toBeTruthy();
    switchOffNextStep();
    click('Continuar');
    click('Empezar');
    click('Siguiente'); // change: optional
    // the fourth option: "already started" for the stage question, "De acuerdo" for statements
    answerEachWith(3, 'Siguiente', /^Terminar$/);
    expect(screen.getByRole('heading', { name: 'Gracias. Por favor, devuélvele el dispositivo a tu terapeuta.' })).toBeTruthy();
    click('Profesional: ver el resumen');
    click('Sí, ver el resumen');
    expect(screen.getByRole('heading', { name: 'Resumen de la evaluación inicial' })).toBeTruthy();
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(6);
    // Spanish in Los Angeles (as in Mexico) writes decimals with a point.
    expect(screen.getAllByRole('img', { name: '3.6 en una escala de 1 a 5' })).toHaveLength(4);
    expect(screen.getAllByText('(puntuación invertida)')).toHaveLength(4);
    expect(screen.getByRole('button', { name: 'Siguiente cliente' })).toBeTruthy();
    const stage = screen.getByRole('group', { name: 'Etapa de cambio' });
    expect(within(stage).getByText('Acción')).toBeTruthy();
    expect(
      within(stage).getByText('Según la respuesta a “¿En qué punto estás con este cambio ahora mismo?”: “Ya empecé, hace menos de 6 meses”.'),
    ).toBeTruthy();
    expect(within(stage).getByText('ID de la regla: doing-less-than-6-months')).toBeTruthy();
  });

  it('downloads the Spanish FHIR response and questionnaire with Spanish stage items', async () => {
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return `blob:test/${blobs.length}`;
    });
    const anchorClick = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<QuizWidget questionnaire={quick} lang="es" mode="clinician" clinicianView={ClinicianIntake} />);
    switchOffNextStep();
    click('Continuar');
    click('Empezar');
    click('Siguiente'); // change: optional
    choose(/Ya llevo más de 6 meses/);
    click('Siguiente');
    click('Siguiente'); // lately: optional
    click('Siguiente'); // importance: optional
    click('Terminar'); // the client sees no result, and the exercise is off
    click('Profesional: ver el resumen');
    click('Sí, ver el resumen');
    click('Descargar respuesta FHIR');
    click('Descargar cuestionario FHIR');
    const [qr, fq] = await Promise.all(blobs.map((b) => b.text().then((t) => JSON.parse(t))));
    expect(qr.item.slice(-2).map((i: { text: string }) => i.text)).toEqual(['Etapa de cambio', 'Etapa de cambio (SNOMED CT)']);
    expect(qr.item.at(-2).answer[0].valueCoding).toEqual({ system: 'urn:stages-quiz:stage-of-change', code: 'maintenance', display: 'Mantenimiento' });
    expect(fq.language).toBe('es');
    expect(fq.item.find((i: { linkId: string }) => i.linkId === 'stage-result').text).toBe('Etapa de cambio');
    create.mockRestore();
    anchorClick.mockRestore();
  });
});
