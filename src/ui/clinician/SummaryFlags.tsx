import { useId } from 'preact/hooks';
import type { SummaryRaisedFlag } from '../../core/clinician-summary';
import type { ClinicianStrings } from './clinician-strings';

export interface SummaryFlagsProps {
  readonly flags: readonly SummaryRaisedFlag[];
  readonly strings: ClinicianStrings;
}

/**
 * The questionnaire's flags that held, first on the summary: what may need a conversation, warnings
 * before notes, each labelled by its severity in words (not by colour alone).
 */
export function SummaryFlags({ flags, strings: s }: SummaryFlagsProps) {
  const headingId = `sq-clin-flags-${useId()}`;
  if (flags.length === 0) return null;
  return (
    <div class="sq-clin-section sq-clin-flag-section">
      <h3 class="sq-block-heading" id={headingId}>
        {s.flagsHeading}
      </h3>
      <ul class="sq-clin-flags" aria-labelledby={headingId}>
        {flags.map((f) => (
          <li key={f.id} class={`sq-clin-flag is-${f.severity}`} data-flag={f.id}>
            <strong class="sq-clin-flag-severity">{s.text.flagSeverity[f.severity]}:</strong> {f.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
