import { useId } from 'preact/hooks';
import type { SummaryScoringNote } from '../../core/clinician-summary';
import { flagText } from '../../core/clinician-summary-text';
import type { ClinicianStrings } from './clinician-strings';

export interface ScoringNotesProps {
  readonly notes: readonly SummaryScoringNote[];
  readonly strings: ClinicianStrings;
}

/**
 * "How it was scored": scales left blank or prorated, and the questions each scale scores in
 * reverse, named by their number in the Answers list below.
 */
export function ScoringNotes({ notes, strings: s }: ScoringNotesProps) {
  const headingId = `sq-clin-scoring-${useId()}`;
  if (notes.length === 0) return null;
  return (
    <div class="sq-clin-section sq-clin-scoring">
      <h3 class="sq-block-heading sq-clin-small-heading" id={headingId}>
        {s.text.scoringNotes}
      </h3>
      <ul class="sq-clin-notes-list" aria-labelledby={headingId}>
        {notes.map((n) => (
          <li key={`${n.kind}-${n.score}`}>{flagText(n, s.text)}</li>
        ))}
      </ul>
    </div>
  );
}
