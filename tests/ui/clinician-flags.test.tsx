import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { clinicianSummary } from '../../src/core/clinician-summary';
import { score } from '../../src/core/score';
import type { Answers, Questionnaire } from '../../src/core/types';
import { ClinicianIntake } from '../../src/ui/clinician/ClinicianIntake';
import { CLINICIAN_STRINGS } from '../../src/ui/clinician/clinician-strings';
import { SummaryScreen } from '../../src/ui/clinician/SummaryScreen';
import { QuizWidget } from '../../src/ui/QuizWidget';
import { answerEachWith, press, switchOffNextStep } from './fixtures';
import intakeJson from '../../questionnaire/intake.json';

const intake = intakeJson as unknown as Questionnaire;

const click = press;

/** The texts of a list found by its accessible name. */
function listTexts(name: string): string[] {
  return within(screen.getByRole('list', { name }))
    .getAllByRole('listitem')
    .map((li) => li.textContent ?? '');
}

describe('clinician summary: flags name the questions as the Answers list numbers them', () => {
  it('Spanish intake, through the whole hand-over: one flag per scale, each naming its reversed question', () => {
    render(<QuizWidget questionnaire={intake} lang="es" mode="clinician" clinicianView={ClinicianIntake} />);
    switchOffNextStep();
    click('Continuar');
    click('Empezar');
    click('Siguiente'); // change: optional
    answerEachWith(3, 'Siguiente', /^Terminar$/);
    click('Profesional: ver el resumen');
    click('Sí, ver el resumen');
    // Completed at a time written as in the US (12-hour clock), not Spain's 24-hour one.
    expect(screen.getByText(/^\d{1,2} de [a-z]+ de \d{4} a las \d{1,2}:\d{2}\s[ap]\.\s?m\.$/)).toBeTruthy();

    // Every statement "De acuerdo": the same answer throughout, and "here because someone else
    // wanted me to come" agreed; both are the intake's warnings, first on the summary.
    expect(listTexts('Avisos')).toEqual([
      `Para conversar: ${intake.flags!.find((f) => f.id === 'someone-else-wanted')!.message.es}`,
      `Para conversar: ${intake.flags!.find((f) => f.id === 'same-answer-throughout')!.message.es}`,
    ]);
    expect(listTexts('Cómo se calculó')).toEqual([
      'Puntuación invertida en Precontemplación: pregunta 7, “Veo maneras en que mi vida sería mejor con este cambio”',
      'Puntuación invertida en Contemplación: pregunta 16, “La verdad no me he puesto a pensar en serio en este cambio”',
      'Puntuación invertida en Acción: pregunta 9, “Hasta ahora, la verdad no he hecho nada al respecto”',
      'Puntuación invertida en Mantenimiento: pregunta 14, “Todavía no he hecho este cambio, así que…”',
    ]);
    // The numbers point at the right lines of the numbered Answers list.
    const answers = listTexts('Respuestas');
    expect(answers[6]).toBe('7. Veo maneras en que mi vida sería mejor con este cambio. De acuerdo (puntuación invertida)');
    expect(answers[13]).toMatch(/^14\. Todavía no he hecho este cambio, así que mantenerlo no es algo que me preocupe\. De acuerdo/);
    expect(answers[15]).toMatch(/^16\. La verdad no me he puesto a pensar en serio en este cambio\./);
    expect(answers[8]).toMatch(/^9\. Hasta ahora, la verdad no he hecho nada al respecto\./);
  });

  it('English, with answers missing: the incomplete and prorated flags list each question, never an id', () => {
    const answers: Record<string, string | number> = { change: 'eating', stage: 'within-30-days' };
    for (const item of intake.items) if (item.type === 'agreement') answers[item.id] = 4;
    for (const id of ['pc-1', 'pc-2', 'c-1']) delete answers[id];
    const model = clinicianSummary({ questionnaire: intake, answers: answers as Answers, result: score(intake, answers), lang: 'en', completedAt: '2026-11-23T10:30:00Z' });
    render(<SummaryScreen model={model} strings={CLINICIAN_STRINGS.en} completedText="November 23, 2026" actions={null} />);

    // Precontemplation is left blank: the intake's note says so first, and how it was scored names the questions.
    expect(listTexts('Flags')).toEqual([`Note: ${intake.flags!.find((f) => f.id === 'subscale-unscored')!.message.en}`]);
    const flags = listTexts('How it was scored');
    expect(flags).toContain(
      'Precontemplation: not scored, too many answers missing: ' +
        'question 4, “Honestly, this change isn\'t something I need to think about”; ' +
        'question 15, “I\'m mostly here because someone else wanted me to come”',
    );
    expect(flags).toContain('Contemplation: prorated from the other answers. Missing: question 8, “I keep going back and forth about making this change”');
    for (const text of flags) expect(text).not.toMatch(/\b(pc|c|a|m)-\d\b/);
    expect(listTexts('Answers')[3]).toBe('4. Honestly, this change isn\'t something I need to think about. Not answered');
    // The score table gives ranges in words, not "-2–14".
    expect(within(screen.getByRole('table')).getByRole('row', { name: /^Readiness/ }).textContent).toContain('-2 to 14');
  });
});
