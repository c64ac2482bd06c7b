import { fireEvent, screen } from '@testing-library/preact';
import { parseQuestionnaire } from '../../src/core/parse-questionnaire';
import type { Questionnaire } from '../../src/core/types';
import quickJson from '../../questionnaire/quick.json';
import intakeJson from '../../questionnaire/intake.json';

function parsed(json: unknown): Questionnaire {
  const result = parseQuestionnaire(json);
  if (!result.ok) throw new Error(`fixture questionnaire is broken: ${JSON.stringify(result.problems)}`);
  return result.questionnaire;
}

/** The built-in questionnaires, validated as the embed layer would. */
export const quick = parsed(quickJson);
export const intake = parsed(intakeJson);

/** Clicks a radio by its accessible name (the option's text), as a person taps an option. */
export function choose(name: string | RegExp): void {
  fireEvent.click(screen.getByRole('radio', { name }));
}

export function press(name: string | RegExp): void {
  fireEvent.click(screen.getByRole('button', { name }));
}

/** The screen's level-2 heading text. */
export function heading(): string {
  return screen.getByRole('heading', { level: 2 }).textContent ?? '';
}

/**
 * Answers every question still ahead with the option at `index` (the last option when a question
 * has fewer), pressing `next` after each one and the result button (`result`) after the last.
 */
export function answerEachWith(index: number, next: string, result: RegExp): void {
  for (;;) {
    const radios = screen.queryAllByRole('radio');
    if (radios.length === 0) return;
    fireEvent.click(radios[Math.min(index, radios.length - 1)]!);
    fireEvent.click(screen.queryByRole('button', { name: next }) ?? screen.getByRole('button', { name: result }));
  }
}

/**
 * On the clinician's start screen: switch off the exercise after the questions, for tests about
 * everything else (tests/ui/clinician-next-step.test.tsx covers the exercise).
 */
export function switchOffNextStep(): void {
  fireEvent.click(screen.getByRole('checkbox', { name: /short exercise in their own words|ejercicio breve con sus propias palabras/ }));
}
