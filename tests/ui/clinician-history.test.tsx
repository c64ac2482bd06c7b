// "Change across visits" by role and name: earlier visits picked through the file input (1, 2
// and 8 files), the chart's table alternative, the "since the last visit" sentence with values
// computed by hand, a step back worded neutrally, wrong files named, and the files-only view.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { currentVisit } from '../../src/core/clinician/build-trajectory';
import { score } from '../../src/core/score';
import type { Answers } from '../../src/core/types';
import { ClinicianIntake } from '../../src/ui/clinician/ClinicianIntake';
import { CLINICIAN_STRINGS } from '../../src/ui/clinician/clinician-strings';
import { NO_VISITS, TrajectoryPanel, type LoadedVisits } from '../../src/ui/clinician/TrajectoryPanel';
import { QuizWidget } from '../../src/ui/QuizWidget';
import { press as click, intake } from './fixtures';

const AGREE = intake.items.filter((i) => i.type === 'agreement').map((i) => i.id);
/** Contemplation; PC 2.8, C 3.2, A 3, M 3 → readiness 3.2 + 3 + 3 − 2.8 = 6.4. */
const A: Answers = { stage: 'within-6-months', ...Object.fromEntries(AGREE.map((id) => [id, 3])), 'pc-1': 2, 'c-1': 4 };
/** Preparation; PC (1 + 2 + 2 + 4 + 4) / 5 = 2.6, C = A = M = 3.6 → readiness 10.8 − 2.6 = 8.2. */
const B: Answers = { stage: 'within-30-days', ...Object.fromEntries(AGREE.map((id) => [id, 4])), 'pc-1': 1, 'pc-2': 2 };

function jsonFile(name: string, answers: Answers, completedAt: string, ref = 'A-17'): File {
  const data = { questionnaire: { id: 'intake', version: '1.0.0' }, lang: 'en', completedAt, clientReference: ref, answers, result: score(intake, answers) };
  return new File([JSON.stringify(data)], name, { type: 'application/json' });
}

function pick(files: File[]) {
  const input = screen.getByLabelText('Earlier visits (files)') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  fireEvent.change(input);
}

function Harness({ withCurrent }: { withCurrent: boolean }) {
  const [loaded, setLoaded] = useState<LoadedVisits>(NO_VISITS);
  const current = withCurrent
    ? currentVisit(intake, { completedAt: '2026-05-05T16:00:00.000Z', clientReference: 'A-17', stage: 'contemplation', scores: score(intake, A).scores, answers: A })
    : undefined;
  return <TrajectoryPanel questionnaire={intake} lang="en" strings={CLINICIAN_STRINGS.en} loaded={loaded} onLoaded={setLoaded} current={current} />;
}

const rows = () => within(screen.getByRole('table', { name: 'The visits in numbers' })).getAllByRole('row').slice(1);

describe('change across visits', () => {
  it('one earlier visit with this intake: two rows, and the step back worded neutrally', async () => {
    render(<Harness withCurrent />);
    pick([jsonFile('b.json', B, '2026-04-07T16:00:00.000Z')]);
    await screen.findByText('1 earlier visit loaded.');
    expect(rows().map((r) => r.textContent)).toEqual([
      'Apr 7, 2026Preparation2.63.63.63.68.2',
      'May 5, 2026 (this visit)Contemplation2.83.2336.4',
    ]);
    expect(screen.getByText(/^Since the last visit/).textContent).toBe(
      'Since the last visit (Apr 7, 2026): Readiness (C + A + M − PC) 8.2 → 6.4; stage preparation → contemplation. Moving back to an earlier stage is a common part of change, and a useful thing to talk about.',
    );
    expect(screen.getByRole('img', { name: 'Stage of change at each visit: Preparation, Contemplation' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Readiness (C + A + M − PC) at each visit: 8.2, 6.4' })).toBeTruthy();
  });

  it('two earlier visits, picked in any order, are drawn oldest first', async () => {
    render(<Harness withCurrent />);
    pick([jsonFile('b.json', B, '2026-04-07T16:00:00.000Z'), jsonFile('a.json', A, '2026-03-03T16:00:00.000Z')]);
    await screen.findByText('2 earlier visits loaded.');
    expect(rows().map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Mar 3, 2026', 'Apr 7, 2026', 'May 5, 2026 (this visit)']);
    expect(screen.getByRole('img', { name: 'Stage of change at each visit: Contemplation, Preparation, Contemplation' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Precontemplation at each visit: 2.8, 2.6, 2.8' })).toBeTruthy();
  });

  it('eight earlier visits: nine rows; the last two give the sentence', async () => {
    render(<Harness withCurrent />);
    const files = Array.from({ length: 8 }, (_, i) => jsonFile(`v${i + 1}.json`, i % 2 === 0 ? A : B, `2025-0${i + 1}-10T16:00:00.000Z`));
    pick(files);
    await screen.findByText('8 earlier visits loaded.');
    expect(rows()).toHaveLength(9);
    // v8 (August, answers B: preparation, 8.2) → this visit (answers A: contemplation, 6.4)
    expect(screen.getByText(/^Since the last visit/).textContent).toMatch(/^Since the last visit \(Aug 10, 2025\): Readiness \(C \+ A \+ M − PC\) 8\.2 → 6\.4; stage preparation → contemplation\./);
    expect(screen.getByRole('img', { name: /^Readiness \(C \+ A \+ M − PC\) at each visit: 6\.4, 8\.2, 6\.4, 8\.2, 6\.4, 8\.2, 6\.4, 8\.2, 6\.4$/ })).toBeTruthy();
  });

  it('names wrong files and other clients, and can remove the earlier visits', async () => {
    render(<Harness withCurrent />);
    pick([
      new File(['not json'], 'notes.txt'),
      new File(['{"resourceType":"Patient"}'], 'patient.json'),
      new File([JSON.stringify({ questionnaire: { id: 'quick', version: '1.0.0' }, completedAt: '2026-01-01T00:00:00Z', result: { scores: [] } })], 'quick.json'),
      jsonFile('other.json', B, '2026-04-07T16:00:00.000Z', 'B-2'),
    ]);
    await screen.findByText('1 earlier visit loaded.');
    expect(within(screen.getByRole('status')).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '“notes.txt” could not be read as JSON; it was left out.',
      '“patient.json” is not a download of this tool (the JSON or FHIR response from an intake summary); it was left out.',
      '“quick.json” is from another questionnaire (“quick”, not “intake”); it was left out.',
      '“other.json” is for client “B-2”, not “A-17”. Check that it belongs to this person.',
    ]);
    click('Remove the earlier visits');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('opens with files only from the start screen; one visit asks for another', async () => {
    render(<QuizWidget questionnaire={intake} lang="en" mode="clinician" clinicianView={ClinicianIntake} />);
    click('Compare earlier visits (files only)');
    const heading = screen.getByRole('heading', { level: 2, name: 'Change across visits' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    pick([jsonFile('a.json', A, '2026-03-03T16:00:00.000Z')]);
    await screen.findByText('Add one more visit to see how things moved.');
    expect(rows()).toHaveLength(1);
    // The files were one client's: going back forgets them, and the button says so.
    click('Forget these files and go back');
    expect(screen.getByRole('heading', { name: 'Start an intake' })).toBeTruthy();
    click('Compare earlier visits (files only)');
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByText('1 earlier visit loaded.')).toBeNull();
    click('Back to the start');
    expect(screen.getByRole('heading', { name: 'Start an intake' })).toBeTruthy();
  });
});
